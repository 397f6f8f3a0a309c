import { z } from 'zod';
import { IdSchema, PricePositionSchema } from './common';
import { ITEMS_MAX, QUARTERS_MAX } from './limits';

export const SURVEY_METRICS = ['none', 'nps', 'csat', 'ces'] as const;
export const SurveyMetricSchema = z.enum(SURVEY_METRICS);
export type SurveyMetric = z.infer<typeof SurveyMetricSchema>;

export const StrategySchema = z.strictObject({
  /** One brand promise from the scenario's catalogue. */
  brandPromise: IdSchema,
  /** Up to three customer promises (concrete, touchpoint-level). */
  customerPromises: z.array(IdSchema).max(3),
  /** Segments the marketing aims at; empty means no targeting. */
  targetSegments: z.array(IdSchema).max(ITEMS_MAX.segments),
  pricePosition: PricePositionSchema,
});

export const UnderstandingSchema = z.strictObject({
  /** Customer research bought this quarter; pays off the next quarter. */
  research: z.enum(['none', 'light', 'deep']),
  /** Following up with respondents (closing the loop). */
  closeTheLoop: z.boolean(),
  /** Days per leader spent with customers / in customer service this quarter. */
  leadersDays: z.number().int().min(0).max(4),
  /** A customer driver's licence: every employee spends one day a year in customer contact
   * (Aegon). Older plans have no such field: they had none. */
  driversLicence: z.boolean().default(false),
  /** Complaints are read and logged as a listening post, so their words reach the review. Older
   * plans have no such field: they kept none. */
  complaints: z.boolean().default(false),
  /** Review sites are followed as a listening post (unsolicited feedback). Older plans have no
   * such field: they followed none. */
  reviewSites: z.boolean().default(false),
});

export const SurveySchema = z.strictObject({
  metric: SurveyMetricSchema,
  /** Customers invited per quarter at this touchpoint (simulated customers). */
  sampleSize: z.number().int().min(0).max(5000),
});

export const MetricTargetsSchema = z.strictObject({
  nps: z.number().min(-100).max(100).nullable(),
  csat: z.number().min(0).max(100).nullable(),
  ces: z.number().min(1).max(7).nullable(),
  /** The targets are tied to staff bonuses, not only used as goals. Older plans have no such
   * field: they used targets as goals. */
  bonus: z.boolean().default(false),
});

export const MetricsSchema = z.strictObject({
  /** Per touchpoint id; a touchpoint missing here has no survey. */
  surveys: z.record(IdSchema, SurveySchema),
  targets: MetricTargetsSchema,
});

export const TouchpointPlanSchema = z.strictObject({
  /** Extra spend this quarter on the touchpoint (k€). */
  investment: z.number().min(0).max(100000),
  /** A one-off redesign this quarter (costs the scenario's redesign cost, pays off next quarter). */
  redesign: z.boolean(),
  /** Take the touchpoint out of the journey (only where the scenario allows it). */
  removed: z.boolean(),
});

export const JourneySchema = z.strictObject({
  touchpoints: z.record(IdSchema, TouchpointPlanSchema),
  /** The touchpoint designed as the journey's high point, or null. */
  peak: IdSchema.nullable(),
  /** The touchpoint designed as the journey's ending, or null. */
  end: IdSchema.nullable(),
  /** Scenario initiatives started this quarter. */
  initiatives: z.array(IdSchema).max(ITEMS_MAX.initiatives),
});

export const ChannelPlanSchema = z.strictObject({
  open: z.boolean(),
  /** Service quality spend on the channel this quarter (k€), on top of its running cost. */
  funding: z.number().min(0).max(100000),
  /** Capacity units (each handles the channel's contactsPerUnit contacts per quarter). */
  capacity: z.number().min(0).max(1000),
  /** Integrated with the shared customer view (history travels between channels). */
  connected: z.boolean(),
});

export const GovernanceSchema = z.strictObject({
  owner: z.enum(['none', 'team', 'executive', 'ceo']),
  council: z.boolean(),
  /** A service blueprint and standards project runs this quarter (closes the standards gap when
   * owned). Plans saved before it existed read as without. */
  blueprint: z.boolean().default(false),
});

export const CultureSchema = z.strictObject({
  hiringForAttitude: z.boolean(),
  /** Training spend this quarter (k€). */
  training: z.number().min(0).max(100000),
  empowerment: z.enum(['low', 'medium', 'high']),
  /** Wellbeing spend this quarter (k€). */
  wellbeing: z.number().min(0).max(100000),
  /** Front-line staffing relative to the scenario's norm (1 = norm); scales human capacity. */
  staffing: z.number().min(0.5).max(1.5),
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
export const DecisionLogSchema = z.array(QuarterDecisionsSchema).max(QUARTERS_MAX);
export type DecisionLog = z.infer<typeof DecisionLogSchema>;

/**
 * A hand-written plan: per quarter a patch on the previous quarter's decisions (every pillar and
 * every field optional). Quarters beyond the list repeat the last one.
 */
export const DecisionsPatchSchema = z.strictObject({
  strategy: StrategySchema.partial().optional(),
  understanding: UnderstandingSchema.partial().optional(),
  metrics: z
    .object({
      surveys: z.record(IdSchema, SurveySchema.partial()).optional(),
      targets: MetricTargetsSchema.partial().optional(),
    })
    .optional(),
  journey: z
    .object({
      touchpoints: z.record(IdSchema, TouchpointPlanSchema.partial()).optional(),
      peak: IdSchema.nullable().optional(),
      end: IdSchema.nullable().optional(),
      initiatives: z.array(IdSchema).max(ITEMS_MAX.initiatives).optional(),
    })
    .optional(),
  channels: z.record(IdSchema, ChannelPlanSchema.partial()).optional(),
  governance: GovernanceSchema.partial().optional(),
  culture: CultureSchema.partial().optional(),
  events: z.record(IdSchema, IdSchema).optional(),
});
export type DecisionsPatch = z.infer<typeof DecisionsPatchSchema>;

export const PlanSchema = z.strictObject({
  /** At most one entry per quarter of the longest game; sim also refuses more than its level's. */
  quarters: z.array(DecisionsPatchSchema).min(1).max(QUARTERS_MAX),
});
export type Plan = z.infer<typeof PlanSchema>;
