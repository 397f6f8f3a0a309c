import { IdSchema } from './schema/common';
import {
  CultureSchema,
  GovernanceSchema,
  MetricTargetsSchema,
  MetricsSchema,
  JourneySchema,
  QuarterDecisionsSchema,
  StrategySchema,
  UnderstandingSchema,
  SurveySchema,
  TouchpointPlanSchema,
  ChannelPlanSchema,
} from './schema/decisions';

/**
 * A quick, exact test that plain data already is a `QuarterDecisions` just as the zod schema
 * would return it: every field present with the right type and range, no other field, fields in
 * the schema's order. Only a yes is trusted; on any doubt the caller runs the full zod parse, which
 * also gives the reasons. A zod parse per quarter was a sizeable share of a replayed game, and
 * almost every plan the engine sees is the previous quarter's plan, already parsed once.
 * Keep in step with schema/decisions.ts (a test compares the two on many plans).
 */
export function isDecisionsShape(x: unknown): boolean {
  if (!isPlain(x) || !keysAre(x, TOP)) return false;
  const s = x.strategy;
  if (!isPlain(s) || !keysAre(s, STRATEGY)) return false;
  if (
    !isId(s.brandPromise) ||
    !isIdList(s.customerPromises, MAX_PROMISES) ||
    !isIdList(s.targetSegments)
  )
    return false;
  if (!isOneOf(s.pricePosition, PRICES)) return false;
  const u = x.understanding;
  if (!isPlain(u) || !keysAre(u, UNDERSTANDING)) return false;
  if (!isOneOf(u.research, RESEARCH) || typeof u.closeTheLoop !== 'boolean') return false;
  if (!isIn(u.leadersDays, LEADERS_DAYS)) return false;
  if (typeof u.driversLicence !== 'boolean') return false;
  if (typeof u.complaints !== 'boolean' || typeof u.reviewSites !== 'boolean') return false;
  const m = x.metrics;
  if (!isPlain(m) || !keysAre(m, METRICS) || !isRecord(m.surveys, isSurvey)) return false;
  const tg = m.targets;
  if (!isPlain(tg) || !keysAre(tg, TARGETS)) return false;
  if (!isNullOr(tg.nps, NPS) || !isNullOr(tg.csat, CSAT) || !isNullOr(tg.ces, CES)) return false;
  if (typeof tg.bonus !== 'boolean') return false;
  const j = x.journey;
  if (!isPlain(j) || !keysAre(j, JOURNEY) || !isRecord(j.touchpoints, isTouchpointPlan))
    return false;
  if (!(j.peak === null || isId(j.peak)) || !(j.end === null || isId(j.end))) return false;
  if (!isIdList(j.initiatives)) return false;
  if (!isRecord(x.channels, isChannelPlan)) return false;
  const g = x.governance;
  if (!isPlain(g) || !keysAre(g, GOVERNANCE)) return false;
  if (!isOneOf(g.owner, OWNERS) || typeof g.council !== 'boolean') return false;
  if (typeof g.blueprint !== 'boolean') return false;
  const c = x.culture;
  if (!isPlain(c) || !keysAre(c, CULTURE)) return false;
  if (typeof c.hiringForAttitude !== 'boolean' || !isOneOf(c.empowerment, EMPOWERMENT))
    return false;
  if (!isIn(c.training, TRAINING) || !isIn(c.wellbeing, WELLBEING)) return false;
  if (!isIn(c.staffing, STAFFING)) return false;
  return isRecord(x.events, isId);
}

type Obj = Record<string, unknown>;

const TOP = Object.keys(QuarterDecisionsSchema.shape);
const STRATEGY = Object.keys(StrategySchema.shape);
const UNDERSTANDING = Object.keys(UnderstandingSchema.shape);
const METRICS = Object.keys(MetricsSchema.shape);
const TARGETS = Object.keys(MetricTargetsSchema.shape);
const SURVEY = Object.keys(SurveySchema.shape);
const JOURNEY = Object.keys(JourneySchema.shape);
const TP_PLAN = Object.keys(TouchpointPlanSchema.shape);
const CHANNEL = Object.keys(ChannelPlanSchema.shape);
const GOVERNANCE = Object.keys(GovernanceSchema.shape);
const CULTURE = Object.keys(CultureSchema.shape);
const PRICES = StrategySchema.shape.pricePosition.options as readonly string[];
const RESEARCH = UnderstandingSchema.shape.research.options as readonly string[];
const METRIC_NAMES = SurveySchema.shape.metric.options as readonly string[];
const OWNERS = GovernanceSchema.shape.owner.options as readonly string[];
const EMPOWERMENT = CultureSchema.shape.empowerment.options as readonly string[];
const ID = idPattern();

