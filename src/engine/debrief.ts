/**
 * The debrief of a finished (or lost) game: why each score moved, what was believed beside what
 * was true, the scorecard against the targets, what each pillar cost and moved, and the lessons.
 * Everything is computed from scenario + seed + difficulty + decision log by replaying the engine.
 */
import {
  attributeSteps,
  DRIVER_GROUPS,
  PILLARS,
  playGame,
  runToEnd,
  SCORES,
  type GameAttribution,
  type Pillar,
  type Score,
} from './attribution';
import { Counterfactuals } from './counterfactual';
import { lessonsOf, type Lesson } from './lessons';
import type { Difficulty } from './schema/common';
import type { DecisionLog } from './schema/decisions';
import type { QuarterOutcome } from './schema/outcome';
import type { Scenario } from './schema/scenario';

export interface BelievedScore {
  /** What the player's surveys said; null where nothing was measured. */
  measured: number | null;
  margin: number | null;
  true: number;
  /** measured − true; null where nothing was measured. */
  error: number | null;
}

export interface BelievedQuarter {
  quarter: number;
  nps: BelievedScore;
  csat: BelievedScore;
  ces: BelievedScore;
  responses: number;
  /** Gap 1 (0–1): how little management knows of what customers expect. */
  knowledgeGap: number;
}

export interface BelievedTouchpoint {
  id: string;
  /** The metric surveyed there in the last quarter; 'none' where nothing was measured. */
  metric: 'none' | Score;
  measured: number | null;
  margin: number | null;
  /** The true value of the same metric (CSAT where nothing was measured). */
  true: number | null;
  responses: number;
  /** Quarters of the game in which this touchpoint was surveyed. */
  quartersMeasured: number;
}

export interface ScorecardLine {
  id: string;
  name: string;
  perspective: string;
  metric: string;
  direction: 'atLeast' | 'atMost';
  target: number;
  actual: number;
  met: boolean;
}

export interface PillarSummary {
  pillar: Pillar;
  /** Spent on the pillar over the game (k€). */
  spent: number;
  /** Spent beyond what the settings as found would have cost (k€): the pillar's investment. */
  extraSpent: number;
  /** Points of NPS the pillar's decisions account for at the end of the game (in force). */
  nps: number;
  /**
   * Return, from the replay with the pillar's decisions taken away in every quarter: profit over
   * the game (k€), retention in the last quarter (points) and customer lifetime value (€ per
   * customer) as played minus as replayed.
   */
  profit: number;
  retention: number;
  clv: number;
}

export interface Debrief {
  quarters: number;
  gameOver: boolean;
  attribution: GameAttribution;
  believed: { quarters: BelievedQuarter[]; touchpoints: BelievedTouchpoint[] };
  scorecard: ScorecardLine[];
  pillars: PillarSummary[];
  lessons: Lesson[];
}

function believedScore(o: QuarterOutcome, s: Score): BelievedScore {
  const measured = o.measured[s];
  return {
    measured,
    margin: o.measured.marginOfError[s],
    true: o.true[s],
    error: measured === null ? null : Math.round((measured - o.true[s]) * 100) / 100,
  };
}

function believedTouchpoints(outcomes: QuarterOutcome[]): BelievedTouchpoint[] {
  const last = outcomes[outcomes.length - 1]!;
  return last.touchpoints
    .filter((t) => !t.removed)
    .map((t) => {
      const metric = t.measured.metric;
      return {
        id: t.id,
        metric,
        measured: t.measured.score,
        margin: t.measured.marginOfError,
        true: metric === 'none' ? t.true.csat : t.true[metric],
        responses: t.measured.responses,
        quartersMeasured: outcomes.filter((o) =>
          o.touchpoints.some((x) => x.id === t.id && x.measured.metric !== 'none'),
        ).length,
      };
    });
}

function actualOf(metric: string, o: Pick<QuarterOutcome, 'true'>): number {
  switch (metric) {
    case 'knowledgeGap':
      return o.true.gaps.knowledge;
    case 'nps':
    case 'csat':
    case 'ces':
    case 'retention':
    case 'customers':
    case 'reputation':
    case 'engagement':
    case 'profit':
    case 'cash':
      return o.true[metric];
    default:
      return NaN;
  }
}

/** Needs only each quarter's true figures (a class keeps no more of a team's outcomes). */
export function scorecardOf(
  scenario: Scenario,
  outcomes: readonly Pick<QuarterOutcome, 'true'>[],
): ScorecardLine[] {
  const last = outcomes[outcomes.length - 1]!;
  return scenario.targets.map((t) => {
    const actual = actualOf(t.metric, last);
    return {
      id: t.id,
      name: t.name,
      perspective: t.perspective,
      metric: t.metric,
      direction: t.direction,
      target: t.value,
      actual,
      met: t.direction === 'atLeast' ? actual >= t.value : actual <= t.value,
    };
  });
}

