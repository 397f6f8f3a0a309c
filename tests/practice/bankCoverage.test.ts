/**
 * What the shipped bank must hold for a CCXP candidate (issue: the bank), so that removing or
 * moving questions that a candidate needs fails a test: its size, the exam's weights, every type
 * and calculation, the coverage topics beyond what the game plays, and Dutch in one register.
 */
import { describe, expect, it } from 'vitest';
import { createBank } from '../../src/practice/bank';
import { COMPETENCIES, EXAM_WEIGHTS } from '../../src/practice/competencies';
import { QUESTION_TYPES, type Question } from '../../src/practice/questionSchema';
import { shippedQuestionFiles } from './fixtures';

const bank = createBank(Object.fromEntries(shippedQuestionFiles().map((f) => [f.file, f.data])));
const questions = bank.questions;
const textsOf = (q: Question, lang: 'en' | 'nl') => {
  const t = q[lang];
  return [t.case ?? '', t.stem, ...t.options, ...t.why];
};
const english = (q: Question) => textsOf(q, 'en').join(' ');

describe('the shipped bank covers what a CCXP candidate needs', () => {
  it('loads without problems and holds at least 300 questions', () => {
    expect(bank.problems).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(300);
  });

  it('weights the competencies like the exam (22/20/20/19/19), each within 2 points', () => {
    expect(EXAM_WEIGHTS).toEqual({
      insights: 0.22,
      strategy: 0.2,
      metrics: 0.2,
      design: 0.19,
      culture: 0.19,
    });
    for (const c of COMPETENCIES) {
      const share = (100 * bank.byCompetency(c).length) / questions.length;
      expect(Math.abs(share - 100 * EXAM_WEIGHTS[c]), c).toBeLessThanOrEqual(2);
    }
  });

  it('asks every type of question and every calculation the issue names', () => {
    const types = new Set(questions.map((q) => q.type));
    for (const type of ['single', 'scenario', 'calculation', 'ordering', 'terminology'])
      expect(types.has(type as Question['type']), type).toBe(true);
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    const kinds = new Set(questions.flatMap((q) => (q.calc ? [q.calc.kind] : [])));
    for (const kind of ['nps', 'moe', 'csat', 'clv', 'roi'])
      expect(kinds.has(kind as never), kind).toBe(true);
  });

  // Each coverage topic of the issue, by the bank's topic tags where it has one, else by the words
  // of the English text; at least two questions each, so one lost question does not go unseen.
  const COVERAGE: Record<string, { tags?: string[]; words?: RegExp }> = {
    'journey mapping': { tags: ['journey-mapping'] },
    'current-state map': { words: /\bcurrent[- ]state\b/i },
    'future-state map': { words: /\bfuture[- ]state\b/i },
    'service blueprint': { tags: ['service-blueprint'] },
    'emotion curve': { words: /\bemotion(al)? curve\b/i },
    personas: { tags: ['personas'] },
    'solicited feedback': { words: /(?<!un)solicited\b/i },
    'unsolicited feedback': { words: /\bunsolicited\b/i },
    'inferred feedback': { words: /\binferred\b/i },
    'inner loop': { words: /\binner[- ]loop\b/i },
    'outer loop': { words: /\bouter[- ]loop\b/i },
    'customer lifetime value': { tags: ['clv'] },
    'business case': { tags: ['business-case'] },
    'CX maturity': { tags: ['maturity'] },
    'change management': { tags: ['change-management'] },
    'design thinking': { tags: ['design-thinking'] },
    governance: { tags: ['governance'] },
  };

  it.each(Object.entries(COVERAGE))('covers %s', (_, { tags, words }) => {
    const found = questions.filter(
      (q) => (tags?.includes(q.topic) ?? false) || (words?.test(english(q)) ?? false),
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('asks at least three questions on employee feedback in a VoC programme', () => {
    expect(questions.filter((q) => q.topic === 'employee-feedback').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('speaks Dutch in one register: je, never the formal u', () => {
    const formal = /(?<![\p{L}\d'’-])(u|uw|uzelf)(?![\p{L}\d'’-])/iu;
    const found = questions.flatMap((q) =>
      textsOf(q, 'nl')
        .filter((s) => formal.test(s))
        .map((s) => `${q.id}: ${s}`),
    );
    expect(found).toEqual([]);
    // The check sees the formal forms as words, not inside other words.
    expect(['Wat vindt u ervan?', 'Uw klant belt.'].every((s) => formal.test(s))).toBe(true);
    expect(['Een uur is nu lang.', 'U-bocht', 'menu'].some((s) => formal.test(s))).toBe(false);
    // ...and does address the reader: the informal forms are there.
    expect(questions.some((q) => textsOf(q, 'nl').some((s) => /\b(je|jij|jouw)\b/i.test(s)))).toBe(
      true,
    );
  });
});
