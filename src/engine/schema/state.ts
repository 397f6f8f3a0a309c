import { intBetween, z } from './zod';
import { DifficultySchema, IdSchema } from './common';
import { QuarterDecisionsSchema } from './decisions';

const Num = z.number();
const Nums = z.array(z.number());

/**
 * The customer pool: fixed capacity, one entry per slot, never grows. `segment` −1 marks an empty
 * slot. Traits are fixed at arrival; the rest is each customer's memory.
 */
export const PoolSchema = z.object({
  segment: Nums,
  /** Unique customer number: the key of every random draw about this customer. */
  ident: Nums,
  /** Packed individual expectation deviations (5 × 6 bits). */
  traits: Nums,
  /** Packed preferred channel per stage (4 bits each) and price-sensitivity deviation. */
  prefs: Nums,
  loyalty: Nums,
  /** Remembered experience of the last quarter (−1…1). */
  memory: Nums,
  /** Effort felt last quarter (0…1). */
  effort: Nums,
  tenure: Nums,
});
export type Pool = z.infer<typeof PoolSchema>;

export const CompanyStateSchema = z.object({
  cash: Num,
  reputation: Num,
  engagement: Num,
  credibility: Num,
  gaps: z.object({ knowledge: Num, standards: Num, delivery: Num, communication: Num }),
  /** Channel id → connection level (0–1). */
  connection: z.record(IdSchema, Num),
  /** Lasting quality gained per touchpoint by redesigns and initiatives. */
  quality: z.record(IdSchema, Num),
  /** Lasting effort removed per touchpoint. */
  effortRelief: z.record(IdSchema, Num),
  /** Share of staff hired for attitude (grows slowly). */
  attitudeHires: Num,
  /** Customers' trust that feedback is acted on (0–1), built by closing the loop. */
  loopTrust: Num,
  /** Survey fatigue (0–1). */
  fatigue: Num,
  /** Research bought last quarter, paying off now (0, 1 light, 2 deep). */
  researchPending: Num,
  /** Redesigns and initiatives started last quarter, paying off now: touchpoint id → gain. */
  pendingQuality: z.record(IdSchema, Num),
  pendingRelief: z.record(IdSchema, Num),
  /** Human-channel overload of last quarter (demand / capacity). */
  overload: Num,
  /** Last quarter's true NPS and promoter/detractor shares (word of mouth). */
  nps: Num,
  promoters: Num,
  detractors: Num,
  /** Event id → quarters it still lasts. */
  activeEvents: z.record(IdSchema, Num),
  /** Events that struck before (one-off). */
  pastEvents: z.array(IdSchema),
  nextIdent: Num,
});
export type CompanyState = z.infer<typeof CompanyStateSchema>;

export const GameStateSchema = z.object({
  format: z.literal('not-by-accident/state@1'),
  scenario: z.object({ id: IdSchema, revision: z.number().check(z.int()) }),
  seed: intBetween(0, 0xffffffff),
  difficulty: DifficultySchema,
  /** The next quarter to play (0-based). */
  quarter: z.number().check(z.int(), z.gte(0)),
  finished: z.boolean(),
  gameOver: z.boolean(),
  company: CompanyStateSchema,
  /** The settings in force (last quarter's decisions, or the scenario's start). */
  decisions: QuarterDecisionsSchema,
  pool: PoolSchema,
});
export type GameState = z.infer<typeof GameStateSchema>;
