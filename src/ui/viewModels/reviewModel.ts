import type { MeasuredStatus, QuarterDecisions, QuarterOutcome, Scenario } from '../../engine';
import {
  commentsOf,
  type ReviewComment,
  ENGAGEMENT_UNCERTAINTY,
  estimate,
  GAP_UNCERTAINTY,
  listeningOf,
  type Estimate,
} from './reviewListening';

export type SurveyedMetric = 'nps' | 'csat' | 'ces';
export const SURVEYED_METRICS: readonly SurveyedMetric[] = ['nps', 'csat', 'ces'];

/** The range each metric lives in, for charts and the heat map. */
export const METRIC_RANGE: Record<SurveyedMetric, [number, number]> = {
  nps: [-100, 100],
  csat: [0, 100],
  ces: [1, 7],
};

export interface MeasuredFigure {
  metric: SurveyedMetric;
  /** null: no survey asked this question this quarter, or too few answered (see `status`). */
  value: number | null;
  /** Measured, asked but not enough answers to report, or not asked. */
  status: MeasuredStatus;
  /** 95% margin of error, null when not measured. */
  margin: number | null;
  /**
   * Change since the previous quarter's measurement of the same metric over the same touchpoints;
   * null when either is missing or they measured different things.
   */
  change: number | null;
  /** Whether the change is beyond the margin of error of a difference of the two measurements. */
  significant: boolean;
}

export interface TrendSeries {
  id: string;
  labelKey: string;
  /** One value per quarter played so far; null where nothing was measured. */
  values: (number | null)[];
}

export interface HeatCell {
  touchpoint: string;
  nameKey: string;
  stage: number;
  row: number;
  metric: SurveyedMetric | null;
  score: number | null;
  /** A survey asked here, but too few answered to give a score. */
  notEnough: boolean;
  /** The score on 0 (worst) … 1 (best) for colouring, null when not measured or removed. */
  level: number | null;
  responses: number;
  margin: number | null;
  contacts: number;
  removed: boolean;
}

export interface DriverChange {
  /** Locale key naming the driver. */
  key: string;
  /** Points the driver moved the score by since last quarter. */
  change: number;
}

/** What moved one score this quarter: its total change and the drivers behind it, biggest first. */
export interface ScoreDrivers {
  score: SurveyedMetric;
  total: number | null;
  drivers: DriverChange[];
}

export interface ReviewModel {
  quarter: number;
  quarters: number;
  measured: MeasuredFigure[];
  responses: number;
  invitations: number;
  responseRate: number | null;
  money: { revenue: number; cost: number; profit: number; cash: number };
  moneyTrend: TrendSeries[];
  metricTrend: TrendSeries[];
  /** Staff engagement as the player can estimate it (unknown without leaders on the floor). */
  engagement: Estimate;
  /** The five gaps as estimates whose uncertainty narrows with listening; unknown without. */
  gaps: ({ id: keyof QuarterOutcome['true']['gaps'] } & Estimate)[];
  heat: HeatCell[];
  /** Comments heard at the listening posts run this quarter, each with its post (none without). */
  verbatims: ReviewComment[];
  /** Some comments are unsolicited (complaints, reviews): strong feelings, not a sample. */
  unsolicited: boolean;
  drivers: ScoreDrivers[];
  /**
   * On what the player can see, like with like: a measured score that moved beyond its margin of
   * error against the same measurement last quarter, else profit (counted, not sampled).
   */
  verdict: 'better' | 'worse' | 'level';
  /** What the verdict rests on: a measured score, profit, or nothing comparable (first quarter). */
  verdictBasis: SurveyedMetric | 'profit' | null;
}

/**
 * Where the drivers of each change come from: the engine's attribution when the scene can run it
 * (see reviewDrivers.ts), else the drivers the quarter outcome itself names.
 */
export type DriverSource = (results: readonly QuarterOutcome[], index: number) => ScoreDrivers[];

/** Biggest movers first, without the ones that did not move. */
export function rankDrivers(drivers: DriverChange[], limit = 4): DriverChange[] {
  return drivers
    .filter((d) => Math.abs(d.change) >= 0.05)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, limit);
}

/** The drivers of NPS the quarter outcome names, as the change against the quarter before. */
export const outcomeDrivers: DriverSource = (results, index) => {
  const current = results[index]!;
  const previous = results[index - 1];
  const before = new Map((previous?.drivers ?? []).map((d) => [d.key, d.value]));
  const changes = current.drivers.map((d) => ({
    key: d.key,
    change: round1(d.value - (before.get(d.key) ?? 0)),
  }));
  return [
    {
      score: 'nps',
      total: previous ? round1(current.true.nps - previous.true.nps) : null,
      drivers: rankDrivers(changes),
    },
  ];
};

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Level 0…1 where 1 is best; CES counts ease (7 = effortless). */
export function levelOf(metric: SurveyedMetric, score: number): number {
  const [low, high] = METRIC_RANGE[metric];
  return Math.min(1, Math.max(0, (score - low) / (high - low)));
}

