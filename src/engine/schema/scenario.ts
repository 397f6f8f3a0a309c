import { between, intBetween, z } from './zod';
import { DimsSchema, IdSchema, KeySchema, PricePositionSchema, UnitSchema } from './common';
import { QuarterDecisionsSchema } from './decisions';
import {
  ARRIVALS_MAX,
  BASE_WAIT_MAX,
  BUDGET_MIN,
  CONTACTS_PER_UNIT,
  DIFFICULTY_FACTOR,
  EVENT_FACTOR_MAX,
  FUNDING_REFERENCE,
  ITEMS_MAX,
  MONEY_MAX,
  PER_CUSTOMER_MAX,
  PREFERENCE_MAX,
  QUARTERS_MAX,
  REAL_PER_SIMULATED_MAX,
  REVISION_MAX,
  TARGET_RANGES,
} from './limits';

/** An amount of money (k€): never negative, at most MONEY_MAX. */
const Money = between(0, MONEY_MAX);

const Colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));

/** Parameters for a face drawn in code (no image files). */
export const FaceSchema = z.strictObject({
  skin: Colour,
  hair: Colour,
  hairStyle: z.enum(['short', 'long', 'bun', 'curly', 'bald']),
  glasses: z.boolean(),
  beard: z.boolean(),
  shirt: Colour,
  age: intBetween(16, 95),
});

export const PersonaSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  role: KeySchema,
  goals: z.array(KeySchema).check(z.minLength(1), z.maxLength(ITEMS_MAX.personaTexts)),
  frustrations: z.array(KeySchema).check(z.minLength(1), z.maxLength(ITEMS_MAX.personaTexts)),
  face: FaceSchema,
});

export const SegmentSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  description: KeySchema,
  /** Share of the starting customers and of new arrivals at neutral appeal. */
  share: UnitSchema,
  /** Baseline expectation per SERVQUAL dimension on the 0–1 quality scale. */
  expectations: DimsSchema,
  priceSensitivity: UnitSchema,
  /** Starting loyalty of this segment's customers (0–1). */
  loyalty: UnitSchema,
  /** Revenue per simulated customer per quarter at mid price (k€). */
  spend: between(0, PER_CUSTOMER_MAX),
  /** Stage id → channel id → relative preference. */
  channelPreference: z.record(IdSchema, z.record(IdSchema, between(0, PREFERENCE_MAX))),
  /** Brand promise id → appeal to this segment (−1…1). */
  promiseAppeal: z.record(IdSchema, between(-1, 1)),
  personas: z.array(PersonaSchema).check(z.minLength(1), z.maxLength(ITEMS_MAX.personas)),
});

export const KANO = ['mustBe', 'linear', 'delighter'] as const;

export const TouchpointSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  /** Kano category of the touchpoint as customers experience it. */
  kano: z.enum(KANO),
  /** How much each dimension counts at this touchpoint (relative weights ≥ 0). */
  dims: DimsSchema,
  /** Channels that can serve this touchpoint. */
  channels: z.array(IdSchema).check(z.minLength(1), z.maxLength(16)),
  /** Starting quality (0–1) of what the company delivers here. */
  quality: UnitSchema,
  /** Effort built into the touchpoint's design (0–1). */
  effort: UnitSchema,
  /** Share of customers passing this touchpoint in a quarter. */
  reach: UnitSchema,
  /** A service contact: customers answer CES here. */
  serviceContact: z.boolean(),
  /** Hand-offs between departments (transfers) when served. */
  handoffs: intBetween(0, 5),
  /** Emotional intensity (peak weight), around 1. */
  intensity: between(0.2, 3),
  removable: z.boolean(),
  /** Running cost saved when removed (k€ per quarter). */
  runningCost: Money,
  /** One-off cost of a redesign (k€). */
  redesignCost: Money,
});

export const StageSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  touchpoints: z.array(TouchpointSchema).check(z.minLength(1)),
});

