import { intBetween, z } from './zod';
import { DifficultySchema, IdSchema } from './common';
import { DecisionLogSchema } from './decisions';
import { QuarterOutcomeSchema } from './outcome';
import { ITEMS_MAX, QUARTERS_MAX, REVISION_MAX } from './limits';

/**
 * The session's choice of events when it is not the scenario's own: none at all, or the events a
 * trainer chose, listed per quarter (0-based; a quarter not listed has none). Which ids fit is the
 * scenario's to say (eventPlanErrors).
 */
export const EventPlanSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('none') }),
  z.strictObject({
    mode: z.literal('chosen'),
    quarters: z
      .array(z.array(IdSchema).check(z.maxLength(ITEMS_MAX.events)))
      .check(z.maxLength(QUARTERS_MAX)),
  }),
]);
export type EventPlan = z.infer<typeof EventPlanSchema>;

/** A finished or partial game: enough to replay and verify it. */
// Strict: a record with a field we do not know is not one we wrote, so it is refused, not trimmed.
export const GameRecordSchema = z.strictObject({
  format: z.literal('not-by-accident/record@1'),
  scenario: z.strictObject({ id: IdSchema, revision: intBetween(1, REVISION_MAX) }),
  seed: intBetween(0, 0xffffffff),
  difficulty: DifficultySchema,
  /** Absent: the scenario's own events (as every solo game plays). */
  events: z.optional(EventPlanSchema),
  decisions: DecisionLogSchema,
  results: z.array(QuarterOutcomeSchema).check(z.maxLength(QUARTERS_MAX)),
  /** hashRecord of the fields above (hex). */
  hash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{8,}$/)),
});
export type GameRecord = z.infer<typeof GameRecordSchema>;
