/**
 * A candidate's practice progress: what was asked, what was answered and when, and each drilled
 * question's spaced-repetition card. Plain JSON with a version; src/state persists it.
 */
import { z } from '../engine/schema/zod';

export const PROGRESS_VERSION = 1;
/** Older answers are dropped beyond this many, so the save stays small. */
export const MAX_ANSWERS = 5000;

export const PRACTICE_MODES = ['diagnostic', 'mock', 'drill', 'game'] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

const isoTime = z.iso.datetime();

export const AnswerRecordSchema = z.strictObject({
  /** A bank question's id, or a game template's id (`game-…`). */
  id: z.string().check(z.minLength(1)),
  mode: z.enum(PRACTICE_MODES),
  chosen: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(3))),
  correct: z.boolean(),
  at: isoTime,
});
export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;

/** ts-fsrs's Card, with its dates as ISO text. */
export const CardRecordSchema = z.strictObject({
  due: isoTime,
  stability: z.number().check(z.gte(0)),
  difficulty: z.number().check(z.gte(0)),
  elapsed_days: z.number().check(z.gte(0)),
  scheduled_days: z.number().check(z.gte(0)),
  learning_steps: z.number().check(z.int(), z.gte(0)),
  reps: z.number().check(z.int(), z.gte(0)),
  lapses: z.number().check(z.int(), z.gte(0)),
  state: z.number().check(z.int(), z.gte(0), z.lte(3)),
  last_review: z.optional(isoTime),
});
export type CardRecord = z.infer<typeof CardRecordSchema>;

export const ProgressSchema = z.strictObject({
  answers: z.array(AnswerRecordSchema),
  cards: z.record(z.string(), CardRecordSchema),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const emptyProgress = (): Progress => ({ answers: [], cards: {} });

/** Adds answers, keeping the newest MAX_ANSWERS. */
export function withAnswers(progress: Progress, answers: readonly AnswerRecord[]): Progress {
  const all = [...progress.answers, ...answers];
  return { ...progress, answers: all.slice(Math.max(0, all.length - MAX_ANSWERS)) };
}

/** How often each question was asked before: drawing prefers the least seen. */
export function seenCounts(progress: Progress): Map<string, number> {
  const seen = new Map<string, number>();
  for (const a of progress.answers) seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
  return seen;
}

/** The export: the progress with what it is, for a JSON download. */
export function exportProgress(progress: Progress, exportedAt: string) {
  return {
    format: 'not-by-accident/practice-progress',
    version: PROGRESS_VERSION,
    exportedAt,
    progress,
  };
}