export const ChannelSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  kind: z.enum(['digital', 'human']),
  /** Running cost per quarter while open (k€). */
  fixedCost: Money,
  /** Cost per capacity unit per quarter (k€). */
  unitCost: Money,
  /** Contacts (simulated) one capacity unit handles per quarter. */
  contactsPerUnit: between(CONTACTS_PER_UNIT.min, CONTACTS_PER_UNIT.max),
  /** Quality of the channel at its reference funding (0–1). */
  quality: UnitSchema,
  /** Funding (k€) per 1,000 simulated contacts that lifts quality by about two thirds of its headroom. */
  fundingReference: between(FUNDING_REFERENCE.min, FUNDING_REFERENCE.max),
  /** Average wait (minutes) at a comfortable load. */
  baseWait: between(0, BASE_WAIT_MAX),
  /** Cost per quarter of keeping the channel connected (k€). */
  connectionCost: Money,
});

export const BrandPromiseSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  description: KeySchema,
  /** How much the promise raises expectations per dimension (0–0.2). */
  dims: DimsSchema,
  /** The price position that fits this promise. */
  price: PricePositionSchema,
});

export const CustomerPromiseSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  description: KeySchema,
  touchpoints: z.array(IdSchema).check(z.minLength(1), z.maxLength(30)),
  /** Expectation raised at those touchpoints per dimension. */
  dims: DimsSchema,
  /** Extra appeal to new customers (0–0.3). */
  appeal: between(0, 0.3),
});

export const InitiativeSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  description: KeySchema,
  cost: Money,
  touchpoints: z.array(IdSchema).check(z.minLength(1), z.maxLength(30)),
  /** Lasting quality gain at those touchpoints when fully effective. */
  quality: between(0, 0.3),
  /** Lasting effort reduction at those touchpoints when fully effective. */
  effort: between(0, 0.3),
});

export const EventEffectsSchema = z.strictObject({
  /** Touchpoint id → change of delivered quality while the event lasts. */
  quality: z.record(IdSchema, between(-1, 1)),
  /** Touchpoint id → extra reach (share of customers who now pass it). */
  reach: z.record(IdSchema, between(0, 1)),
  /** Channel id → capacity multiplier. */
  capacity: z.record(IdSchema, between(0, 2)),
  reputation: between(-50, 50),
  engagement: between(-50, 50),
  /** Multiplier on new arrivals (a competitor: below 1). */
  arrivals: between(0, 2),
  /** Extra churn probability for existing customers. */
  churn: between(0, 0.5),
  /** Extra cost (k€). */
  cost: Money,
});

export const EventResponseSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  description: KeySchema,
  cost: Money,
  /** Share of the event's harm taken away (0–1). */
  mitigation: UnitSchema,
  reputation: between(-30, 30),
  engagement: between(-30, 30),
  credibility: between(-0.3, 0.3),
});

export const EventSchema = z.strictObject({
  id: IdSchema,
  name: KeySchema,
  description: KeySchema,
  /** The quarter (0-based) it strikes, or null for a random event. */
  quarter: z.nullable(intBetween(0, QUARTERS_MAX - 1)),
  /** Chance per quarter when random. */
  probability: UnitSchema,
  /** Quarters it lasts (1 = only the quarter it strikes). */
  duration: intBetween(1, 8),
  effects: EventEffectsSchema,
  responses: z.array(EventResponseSchema).check(z.maxLength(ITEMS_MAX.responses)),
  /** Verbatim key customers use about it. */
  verbatim: KeySchema,
});

export const TARGET_METRICS = [
  'nps',
  'csat',
  'ces',
  'retention',
  'customers',
  'reputation',
  'engagement',
  'profit',
  'cash',
  'knowledgeGap',
] as const;

