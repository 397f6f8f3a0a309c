import type { Scenario } from '../../engine';
import { LEVERS, type Lever, type StrategySpec } from './levers';
import { playStrategy } from './play';
import { scorecardScore } from './score';
import { randomStrategies, scriptedStrategies } from './strategies';

export interface StrategyResult {
  id: string;
  kind: StrategySpec['kind'];
  levers: Lever[];
  promise: string;
  /** Mean balanced-scorecard score (0–100) over the seeds. */
  score: number;
  /** Mean true NPS of the last two quarters over the seeds. */
  nps: number;
  csat: number;
  profit: number;
}

export interface BalanceSummary {
  level: string;
  revision: number;
  seed: number;
  seeds: number;
  games: number;
  doNothing: {
    score: number;
    nps: number;
    csat: number;
    sectorNps: [number, number];
    nearSector: boolean;
  };
  distribution: { min: number; p25: number; median: number; p75: number; max: number };
  best: StrategyResult[];
  topBand: { from: number; strategies: string[]; promises: string[] };
  leverEffects: Record<Lever, number>;
  dominantLever: Lever | null;
  /** Plans whose outcome (last two quarters' NPS) lies beyond what the sector's leaders reach. */
  beyondLeaders: string[];
  checks: {
    threeStrategiesOnTop: boolean;
    noSingleLeverOnTop: boolean;
    doNothingNearSector: boolean;
  };
}

export interface BalanceOptions {
  /** Random plans on top of the scripted ones. */
  games: number;
  seed: number;
  /** Seeds each plan is played on. */
  seeds: number;
}

/** Points below the best score that still count as the top band. */
export const TOP_BAND = 5;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r1 = (x: number) => Math.round(x * 10) / 10;
const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))]!;

function run(s: Scenario, spec: StrategySpec, o: BalanceOptions): StrategyResult {
  const games = Array.from({ length: o.seeds }, (_, i) => playStrategy(s, spec, o.seed + i));
  const lastTwo = (f: (x: (typeof games)[0]['outcomes'][0]) => number) =>
    mean(games.map((g) => mean(g.outcomes.slice(-2).map(f))));
  return {
    id: spec.id,
    kind: spec.kind,
    levers: spec.levers,
    promise: spec.promise,
    score: r1(mean(games.map((g) => scorecardScore(s, g.outcomes)))),
    nps: r1(lastTwo((x) => x.true.nps)),
    csat: r1(lastTwo((x) => x.true.csat)),
    profit: Math.round(lastTwo((x) => x.true.profit)),
  };
}

/** Plays the scripted and random plans and sums up what balance looks like. */
export function balanceOf(s: Scenario, o: BalanceOptions): BalanceSummary {
  const specs = [...scriptedStrategies(s), ...randomStrategies(s, o.games, o.seed)];
  const results = specs.map((spec) => run(s, spec, o));
  const idle = results.find((x) => x.kind === 'idle')!;
  const plans = results.filter((x) => x.kind !== 'idle');
  const ranked = [...plans].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const from = r1(ranked[0]!.score - TOP_BAND);
  const top = ranked.filter((x) => x.score >= from);
  const sorted = results.map((x) => x.score).sort((a, b) => a - b);
  // A lever's effect: mean score of random plans that pull it minus those that do not.
  const random = results.filter((x) => x.kind === 'random');
  const leverEffects = Object.fromEntries(
    LEVERS.map((l) => {
      const on = random.filter((x) => x.levers.includes(l)).map((x) => x.score);
      const off = random.filter((x) => !x.levers.includes(l)).map((x) => x.score);
      return [l, on.length && off.length ? r1(mean(on) - mean(off)) : 0];
    }),
  ) as Record<Lever, number>;
  const positive = LEVERS.map((l) => Math.max(0, leverEffects[l]));
  const total = positive.reduce((a, b) => a + b, 0);
  const strongest = LEVERS[positive.indexOf(Math.max(...positive))]!;
  const singleOnTop = top.filter((x) => x.levers.length === 1);
  // Dominance: one lever alone reaches the top, or it carries more than all others together.
  const dominantLever: Lever | null = singleOnTop.length
    ? singleOnTop[0]!.levers[0]!
    : total > 0 && Math.max(...positive) > total - Math.max(...positive)
      ? strongest
      : null;
  const { sectorNps, leadersNps } = s.calibration;
  const nearSector = idle.nps >= sectorNps[0] && idle.nps <= sectorNps[1];
  const promises = [...new Set(top.map((x) => x.promise))].sort();
  return {
    level: s.id,
    revision: s.revision,
    seed: o.seed,
    seeds: o.seeds,
    games: results.length * o.seeds,
    doNothing: { score: idle.score, nps: idle.nps, csat: idle.csat, sectorNps, nearSector },
    distribution: {
      min: sorted[0]!,
      p25: quantile(sorted, 0.25),
      median: quantile(sorted, 0.5),
      p75: quantile(sorted, 0.75),
      max: sorted[sorted.length - 1]!,
    },
    best: ranked.slice(0, 5),
    topBand: { from, strategies: top.map((x) => x.id), promises },
    leverEffects,
    dominantLever,
    beyondLeaders: results.filter((x) => x.nps > leadersNps[1]).map((x) => x.id),
    checks: {
      threeStrategiesOnTop: promises.length >= 3,
      noSingleLeverOnTop: singleOnTop.length === 0,
      doNothingNearSector: nearSector,
    },
  };
}
