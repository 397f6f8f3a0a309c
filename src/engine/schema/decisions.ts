import { between, intBetween, z } from './zod';
import { IdSchema, PricePositionSchema } from './common';
import { ITEMS_MAX, QUARTERS_MAX } from './limits';

export const SURVEY_METRICS = ['none', 'nps', 'csat', 'ces'] as const;
export const SurveyMetricSchema = z.enum(SURVEY_METRICS);
export type SurveyMetric = z.infer<typeof SurveyMetricSchema>;

export const StrategySchema = z.strictObject({
  /** One brand promise from the scenario's catalogue. */
  brandPromise: IdSchema,
  /** Up to three customer promises (concrete, touchpoint-level). */
  customerPromises: z.array(IdSchema).check(z.maxLength(3)),
  /** Segments the marketing aims at; empty means no targeting. */
  targetSegments: z.array(IdSchema).check(z.maxLength(ITEMS_MAX.segments)),
  pricePosition: PricePositionSchema,
});

export const UnderstandingSchema = z.strictObject({
  /** Customer research bought this quarter; pays off the next quarter. */
  research: z.enum(['none', 'light', 'deep']),
  /** Following up with respondents (closing the loop). */
  closeTheLoop: z.boolean(),
  /** Days per leader spent with customers / in customer service this quarter. */
  leadersDays: intBetween(0, 4),
  /** A customer driver's licence: every employee spends one day a year in customer contact
   * (Aegon). Older plans have no such field: they had none. */
  driversLicence: z._default(z.boolean(), false),
  /** Complaints are read and logged as a listening post, so their words reach the review. Older
   * plans have no such field: they kept none. */
  complaints: z._default(z.boolean(), false),
  /** Review sites are followed as a listening post (unsolicited feedback). Older plans have no
   * such field: they followed none. */
  reviewSites: z._default(z.boolean(), false),
});

export const SurveySchema = z.strictObject({
  metric: SurveyMetricSchema,
  /** Customers invited per quarter at this touchpoint (simulated customers). */
  sampleSize: intBetween(0, 5000),
});

export const MetricTargetsSchema = z.strictObject({
  nps: z.nullable(between(-100, 100)),
  csat: z.nullable(between(0, 100)),
  ces: z.nullable(between(1, 7)),
  /** The targets are tied to staff bonuses, not only used as goals. Older plans have no such
   * field: they used targets as goals. */
  bonus: z._default(z.boolean(), false),
});

export const MetricsSchema = z.strictObject({
  /** Per touchpoint id; a touchpoint missing here has no survey. */
  surveys: z.record(IdSchema, SurveySchema),
  targets: MetricTargetsSchema,
});

export const TouchpointPlanSchema = z.strictObject({
  /** Extra spend this quarter on the touchpoint (k€). */
  investment: between(0, 100000),
  /** A one-off redesign this quarter (costs the scenario's redesign cost, pays off next quarter). */
  redesign: z.boolean(),
  /** Take the touchpoint out of the journey (only where the scenario allows it). */
  removed: z.boolean(),
});

export const JourneySchema = z.strictObject({
  touchpoints: z.record(IdSchema, TouchpointPlanSchema),
  /** The touchpoint designed as the journey's high point, or null. */
  peak: z.nullable(IdSchema),
  /** The touchpoint designed as the journey's ending, or null. */
  end: z.nullable(IdSchema),
  /** Scenario initiatives started this quarter. */
  initiatives: z.array(IdSchema).check(z.maxLength(ITEMS_MAX.initiatives)),
});

export const ChannelPlanSchema = z.strictObject({
  open: z.boolean(),
  /** Service quality spend on the channel this quarter (k€), on top of its running cost. */
  funding: between(0, 100000),
  /** Capacity units (each handles the channel's contactsPerUnit contacts per quarter). */
  capacity: between(0, 1000),
  /** Integrated with the shared customer view (history travels between channels). */
  connected: z.boolean(),
});

export const GovernanceSchema = z.strictObject({
  owner: z.enum(['none', 'team', 'executive', 'ceo']),
  council: z.boolean(),
  /** A service blueprint and standards project runs this quarter (closes the standards gap when
   * owned). Plans saved before it existed read as without. */
  blueprint: z._default(z.boolean(), false),
});

export const CultureSchema = z.strictObject({
  hiringForAttitude: z.boolean(),
  /** Training spend this quarter (k€). */
  training: between(0, 100000),
  empowerment: z.enum(['low', 'medium', 'high']),
  /** Wellbeing spend this quarter (k€). */
  wellbeing: between(0, 100000),
  /** Front-line staffing relative to the scenario's norm (1 = norm); scales human capacity. */
  staffing: between(0.5, 1.5),
});

export const QuarterDecisionsSchema = z.strictObject({
  strategy: StrategySchema,
  understanding: UnderstandingSchema,
  metrics: MetricsSchema,
  journey: JourneySchema,
  channels: z.record(IdSchema, ChannelPlanSchema),
  governance: GovernanceSchema,
  culture: CultureSchema,
  /** Event id → chosen response id, for events that happened or happen this quarter. */
  events: z.record(IdSchema, IdSchema),
});
export type QuarterDecisions = z.infer<typeof QuarterDecisionsSchema>;

/** One entry per quarter played, in order. */
export const DecisionLogSchema = z.array(QuarterDecisionsSchema).check(z.maxLength(QUARTERS_MAX));
export type DecisionLog = z.infer<typeof DecisionLogSchema>;

/**
 * A hand-written plan: per quarter a patch on the previous quarter's decisions (every pillar and
 * every field optional). Quarters beyond the list repeat the last one.
 */
export const DecisionsPatchSchema = z.strictObject({
  strategy: z.optional(z.partial(StrategySchema)),
  understanding: z.optional(z.partial(UnderstandingSchema)),
  metrics: z.optional(
    z.object({
      surveys: z.optional(z.record(IdSchema, z.partial(SurveySchema))),
      targets: z.optional(z.partial(MetricTargetsSchema)),
    }),
  ),
  journey: z.optional(
    z.object({
      touchpoints: z.optional(z.record(IdSchema, z.partial(TouchpointPlanSchema))),
      peak: z.optional(z.nullable(IdSchema)),
      end: z.optional(z.nullable(IdSchema)),
      initiatives: z.optional(z.array(IdSchema).check(z.maxLength(ITEMS_MAX.initiatives))),
    }),
  ),
  channels: z.optional(z.record(IdSchema, z.partial(ChannelPlanSchema))),
  governance: z.optional(z.partial(GovernanceSchema)),
  culture: z.optional(z.partial(CultureSchema)),
  events: z.optional(z.record(IdSchema, IdSchema)),
});
export type DecisionsPatch = z.infer<typeof DecisionsPatchSchema>;

export const PlanSchema = z.strictObject({
  /** At most one entry per quarter of the longest game; sim also refuses more than its level's. */
  quarters: z.array(DecisionsPatchSchema).check(z.minLength(1), z.maxLength(QUARTERS_MAX)),
});
export type Plan = z.infer<typeof PlanSchema>;