/** The touchpoints whose surveys answered a metric: what a measurement covers. */
function scopeOf(outcome: QuarterOutcome, metric: SurveyedMetric): string {
  return outcome.touchpoints
    .filter((t) => t.measured.metric === metric && t.measured.responses > 0)
    .map((t) => t.id)
    .sort()
    .join();
}

/** Why a figure has a value or none; outcomes saved before the engine said so read as not asked. */
function statusOf(
  outcome: QuarterOutcome,
  metric: SurveyedMetric,
  value: number | null,
): MeasuredStatus {
  if (value !== null) return 'measured';
  return outcome.measured.status?.[metric] === 'notEnough' ? 'notEnough' : 'notAsked';
}

function measuredValue(outcome: QuarterOutcome | undefined, metric: SurveyedMetric) {
  if (!outcome) return null;
  // A measurement without responses is no measurement, whatever the number says.
  if (outcome.measured.responses === 0) return null;
  return outcome.measured[metric];
}

/**
 * What the Review screen shows for quarter `index` (default: the last played): only what was
 * measured where the player listened, the money, the gaps, and what moved.
 */
export function buildReviewModel(
  scenario: Scenario,
  results: readonly QuarterOutcome[],
  index = results.length - 1,
  drivers: DriverSource = outcomeDrivers,
  log: readonly QuarterDecisions[] = [],
): ReviewModel {
  const outcome = results[index];
  if (!outcome) throw new Error(`No quarter ${index} to review`);
  const previous = results[index - 1];
  const upTo = results.slice(0, index + 1);

  const measured = SURVEYED_METRICS.map((metric): MeasuredFigure => {
    const value = measuredValue(outcome, metric);
    const before = measuredValue(previous, metric);
    const margin = value === null ? null : outcome.measured.marginOfError[metric];
    // Like with like: the same metric over the same touchpoints, else no change is shown.
    const comparable =
      value !== null && before !== null && scopeOf(outcome, metric) === scopeOf(previous!, metric);
    const change = comparable ? round1(value - before) : null;
    const m0 = previous?.measured.marginOfError[metric] ?? null;
    // The margin of a difference of two independent measurements.
    const both = margin !== null && m0 !== null ? Math.sqrt(margin * margin + m0 * m0) : null;
    return {
      metric,
      value,
      status: statusOf(outcome, metric, value),
      margin,
      change,
      significant: change !== null && both !== null && Math.abs(change) > both,
    };
  });

  const touchpoints = new Map(outcome.touchpoints.map((t) => [t.id, t]));
  const heat: HeatCell[] = scenario.stages.flatMap((stage, s) =>
    stage.touchpoints.map((touchpoint, row): HeatCell => {
      const result = touchpoints.get(touchpoint.id);
      const metric =
        result && result.measured.metric !== 'none' && result.measured.responses > 0
          ? result.measured.metric
          : null;
      const score = metric ? result!.measured.score : null;
      return {
        touchpoint: touchpoint.id,
        nameKey: touchpoint.name,
        stage: s,
        row,
        metric,
        score,
        notEnough:
          !!result &&
          !result.removed &&
          result.measured.metric !== 'none' &&
          result.measured.sampleSize > 0 &&
          result.measured.score === null,
        level: metric && score !== null ? levelOf(metric, score) : null,
        responses: result?.measured.responses ?? 0,
        margin: metric ? (result?.measured.marginOfError ?? null) : null,
        contacts: result?.contacts ?? 0,
        removed: result?.removed ?? false,
      };
    }),
  );

  // A measured score compared with itself, then profit; CES counts ease, so higher is better too.
  const compared = measured.find((f) => f.change !== null);
  let verdict: ReviewModel['verdict'] = 'level';
  let verdictBasis: ReviewModel['verdictBasis'] = null;
  if (compared) {
    verdictBasis = compared.metric;
    if (compared.significant) verdict = compared.change! > 0 ? 'better' : 'worse';
  } else if (previous) {
    verdictBasis = 'profit';
    const profitChange = outcome.true.profit - previous.true.profit;
    verdict = profitChange > 0 ? 'better' : profitChange < 0 ? 'worse' : 'level';
  }
  const listening = listeningOf(outcome, log[index], log[index - 1]);
  const leaders = log[index]?.understanding.leadersDays ?? 0;

  return {
    quarter: outcome.quarter,
    quarters: scenario.quarters,
    measured,
    responses: outcome.measured.responses,
    invitations: outcome.measured.invitations,
    responseRate: outcome.measured.responseRate,
    money: {
      revenue: outcome.true.revenue,
      cost: outcome.true.cost,
      profit: outcome.true.profit,
      cash: outcome.true.cash,
    },
    moneyTrend: [
      { id: 'revenue', labelKey: 'play.review.revenue', values: upTo.map((o) => o.true.revenue) },
      { id: 'cost', labelKey: 'play.review.cost', values: upTo.map((o) => o.true.cost) },
      { id: 'profit', labelKey: 'play.review.profit', values: upTo.map((o) => o.true.profit) },
    ],
    metricTrend: SURVEYED_METRICS.map((metric) => ({
      id: metric,
      labelKey: `engine.metric.${metric}`,
      values: upTo.map((o) => measuredValue(o, metric)),
    })),
    engagement: estimate(
      outcome.true.engagement,
      Math.min(0.85, 0.3 * leaders),
      ENGAGEMENT_UNCERTAINTY,
      [0, 100],
      [outcome.quarter, 'engagement', outcome.true.revenue],
    ),
    gaps: (['knowledge', 'standards', 'delivery', 'communication', 'customer'] as const).map(
      (id) => ({
        id,
        ...estimate(
          outcome.true.gaps[id],
          listening,
          GAP_UNCERTAINTY,
          [0, 1],
          [outcome.quarter, id, outcome.true.revenue],
        ),
      }),
    ),
    heat,
    verbatims: commentsOf(scenario, outcome),
    unsolicited: outcome.verbatims.some((v) => v.source !== 'survey'),
    drivers: drivers(results, index),
    verdict,
    verdictBasis,
  };
}