/**
 * Customer lifetime value (€ per customer) at a quarter: what a customer brings in beyond what
 * serving them costs, per quarter, times the quarters a customer stays on average at this
 * retention (1 / churn, at most 40 quarters).
 */
export function lifetimeValue(scenario: Scenario, o: QuarterOutcome): number {
  if (o.true.customers <= 0) return 0;
  // What serving the customers cost as the quarter charged it: operations (all that was not a
  // decision's cost) carry the price position's cost to serve, so the per-customer part is their
  // share of it.
  const { fixedCosts, costPerCustomer } = scenario.company;
  const perCustomer = costPerCustomer * o.true.simulatedCustomers;
  const operations = o.true.revenue - o.true.profit - o.costs.total;
  const toServe = perCustomer > 0 ? (operations * perCustomer) / (fixedCosts + perCustomer) : 0;
  const margin = (o.true.revenue - toServe) / o.true.customers;
  const churn = Math.max(1 / 40, 1 - o.true.retention / 100);
  return margin * 1000 * (1 / churn);
}

const pillarSpend = (o: QuarterOutcome, pillar: Pillar) =>
  o.costs[pillar] + (pillar === 'journey' ? o.costs.channels : 0);

function pillarsOf(cf: Counterfactuals, attribution: GameAttribution): PillarSummary[] {
  const sum = (os: QuarterOutcome[], f: (o: QuarterOutcome) => number) =>
    os.reduce((a, o) => a + f(o), 0);
  const last = (os: QuarterOutcome[]) => os[os.length - 1]!;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  // Each return is the pillar's effect as the attribution finds it: its decisions taken away in
  // every quarter they were in force (the same replays, no new ones).
  return PILLARS.map((pillar) => ({
    pillar,
    spent: Math.round(sum(cf.actual, (o) => pillarSpend(o, pillar))),
    extraSpent: Math.round(cf.effect(pillar, (os) => sum(os, (o) => pillarSpend(o, pillar)))),
    nps: attribution.game.nps.drivers.find((d) => d.id === pillar)?.delta ?? 0,
    profit: Math.round(cf.effect(pillar, (os) => sum(os, (o) => o.true.profit))),
    retention: r1(cf.effect(pillar, (os) => last(os).true.retention)),
    clv: Math.round(cf.effect(pillar, (os) => lifetimeValue(cf.scenario, last(os)))),
  }));
}

/**
 * The whole debrief of a game, one quarter's attribution per step (yields quarters done and the
 * total), so a screen can show progress and stay responsive; `debriefOf` runs it to the end.
 */
export function* debriefSteps(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): Generator<{ done: number; total: number }, Debrief> {
  const played = playGame(scenario, seed, difficulty, log);
  const outcomes = played.outcomes;
  const cf = new Counterfactuals(scenario, seed, difficulty, log, outcomes, played.states);
  // The attribution's replays, then one step for the lessons and the pillars' returns.
  const steps = attributeSteps(scenario, log, played, cf);
  let step = steps.next();
  let total = 1;
  yield { done: 0, total: 2 * DRIVER_GROUPS.length };
  while (!step.done) {
    total = step.value.total + 1;
    yield { done: step.value.done, total };
    step = steps.next();
  }
  const attribution = step.value;
  const lessons = lessonsOf(cf);
  const pillars = pillarsOf(cf, attribution);
  yield { done: total, total };
  return {
    quarters: outcomes.length,
    gameOver: outcomes[outcomes.length - 1]!.gameOver,
    attribution: { ...attribution, replays: outcomes.length + cf.plays },
    believed: {
      quarters: outcomes.map((o) => ({
        quarter: o.quarter,
        nps: believedScore(o, 'nps'),
        csat: believedScore(o, 'csat'),
        ces: believedScore(o, 'ces'),
        responses: o.measured.responses,
        knowledgeGap: o.true.gaps.knowledge,
      })),
      touchpoints: believedTouchpoints(outcomes),
    },
    scorecard: scorecardOf(scenario, outcomes),
    pillars,
    lessons,
  };
}

/** The whole debrief of a game. */
export function debriefOf(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): Debrief {
  return runToEnd(debriefSteps(scenario, seed, difficulty, log));
}

/** The headless shape (`npm run sim -- --debrief --json`). */
export function debriefSummary(debrief: Debrief) {
  return {
    attribution: debrief.attribution.quarters.map((q) => ({
      quarter: q.quarter,
      ...Object.fromEntries(
        SCORES.map((s) => [
          s,
          { from: q[s].from, to: q[s].to, total: q[s].total, drivers: q[s].drivers },
        ]),
      ),
    })),
    game: debrief.attribution.game,
    lessons: debrief.lessons,
    believed: debrief.believed,
    scorecard: debrief.scorecard,
    pillars: debrief.pillars,
  };
}