export const TargetSchema = z
  .strictObject({
    id: IdSchema,
    name: KeySchema,
    perspective: z.enum(['customer', 'financial', 'internal', 'learning']),
    metric: z.enum(TARGET_METRICS),
    /** Within the metric's own range (TARGET_RANGES). */
    value: between(-MONEY_MAX, MONEY_MAX * 10_000),
    direction: z.enum(['atLeast', 'atMost']),
  })
  .check(
    z.superRefine((t, ctx) => {
      const [min, max] = TARGET_RANGES[t.metric];
      if (t.value < min)
        ctx.addIssue({
          code: 'too_small',
          origin: 'number',
          minimum: min,
          inclusive: true,
          input: t.value,
          path: ['value'],
          message: 'engine.error.tooSmall',
        });
      else if (t.value > max)
        ctx.addIssue({
          code: 'too_big',
          origin: 'number',
          maximum: max,
          inclusive: true,
          input: t.value,
          path: ['value'],
          message: 'engine.error.tooBig',
        });
    }),
  );

export const DifficultyPresetSchema = z.strictObject({
  /** Multiplier on the CX budget. */
  budget: between(DIFFICULTY_FACTOR.min, DIFFICULTY_FACTOR.max),
  /** Multiplier on starting cash. */
  cash: between(DIFFICULTY_FACTOR.min, DIFFICULTY_FACTOR.max),
  /** Multiplier on event harm and probability. */
  events: between(0, EVENT_FACTOR_MAX),
  /** Added to every expectation (demanding customers). */
  expectations: between(-0.2, 0.2),
});

/** A score range on the −100…100 (NPS) or 0…100 (CSAT) scale. */
const Range = z.tuple([between(-100, 100), between(-100, 100)]);

export const CalibrationSchema = z.strictObject({
  /** True NPS range a company doing nothing should stay in (sector average). */
  sectorNps: Range,
  /** ACSI-like CSAT range of the sector. */
  sectorCsat: Range,
  /** True NPS range of the sector's leaders: a strong plan lands here, never beyond. */
  leadersNps: Range,
  /** Bibliographic sources (citations, the same in every language). */
  sources: z
    .array(z.string().check(z.maxLength(500)))
    .check(z.minLength(1), z.maxLength(ITEMS_MAX.sources)),
});

export const CompanySchema = z.strictObject({
  name: KeySchema,
  description: KeySchema,
  /** Cash at the start (k€): below zero the game would be over before it began. */
  cash: Money,
  /** CX budget per quarter (k€): the ceiling for the plan's spend. */
  budget: between(BUDGET_MIN, MONEY_MAX),
  /** Operating costs per quarter outside the plan (k€). */
  fixedCosts: Money,
  /** Operating cost per simulated customer per quarter (k€). */
  costPerCustomer: between(0, PER_CUSTOMER_MAX),
  reputation: between(0, 100),
  engagement: between(0, 100),
  credibility: UnitSchema,
  gaps: z.strictObject({ knowledge: UnitSchema, standards: UnitSchema, delivery: UnitSchema }),
  /** Channel id → how connected it starts (0–1). */
  connection: z.record(IdSchema, UnitSchema),
  /** The company's settings when the player takes over. */
  start: QuarterDecisionsSchema,
});

export const PopulationSchema = z.strictObject({
  /** Simulated customers at the start. */
  customers: intBetween(100, 50000),
  /** Pool size: the most customers the simulation can hold. */
  capacity: intBetween(100, 60000),
  /** Real customers each simulated one stands for. */
  realPerSimulated: intBetween(1, REAL_PER_SIMULATED_MAX),
  /** New simulated customers per quarter at neutral appeal. */
  arrivals: intBetween(0, ARRIVALS_MAX),
});

/**
 * The most the engine can simulate, set by its bit packing: the walk keeps the touchpoints a
 * customer reaches as bits of one 32-bit integer (quarter/walk.ts) and the WebAssembly walk has
 * tables for 32 (kernel/walkKernel.ts); a customer's preferred channel per stage takes 4 bits
 * (16 channels) of a 32-bit word whose top 4 bits hold price sensitivity (7 stages, pool.ts).
 * modelOf refuses a bigger model; the schema keeps levels within the design limits below.
 */
export const ENGINE_LIMITS = { touchpoints: 32, channels: 16, stages: 7 } as const;

/** What a level may hold: the engine's limits, and fewer where the screens have room for fewer. */
export const LEVEL_LIMITS = {
  touchpoints: 30,
  channels: 12,
  stages: ENGINE_LIMITS.stages,
} as const;

