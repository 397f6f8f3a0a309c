import { readdirSync } from 'node:fs';
import { readJsonFile } from '../../src/content/readJson';
import { createBank } from '../../src/practice/bank';
import { COMPETENCIES, type Competency } from '../../src/practice/competencies';
import type { Question } from '../../src/practice/questionSchema';

/** A valid single-best-answer question for tests; its texts name its number so none repeat. */
export function fixtureQuestion(competency: Competency, n: number, answer = n % 4): Question {
  const id = `${competency}-${String(n).padStart(3, '0')}`;
  const text = (lang: string) => ({
    stem: `${lang} stem of ${id}`,
    options: [0, 1, 2, 3].map((i) => `${lang} option ${i} of ${id}`) as [
      string,
      string,
      string,
      string,
    ],
    why: [0, 1, 2, 3].map((i) => `${lang} why ${i} of ${id}`) as [string, string, string, string],
  });
  return {
    id,
    competency,
    type: 'single',
    difficulty: 2,
    answer,
    topic: 'fixture',
    source: 'Fixture 2026, a test bank',
    en: text('en'),
    nl: text('nl'),
  };
}

/** A question file's JSON with `count` fixture questions, answers spread evenly. */
export function fixtureFile(competency: Competency, count: number) {
  return {
    version: 1,
    competency,
    questions: Array.from({ length: count }, (_, i) => fixtureQuestion(competency, i + 1)),
  };
}

/** A fixture bank big enough for a mock exam: 30 questions per competency. */
export function fixtureBank(perCompetency = 30) {
  return createBank(
    Object.fromEntries(
      COMPETENCIES.map((c) => [`questions/${c}.json`, fixtureFile(c, perCompetency)]),
    ),
  );
}

/** The shipped question files, read from disk. */
export function shippedQuestionFiles(): { file: string; data: unknown }[] {
  return readdirSync('levels/questions')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = `levels/questions/${f}`;
      const read = readJsonFile(file);
      if (!read.ok) throw new Error(read.errors.join('\n'));
      return { file, data: read.value };
    });
}
