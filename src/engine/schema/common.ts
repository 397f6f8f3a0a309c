import { between, z } from './zod';

/** The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988), reliability first. */
export const DIMENSIONS = [
  'reliability',
  'assurance',
  'tangibles',
  'empathy',
  'responsiveness',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Names an id must not take: the engine keys plain records by ids, and a lookup of `constructor`
 * or `toString` in such a record finds Object.prototype's member, not nothing (NaN profit followed).
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An identifier inside a scenario: a letter, then letters, digits, `-` or `_`; at most 40 long. */
export const IdSchema = z.string().check(
  z.maxLength(40, 'engine.error.idTooLong'),
  z.regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, 'engine.error.badId'),
  z.refine((id) => !PROTOTYPE_NAMES.has(id), 'engine.error.reservedId'),
);

/** A translation key such as `level-airline.stage.booking.name`; never player-facing text. */
export const KeySchema = z
  .string()
  .check(z.regex(/^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9_-]+)+$/, 'engine.error.badKey'));

/** A value per SERVQUAL dimension. */
export const DimsSchema = z.strictObject({
  reliability: between(-1, 1),
  assurance: between(-1, 1),
  tangibles: between(-1, 1),
  empathy: between(-1, 1),
  responsiveness: between(-1, 1),
});
export type Dims = z.infer<typeof DimsSchema>;

export const UnitSchema = between(0, 1);

export const PRICE_POSITIONS = ['low', 'mid', 'premium'] as const;
export const PricePositionSchema = z.enum(PRICE_POSITIONS);
export type PricePosition = z.infer<typeof PricePositionSchema>;

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export const DifficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof DifficultySchema>;

/** Text the UI shows: a locale key plus interpolation values, never prose. */
export const MessageSchema = z.object({
  key: KeySchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Message = z.infer<typeof MessageSchema>;
