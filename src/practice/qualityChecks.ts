/**
 * The bank's quality checks beyond the schema (item-writing rules a test and
 * `npm run questions:check` hold every question to). Each problem is one line:
 * `file: question id: field: what is wrong`.
 */
import { decimalsOf, formatNumber, recompute, textShowsValue, type Lang } from './calc';
import { QuestionFileSchema, type Question } from './questionSchema';

const LANGS: readonly Lang[] = ['en', 'nl'];

/** "All/none of the above" and their Dutch forms: an option that leans on the others. */
const LEANING_OPTION: Record<Lang, RegExp> = {
  en: /\b(all|none|both|neither) of the (above|options|answers)\b|\babove (answers|options) are\b/i,
  nl: /\b(alle|geen|allebei|beide) (van )?(de )?(bovenstaande|vorige|genoemde)\b|\bbovenstaande (antwoorden|opties) (zijn|kloppen)\b/i,
};

const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The problems of one question (its schema already passed). */
export function questionProblems(q: Question): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const lang of LANGS) {
    const text = q[lang];
    text.options.forEach((option, i) => {
      if (LEANING_OPTION[lang].test(option))
        out.push({
          field: `${lang}.options.${i}`,
          message: `"${option}": no all/none of the above; write a real option`,
        });
      const first = text.options.findIndex((o) => normal(o) === normal(option));
      if (first < i)
        out.push({
          field: `${lang}.options.${i}`,
          message: `repeats option ${first} ("${option}")`,
        });
    });
  }
  if (Boolean(q.en.case) !== Boolean(q.nl.case))
    out.push({
      field: q.en.case ? 'nl.case' : 'en.case',
      message: 'the case is in one language only',
    });
  if (q.calc) {
    const expected = recompute(q.calc);
    if (!Number.isFinite(expected) || Math.abs(expected - q.calc.value) > 1e-9)
      out.push({
        field: 'calc.value',
        message: `${q.calc.value} does not follow from the inputs (they give ${expected})`,
      });
    const decimals = decimalsOf(q.calc.kind);
    for (const lang of LANGS) {
      const written = formatNumber(q.calc.value, lang, decimals);
      if (!textShowsValue(q[lang].options[q.answer]!, q.calc.value, lang))
        out.push({
          field: `${lang}.options.${q.answer}`,
          message: `the correct option does not show the answer ${written}`,
        });
      q[lang].options.forEach((option, i) => {
        if (i !== q.answer && textShowsValue(option, q.calc!.value, lang))
          out.push({
            field: `${lang}.options.${i}`,
            message: `a wrong option shows the answer ${written} too`,
          });
      });
    }
  }
  return out;
}

/** Correct answers spread over A–D: the counts per position may differ by at most one. */
export function positionProblem(questions: readonly Question[]): string | null {
  const counts = [0, 0, 0, 0];
  for (const q of questions) counts[q.answer]!++;
  if (questions.length === 0 || Math.max(...counts) - Math.min(...counts) <= 1) return null;
  return `correct answers at A–D are ${counts.join('/')}; spread them evenly (counts may differ by at most 1)`;
}

/** Every problem of one file's parsed JSON, as lines. */
export function checkQuestionFile(file: string, data: unknown): string[] {
  const parsed = QuestionFileSchema.safeParse(data);
  const raw = (data as { questions?: { id?: unknown }[] } | null)?.questions;
  if (!parsed.success)
    return parsed.error.issues.flatMap((issue) => {
      const [head, index, ...rest] = issue.path;
      const id =
        head === 'questions' && typeof index === 'number' && Array.isArray(raw)
          ? typeof raw[index]?.id === 'string'
            ? (raw[index].id as string)
            : `questions.${index}`
          : null;
      const path = id === null ? issue.path : rest;
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
      return keys.map((key) => {
        const field = [...path, ...(key === null ? [] : [key])].map(String).join('.') || '(root)';
        const message = key === null ? issue.message : 'unknown field (not in the schema)';
        return id === null
          ? `${file}: ${field}: ${message}`
          : `${file}: ${id}: ${field}: ${message}`;
      });
    });
  const { competency, questions } = parsed.data;
  const lines: string[] = [];
  for (const q of questions) {
    if (q.competency !== competency)
      lines.push(`${file}: ${q.id}: competency: "${q.competency}" in a file of "${competency}"`);
    for (const p of questionProblems(q)) lines.push(`${file}: ${q.id}: ${p.field}: ${p.message}`);
  }
  const spread = positionProblem(questions);
  if (spread) lines.push(`${file}: answer: ${spread}`);
  return lines;
}

/** Checks files together: each on its own, then ids unique across all of them. */
export function checkQuestionFiles(files: readonly { file: string; data: unknown }[]): {
  problems: string[];
  questions: number;
} {
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();
  let questions = 0;
  for (const { file, data } of files) {
    problems.push(...checkQuestionFile(file, data));
    const parsed = QuestionFileSchema.safeParse(data);
    if (!parsed.success) continue;
    questions += parsed.data.questions.length;
    for (const q of parsed.data.questions) {
      const other = firstSeen.get(q.id);
      if (other) problems.push(`${file}: ${q.id}: id: duplicate id (first in ${other})`);
      else firstSeen.set(q.id, file);
    }
  }
  return { problems, questions };
}