const StagesSchema = z.array(StageSchema).check(
  z.minLength(1),
  z.maxLength(
    LEVEL_LIMITS.stages,
    `at most ${LEVEL_LIMITS.stages} stages (the engine packs a customer's preferred channel per stage into 4 bits of a 32-bit word)`,
  ),
  z.superRefine((stages, ctx) => {
    const n = stages.reduce((a, st) => a + st.touchpoints.length, 0);
    if (n > LEVEL_LIMITS.touchpoints)
      ctx.addIssue({
        code: 'custom',
        input: stages,
        message: `${n} touchpoints in all; at most ${LEVEL_LIMITS.touchpoints} (the engine tracks the touchpoints a customer reaches as bits of one 32-bit integer)`,
      });
  }),
);

const ChannelsSchema = z
  .array(ChannelSchema)
  .check(
    z.minLength(1),
    z.maxLength(
      LEVEL_LIMITS.channels,
      `at most ${LEVEL_LIMITS.channels} channels (the engine's own limit is ${ENGINE_LIMITS.channels}: a preferred channel takes 4 bits)`,
    ),
  );

export const ScenarioSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  id: IdSchema,
  /** Content revision; goes into game records. */
  revision: intBetween(1, REVISION_MAX),
  sector: z.enum(['airline', 'hotel', 'other']),
  name: KeySchema,
  briefing: KeySchema,
  /** Optional coaching text per quarter (tutorials): one key per quarter, shown at its start. */
  coaching: z.optional(z.array(KeySchema).check(z.maxLength(QUARTERS_MAX))),
  quarters: intBetween(1, QUARTERS_MAX),
  /** How demanding the scenario is, shown on its card: the difficulty preset comes on top. */
  challenge: z.enum(['introductory', 'intermediate', 'advanced']),
  population: PopulationSchema,
  company: CompanySchema,
  segments: z.array(SegmentSchema).check(z.minLength(1), z.maxLength(ITEMS_MAX.segments)),
  stages: StagesSchema,
  channels: ChannelsSchema,
  promises: z.strictObject({
    brand: z.array(BrandPromiseSchema).check(z.minLength(1), z.maxLength(ITEMS_MAX.brandPromises)),
    customer: z.array(CustomerPromiseSchema).check(z.maxLength(ITEMS_MAX.customerPromises)),
  }),
  initiatives: z.array(InitiativeSchema).check(z.maxLength(ITEMS_MAX.initiatives)),
  events: z.array(EventSchema).check(z.maxLength(ITEMS_MAX.events)),
  targets: z.array(TargetSchema).check(z.maxLength(ITEMS_MAX.targets)),
  difficulty: z.strictObject({
    easy: DifficultyPresetSchema,
    normal: DifficultyPresetSchema,
    hard: DifficultyPresetSchema,
  }),
  calibration: CalibrationSchema,
  /** Marketing to each target segment, and communicating a new brand promise (k€). */
  strategy: z.strictObject({
    perTargetSegment: Money,
    promiseChange: Money,
  }),
  /** Cost per research level per quarter (k€). */
  research: z.strictObject({ light: Money, deep: Money }),
  /** Cost of one survey invitation (k€) and of closing the loop per response (k€). */
  listening: z.strictObject({
    perInvitation: between(0, PER_CUSTOMER_MAX),
    perFollowUp: between(0, PER_CUSTOMER_MAX),
  }),
  /** Cost per quarter of governance choices (k€). */
  governance: z.strictObject({ team: Money, ceo: Money, council: Money }),
  /** Cost of one leader-day with customers (k€), per day across the leadership team. */
  leaderDayCost: Money,
  /** Cost per quarter of hiring for attitude (k€) and of the high/medium empowerment programme. */
  culture: z.strictObject({
    hiring: Money,
    empowermentMedium: Money,
    empowermentHigh: Money,
  }),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Segment = z.infer<typeof SegmentSchema>;
export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type ScenarioEvent = z.infer<typeof EventSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