function isPlain(x: unknown): x is Obj {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Exactly these own keys, in this order (what zod's output would have). */
function keysAre(o: Obj, keys: string[]): boolean {
  const own = Reflect.ownKeys(o);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

/** A number field's bounds as the schema states them. */
interface Range {
  lo: number;
  hi: number;
  int: boolean;
}
function range(n: { def: { checks?: { _zod: { def: unknown } }[] } }): Range {
  const r: Range = { lo: -Infinity, hi: Infinity, int: false };
  for (const c of n.def.checks ?? []) {
    const d = c._zod.def as NumberCheck;
    if (d.check === 'number_format' && d.format?.includes('int')) {
      r.int = true;
      r.lo = Math.max(r.lo, Number.MIN_SAFE_INTEGER);
      r.hi = Math.min(r.hi, Number.MAX_SAFE_INTEGER);
    } else if (d.check === 'greater_than' || d.check === 'less_than') {
      // The decision schemas bound numbers inclusively; a strict bound would need its own test.
      if (!d.inclusive || typeof d.value !== 'number') throw new Error('not an inclusive bound');
      if (d.check === 'greater_than') r.lo = Math.max(r.lo, d.value);
      else r.hi = Math.min(r.hi, d.value);
    }
  }
  return r;
}
/** A zod number check's definition, as far as bounds go. */
interface NumberCheck {
  check?: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
}
const LEADERS_DAYS = range(UnderstandingSchema.shape.leadersDays);
const NPS = range(MetricTargetsSchema.shape.nps.def.innerType);
const CSAT = range(MetricTargetsSchema.shape.csat.def.innerType);
const CES = range(MetricTargetsSchema.shape.ces.def.innerType);
const SAMPLE = range(SurveySchema.shape.sampleSize);
const INVESTMENT = range(TouchpointPlanSchema.shape.investment);
const FUNDING = range(ChannelPlanSchema.shape.funding);
const CAPACITY = range(ChannelPlanSchema.shape.capacity);
const TRAINING = range(CultureSchema.shape.training);
const WELLBEING = range(CultureSchema.shape.wellbeing);
const STAFFING = range(CultureSchema.shape.staffing);
const MAX_PROMISES = maxLength(StrategySchema.shape.customerPromises);

/** The identifier pattern from IdSchema itself. */
function idPattern(): RegExp {
  for (const c of IdSchema.def.checks ?? []) {
    const d = c._zod.def as { check?: string; pattern?: RegExp };
    if (d.check === 'string_format' && d.pattern instanceof RegExp) return d.pattern;
  }
  throw new Error('IdSchema has no pattern');
}

function maxLength(a: { def: { checks?: { _zod: { def: unknown } }[] } }): number {
  let max = Infinity;
  for (const c of a.def.checks ?? []) {
    const d = c._zod.def as { check?: string; maximum?: number };
    if (d.check === 'max_length' && typeof d.maximum === 'number') max = d.maximum;
  }
  return max;
}

const isId = (x: unknown): boolean => typeof x === 'string' && ID.test(x);
const isIn = (x: unknown, r: Range): boolean =>
  typeof x === 'number' &&
  Number.isFinite(x) &&
  x >= r.lo &&
  x <= r.hi &&
  (!r.int || Number.isSafeInteger(x));
const isNullOr = (x: unknown, r: Range): boolean => x === null || isIn(x, r);
const isOneOf = (x: unknown, values: readonly string[]): boolean =>
  typeof x === 'string' && values.includes(x);

function isIdList(x: unknown, max = Infinity): boolean {
  if (!Array.isArray(x) || x.length > max) return false;
  for (let i = 0; i < x.length; i++) if (!(i in x) || !isId(x[i])) return false;
  return true;
}

function isRecord(x: unknown, value: (v: unknown) => boolean): boolean {
  if (!isPlain(x)) return false;
  const keys = Reflect.ownKeys(x);
  for (const k of keys)
    if (typeof k !== 'string' || !isId(k) || !Object.prototype.propertyIsEnumerable.call(x, k))
      return false;
  for (const k of keys) if (!value(x[k as string])) return false;
  return true;
}

function isSurvey(x: unknown): boolean {
  return (
    isPlain(x) &&
    keysAre(x, SURVEY) &&
    isOneOf(x.metric, METRIC_NAMES) &&
    isIn(x.sampleSize, SAMPLE)
  );
}

function isTouchpointPlan(x: unknown): boolean {
  return (
    isPlain(x) &&
    keysAre(x, TP_PLAN) &&
    isIn(x.investment, INVESTMENT) &&
    typeof x.redesign === 'boolean' &&
    typeof x.removed === 'boolean'
  );
}

function isChannelPlan(x: unknown): boolean {
  return (
    isPlain(x) &&
    keysAre(x, CHANNEL) &&
    typeof x.open === 'boolean' &&
    isIn(x.funding, FUNDING) &&
    isIn(x.capacity, CAPACITY) &&
    typeof x.connected === 'boolean'
  );
}