/** One line of the "why did it move?" list, before it is put into words. */
export type DriverLine =
  /** A score the player measured, with its measured change (null: nothing to compare with) and
   * whether that change is beyond its margin of error. */
  | { kind: 'score'; score: SurveyedMetric; change: number | null; significant: boolean }
  /** One reason: its share of all the movement (0…1) and which way it pushed. */
  | { kind: 'driver'; key: string; share: number; direction: 1 | -1 }
  /** Nothing moved this score noticeably. */
  | { kind: 'still' }
  /** A score nobody measured: what moved it is as hidden as the score itself. */
  | { kind: 'unmeasured'; score: SurveyedMetric }
  /** Measured now but not the same way before: no measured move, so nothing to explain yet. */
  | { kind: 'first'; score: SurveyedMetric };

/**
 * The drivers as the Review shows them. The engine's attribution splits the *true* change, which
 * only listening may reveal: so a score is explained only where it was measured, next to its
 * measured change, and each reason shows its share of the movement and its direction rather than
 * true points (which would add up to the true change).
 */
export function driverLines(
  scores: readonly ScoreDrivers[],
  measured: readonly MeasuredFigure[],
  perScore = 2,
): DriverLine[] {
  const lines: DriverLine[] = [];
  for (const s of scores) {
    const figure = measured.find((m) => m.metric === s.score);
    if (!figure || figure.value === null) {
      lines.push({ kind: 'unmeasured', score: s.score });
      continue;
    }
    if (figure.change === null) {
      lines.push({ kind: 'first', score: s.score });
      continue;
    }
    lines.push({
      kind: 'score',
      score: s.score,
      change: figure.change,
      significant: figure.significant,
    });
    const movement = s.drivers.reduce((sum, d) => sum + Math.abs(d.change), 0);
    if (movement === 0) {
      lines.push({ kind: 'still' });
      continue;
    }
    for (const d of s.drivers.slice(0, perScore))
      lines.push({
        kind: 'driver',
        key: d.key,
        share: Math.abs(d.change) / movement,
        direction: d.change < 0 ? -1 : 1,
      });
  }
  return lines;
}

/**
 * The i18n keys of the Review's headline: the verdict, then what it rests on. A measured score
 * that moved less than its margin of error reads "about the same … within its margin of error",
 * never "beyond" it.
 */
export function verdictKeys(m: Pick<ReviewModel, 'verdict' | 'verdictBasis'>): string[] {
  if (m.verdictBasis === null) return ['play.review.verdict.none'];
  const within = m.verdict === 'level' && m.verdictBasis !== 'profit';
  return [
    `play.review.verdict.${m.verdict}`,
    `play.review.${within ? 'verdictBasisWithin' : 'verdictBasis'}.${m.verdictBasis}`,
  ];
}
