import { z } from './zod';
import { IdSchema, MessageSchema } from './common';
import { SurveyMetricSchema } from './decisions';

const Num = z.number();
const NumOrNull = z.nullable(z.number());

export const GapsSchema = z.object({
  /** Gap 1: management does not know what customers expect (0–1). */
  knowledge: Num,
  /** Gap 2: what is known is not turned into standards (0–1). */
  standards: Num,
  /** Gap 3: standards are not delivered (0–1). */
  delivery: Num,
  /** Gap 4: what is promised exceeds what is delivered (0–1). */
  communication: Num,
  /** Gap 5: expected minus perceived, as customers feel it (0–1). */
  customer: Num,
});
export type Gaps = z.infer<typeof GapsSchema>;

export const CostsSchema = z.object({
  strategy: Num,
  understanding: Num,
  metrics: Num,
  journey: Num,
  channels: Num,
  governance: Num,
  culture: Num,
  events: Num,
  total: Num,
});
export type Costs = z.infer<typeof CostsSchema>;

export const TrueMetricsSchema = z.object({
  nps: Num,
  /** Top-2-box share (%) over all touchpoint contacts. */
  csat: Num,
  /** Mean ease (1–7) over customers with a service contact. */
  ces: Num,
  /** Share (%) of last quarter's customers who stayed. */
  retention: Num,
  /** Real customers (simulated × realPerSimulated). */
  customers: Num,
  simulatedCustomers: Num,
  customersBySegment: z.record(IdSchema, Num),
  /** True NPS, CSAT and CES within each segment (its customers' answers and contacts only). */
  npsBySegment: z.record(IdSchema, Num),
  csatBySegment: z.record(IdSchema, Num),
  cesBySegment: z.record(IdSchema, Num),
  /** Simulated contacts and customers with a service contact per segment: the weights of CSAT
   * and CES, which are means over contacts and over service customers. */
  contactsBySegment: z.record(IdSchema, Num),
  serviceBySegment: z.record(IdSchema, Num),
  newCustomers: Num,
  reputation: Num,
  engagement: Num,
  credibility: Num,
  promoters: Num,
  detractors: Num,
  gaps: GapsSchema,
  revenue: Num,
  /** Everything spent: operations plus the plan plus events (k€). */
  cost: Num,
  profit: Num,
  cash: Num,
});

export const MarginsSchema = z.object({ nps: NumOrNull, csat: NumOrNull, ces: NumOrNull });

/** Per metric: measured, asked but too few answers to report, or asked nowhere. */
export const MeasuredStatusSchema = z.enum(['measured', 'notEnough', 'notAsked']);
export type MeasuredStatus = z.infer<typeof MeasuredStatusSchema>;

export const MeasuredMetricsSchema = z.object({
  nps: NumOrNull,
  csat: NumOrNull,
  ces: NumOrNull,
  responses: Num,
  invitations: Num,
  responseRate: NumOrNull,
  /** 95% margin of error per metric, null when not measured. */
  marginOfError: MarginsSchema,
  /** Why a score is null: not enough answers, or no survey asked it. Absent in outcomes saved
   * before it existed (read them as `notAsked` where the score is null). */
  status: z.optional(
    z.object({ nps: MeasuredStatusSchema, csat: MeasuredStatusSchema, ces: MeasuredStatusSchema }),
  ),
});

export const TouchpointOutcomeSchema = z.object({
  id: IdSchema,
  removed: z.boolean(),
  contacts: Num,
  true: z.object({ nps: NumOrNull, csat: NumOrNull, ces: NumOrNull, satisfaction: NumOrNull }),
  measured: z.object({
    metric: SurveyMetricSchema,
    score: NumOrNull,
    responses: Num,
    sampleSize: Num,
    marginOfError: NumOrNull,
  }),
});

export const ChannelOutcomeSchema = z.object({
  id: IdSchema,
  open: z.boolean(),
  demand: Num,
  capacity: Num,
  load: Num,
  waitMinutes: Num,
  quality: Num,
  connection: Num,
});

export const PathStepSchema = z.object({
  touchpoint: IdSchema,
  channel: IdSchema,
  /** −1 (angry) … 1 (delighted). */
  mood: Num,
});
export const PathSchema = z.object({
  segment: IdSchema,
  steps: z.array(PathStepSchema),
  /** What the customer remembers of the quarter (peak–end, after any follow-up), on the
   * satisfaction scale of `touchpoints[].true.satisfaction` (not the steps' display mood). */
  memory: Num,
});

/** Where the player hears customers in their own words: the comment fields of the surveys they
 * run, complaints they read and log, review sites they follow (unsolicited, skewed feedback). */
export const LISTENING_POSTS = ['survey', 'complaints', 'reviews'] as const;
export const ListeningPostSchema = z.enum(LISTENING_POSTS);
export type ListeningPost = z.infer<typeof ListeningPostSchema>;

/** A customer's comment, heard at a listening post the player ran. */
export const CommentSchema = z.extend(MessageSchema, {
  source: ListeningPostSchema,
  /** The touchpoint the comment is about (where a survey: the one whose survey carried it). */
  touchpoint: IdSchema,
  /** Which of the quarter's `paths` wrote it: the customer who had the experience. */
  customer: z.number().check(z.int(), z.gte(0)),
});
export type CustomerComment = z.infer<typeof CommentSchema>;

export const EventOutcomeSchema = z.object({
  id: IdSchema,
  response: z.nullable(IdSchema),
  started: z.boolean(),
});

export const DriverSchema = z.object({ key: z.string(), value: Num });

export const QuarterOutcomeSchema = z.object({
  quarter: z.number().check(z.int(), z.gte(0)),
  true: TrueMetricsSchema,
  measured: MeasuredMetricsSchema,
  touchpoints: z.array(TouchpointOutcomeSchema),
  channels: z.array(ChannelOutcomeSchema),
  costs: CostsSchema,
  /** Comments heard at the listening posts the player ran, about this quarter's walks. */
  verbatims: z.array(CommentSchema),
  paths: z.array(PathSchema),
  events: z.array(EventOutcomeSchema),
  /** What moved the true NPS, as named contributions (points of NPS). */
  drivers: z.array(DriverSchema),
  gameOver: z.boolean(),
});
export type QuarterOutcome = z.infer<typeof QuarterOutcomeSchema>;
