/**
 * The debrief of a finished (or lost) game: why each score moved, what was believed beside what
 * was true, the scorecard against the targets, what each pillar cost and moved, and the lessons.
 * Everything is computed from scenario + seed + difficulty + decision log by replaying the engine.
 */
import {
  attributeSteps,
  PILLARS,
  playGame,
  runToEnd,
  SCORES,
  type GameAttribution,
  type Pillar,
  type Score,
} from './attribution';
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
  /** Points of NPS the pillar's decisions moved, summed over the quarters. */
  nps: number;
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

function actualOf(metric: string, o: QuarterOutcome): number {
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

export function scorecardOf(scenario: Scenario, outcomes: QuarterOutcome[]): ScorecardLine[] {
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

function pillarsOf(outcomes: QuarterOutcome[], attribution: GameAttribution): PillarSummary[] {
  return PILLARS.map((pillar) => {
    // Channels are part of the customer-journey pillar.
    const spent = outcomes.reduce(
      (a, o) => a + o.costs[pillar] + (pillar === 'journey' ? o.costs.channels : 0),
      0,
    );
    const nps = attribution.game.nps.drivers.find((d) => d.id === pillar)?.delta ?? 0;
    return { pillar, spent: Math.round(spent), nps };
  });
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
  const total = outcomes.length;
  yield { done: 0, total };
  const steps = attributeSteps(scenario, log, played);
  let step = steps.next();
  while (!step.done) {
    yield { done: step.value, total };
    step = steps.next();
  }
  const attribution = step.value;
  return {
    quarters: outcomes.length,
    gameOver: outcomes[outcomes.length - 1]!.gameOver,
    attribution,
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
    pillars: pillarsOf(outcomes, attribution),
    lessons: lessonsOf(scenario, log, outcomes, attribution),
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
