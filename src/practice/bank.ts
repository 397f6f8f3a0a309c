/**
 * The question bank: every `levels/questions/*.json`, parsed by the schema. A broken file is left
 * out with its reasons (never fatal); a question whose id is already taken is left out too.
 */
import { formatIssues } from '../content/formatIssues';
import { COMPETENCIES, type Competency } from './competencies';
import { QuestionFileSchema, type Question } from './questionSchema';

export interface Bank {
  readonly questions: readonly Question[];
  byCompetency(c: Competency): readonly Question[];
  get(id: string): Question | undefined;
  /** `file: path: what is wrong` lines for files (or questions) left out. */
  readonly problems: readonly string[];
}

/** Parses one question file: its questions, or the reasons it cannot be used. */
export function parseQuestionFile(
  file: string,
  data: unknown,
): { ok: true; questions: Question[] } | { ok: false; errors: string[] } {
  const parsed = QuestionFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: formatIssues(file, parsed.error.issues, data) };
  const wrong = parsed.data.questions
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.competency !== parsed.data.competency);
  if (wrong.length)
    return {
      ok: false,
      errors: wrong.map(
        ({ q, i }) =>
          `${file}: questions.${i}.competency: "${q.competency}" in a file of "${parsed.data.competency}"`,
      ),
    };
  return { ok: true, questions: parsed.data.questions };
}

/** Builds the bank from files by name (Vite's glob in the browser, the disk in Node). */
export function createBank(files: Record<string, unknown>): Bank {
  const questions: Question[] = [];
  const problems: string[] = [];
  const byId = new Map<string, Question>();
  for (const [path, data] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const parsed = parseQuestionFile(file, data);
    if (!parsed.ok) {
      problems.push(...parsed.errors);
      continue;
    }
    for (const q of parsed.questions) {
      if (byId.has(q.id)) {
        problems.push(`${file}: ${q.id}: id: duplicate id, left out`);
        continue;
      }
      byId.set(q.id, q);
      questions.push(q);
    }
  }
  const grouped = new Map<Competency, Question[]>(COMPETENCIES.map((c) => [c, []]));
  for (const q of questions) grouped.get(q.competency)!.push(q);
  return {
    questions,
    byCompetency: (c) => grouped.get(c) ?? [],
    get: (id) => byId.get(id),
    problems,
  };
}
