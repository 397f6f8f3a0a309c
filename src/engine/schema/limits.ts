/**
 * The bounds a level, plan or record may hold, each named for what it means. A bound is what a
 * sensible level needs with room to spare; it also keeps every sum the engine makes finite (money
 * up to 1e308 once gave Infinity cash).
 */

/**
 * The most money (k€) any single amount may be: 10 billion euros. The largest company in the
 * shipped levels has fixed costs of 255,000 k€ a quarter and 200,000 k€ of cash.
 */
export const MONEY_MAX = 10_000_000;

/** The most a single simulated customer spends or costs per quarter (k€). */
export const PER_CUSTOMER_MAX = 10_000;

/** The most real customers one simulated customer may stand for. */
export const REAL_PER_SIMULATED_MAX = 1_000_000;

/** The most new simulated customers per quarter: the largest pool the engine holds. */
export const ARRIVALS_MAX = 60_000;

/** The most contacts one capacity unit handles per quarter, and the fewest (a unit does something). */
export const CONTACTS_PER_UNIT = { min: 1, max: 1_000_000 } as const;

/** Funding per 1,000 contacts that buys two thirds of a channel's headroom (k€): never zero. */
export const FUNDING_REFERENCE = { min: 0.01, max: MONEY_MAX } as const;

/** A channel's average wait at a comfortable load (minutes): a full working day at most. */
export const BASE_WAIT_MAX = 480;

/** The smallest CX budget a quarter may have (k€): the budget divides costs into shares. */
export const BUDGET_MIN = 1;

/** A difficulty's multipliers on budget and cash, and on event harm. */
export const DIFFICULTY_FACTOR = { min: 0.1, max: 10 } as const;
export const EVENT_FACTOR_MAX = 5;

/** A relative preference for a channel at a stage. */
export const PREFERENCE_MAX = 100;

/** A level's content revision: raised whenever its numbers change. */
export const REVISION_MAX = 1_000_000;

/** The most quarters a game lasts. */
export const QUARTERS_MAX = 12;

/** Most items of a kind a level may hold (the screens list them). */
export const ITEMS_MAX = {
  segments: 8,
  personas: 6,
  personaTexts: 8,
  brandPromises: 8,
  customerPromises: 12,
  initiatives: 30,
  events: 30,
  responses: 6,
  targets: 16,
  sources: 30,
} as const;

/** The ranges a target's value may take, per metric (money metrics in k€). */
export const TARGET_RANGES = {
  nps: [-100, 100],
  csat: [0, 100],
  ces: [1, 7],
  retention: [0, 100],
  customers: [0, REAL_PER_SIMULATED_MAX * ARRIVALS_MAX],
  reputation: [0, 100],
  engagement: [0, 100],
  profit: [-MONEY_MAX, MONEY_MAX],
  cash: [-MONEY_MAX, MONEY_MAX],
  knowledgeGap: [0, 1],
} as const;
