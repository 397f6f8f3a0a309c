import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultDecisions,
  newGame,
  playQuarter,
  type GameState,
  type Scenario,
} from '../../engine';
import { walkUsed } from '../../engine/kernel/walkKernel';
import { modelOf } from '../../engine/model';
import { handOnPool } from '../../engine/poolArrays';
import { streamKey } from '../../engine/rng';
import { readLevelFile } from '../../content/readLevelFile';
import { median, pairedRatio } from './stats';

export interface EngineBenchOptions {
  levelsDir: string;
  games: number;
  heapGames: number;
  now: () => number;
  gc: (() => void) | null;
}

export interface EngineBenchResult {
  scenario: string;
  customers: number;
  touchpoints: number;
  quarters: number;
  games: number;
  /** The walk the engine used: WebAssembly, or TypeScript where that cannot run. */
  walk: 'wasm' | 'ts';
  msPerGame: number;
  evaluationsPerSecond: number;
  bareMsPerGame: number;
  bareEvaluationsPerSecond: number;
  kernelRatio: number;
  /** The same games keeping every state (not budgeted): ms per game and ratio to the bare loop. */
  keptMsPerGame: number;
  keptRatio: number;
  /** One quarter replayed from a mid-game state (what the debrief's counterfactuals do). */
  quarterReplayMs: number;
  /** The process's first game, before the JIT has compiled anything (shown, not budgeted). */
  firstGameMs: number;
  /** Games played before timing, until the JIT has settled. */
  warmupGames: number;
  heap: { games: number; beforeMB: number; afterMB: number; growthMB: number };
}

/** The largest scenario in the levels folder (customers × touchpoints). */
export function largestScenario(levelsDir: string): Scenario {
  let best: Scenario | null = null;
  let size = -1;
  for (const f of readdirSync(levelsDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const r = readLevelFile(join(levelsDir, f));
    if (!r.ok) continue;
    const s = r.value;
    const n = s.population.customers * s.stages.reduce((a, st) => a + st.touchpoints.length, 0);
    if (n > size) {
      size = n;
      best = s;
    }
  }
  if (!best) throw new Error(`no valid level in ${levelsDir}`);
  return best;
}

/**
 * One game with the company's own settings every quarter; returns the customer-touchpoint slots
 * walked. `hand`: each state is handed on to the next quarter (handOnPool), as the engine's own
 * chains of quarters do (replays, the debrief's counterfactuals, which are what the budget is for);
 * otherwise every state is kept, as the live game keeps the one it shows.
 */
function playGame(scenario: Scenario, seed: number, hand = true): number {
  let state: GameState = newGame(scenario, seed, 'normal');
  let slots = 0;
  const T = scenario.stages.reduce((a, st) => a + st.touchpoints.length, 0);
  while (!state.finished) {
    if (hand) handOnPool(state);
    const step = playQuarter(scenario, state, defaultDecisions(scenario, state));
    slots += step.outcome.true.simulatedCustomers * T;
    state = step.state;
  }
  return slots;
}

/**
 * The reference: per customer × touchpoint × quarter one draw from the same counter-based
 * generator and one multiply-add per quality dimension, over typed arrays.
 */
export function bareLoop(
  customers: number,
  touchpoints: number,
  quarters: number,
  seed: number,
): number {
  const W = new Float64Array(touchpoints * 5);
  for (let i = 0; i < W.length; i++) W[i] = ((i * 7) % 5) / 10 + 0.1;
  const acc = new Float64Array(customers * 5);
  let check = 0;
  for (let q = 0; q < quarters; q++) {
    const key = streamKey(seed, q, 0x5bd1e995);
    for (let i = 0; i < customers; i++) {
      const rowKey = key ^ Math.imul(i, 0x27d4eb2f);
      const a = i * 5;
      for (let t = 0; t < touchpoints; t++) {
        let r = rowKey ^ Math.imul(t + 1, 0x9e3779b1);
        r ^= r >>> 16;
        r = Math.imul(r, 0x85ebca6b);
        r ^= r >>> 13;
        r = Math.imul(r, 0xc2b2ae35);
        r ^= r >>> 16;
        const x = (r >>> 0) * (1 / 4294967296);
        const w = t * 5;
        acc[a] = acc[a]! + W[w]! * x;
        acc[a + 1] = acc[a + 1]! + W[w + 1]! * x;
        acc[a + 2] = acc[a + 2]! + W[w + 2]! * x;
        acc[a + 3] = acc[a + 3]! + W[w + 3]! * x;
        acc[a + 4] = acc[a + 4]! + W[w + 4]! * x;
      }
    }
  }
  for (let i = 0; i < acc.length; i += 97) check += acc[i]!;
  return check;
}

/** Median time to replay quarter 5 from its starting state, as the debrief does per counterfactual. */
function timeQuarterReplay(scenario: Scenario, runs: number, now: () => number): number {
  let state: GameState = newGame(scenario, 77, 'normal');
  for (let q = 0; q < Math.min(4, scenario.quarters - 1); q++)
    state = playQuarter(scenario, state, defaultDecisions(scenario, state)).state;
  const decisions = defaultDecisions(scenario, state);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    playQuarter(scenario, state, decisions);
    times.push(now() - t0);
  }
  return median(times);
}

/**
 * Games played before timing. V8 compiles in tiers: the quarter's functions run once a quarter,
 * so they reach optimised code only after some 20–40 games (measured here: about 20 ms a game
 * at first, 11–13 ms after 10 games, 9–10 ms from about 40). The budget is for the settled
 * speed, which is what the debrief's hundreds of replays run at; the first game is reported too.
 */
const WARMUP_GAMES = 50;

export function runEngineBench(o: EngineBenchOptions): EngineBenchResult {
  const scenario = largestScenario(o.levelsDir);
  const T = scenario.stages.reduce((a, st) => a + st.touchpoints.length, 0);
  const Q = scenario.quarters;
  let t0 = o.now();
  const avgCustomers = Math.round(playGame(scenario, 999) / (T * Q));
  const firstGameMs = o.now() - t0;
  // Warm up both so the JIT has compiled them.
  for (let i = 0; i < WARMUP_GAMES; i++) playGame(scenario, 1000 + i);
  for (let i = 0; i < 10; i++) playGame(scenario, 2000 + i, false);
  for (let i = 0; i < WARMUP_GAMES; i++) bareLoop(avgCustomers, T, Q, i);
  const engineTimes: number[] = [];
  const bareTimes: number[] = [];
  const keptTimes: number[] = [];
  let slots = 0;
  let sink = 0;
  for (let g = 0; g < o.games; g++) {
    t0 = o.now();
    slots = playGame(scenario, g + 1);
    engineTimes.push(o.now() - t0);
    t0 = o.now();
    sink += bareLoop(avgCustomers, T, Q, g + 1);
    bareTimes.push(o.now() - t0);
    t0 = o.now();
    playGame(scenario, g + 1, false);
    keptTimes.push(o.now() - t0);
  }
  const msPerGame = median(engineTimes);
  const bareMsPerGame = median(bareTimes);
  // This machine's speed drifts for seconds at a time (other work on the host): a game and the
  // bare loop timed next to each other share the drift, so the ratio is the median of those
  // pairs' ratios rather than the ratio of two medians that may come from different moments.
  const ratio = pairedRatio(engineTimes, bareTimes);
  const keptRatio = pairedRatio(keptTimes, bareTimes);
  const quarterReplayMs = timeQuarterReplay(scenario, o.games, o.now);
  o.gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let g = 0; g < o.heapGames; g++) playGame(scenario, 5000 + g);
  o.gc?.();
  const after = process.memoryUsage().heapUsed;
  const mb = (x: number) => Math.round((x / 1048576) * 100) / 100;
  return {
    scenario: scenario.id,
    customers: avgCustomers,
    touchpoints: T,
    quarters: Q,
    games: o.games,
    walk: walkUsed(modelOf(scenario)),
    msPerGame: Math.round(msPerGame * 100) / 100,
    evaluationsPerSecond: Math.round(slots / (msPerGame / 1000)),
    bareMsPerGame: Math.round(bareMsPerGame * 100) / 100 + (sink === -1 ? 1 : 0),
    bareEvaluationsPerSecond: Math.round((avgCustomers * T * Q) / (bareMsPerGame / 1000)),
    kernelRatio: Math.round(ratio * 100) / 100,
    keptMsPerGame: Math.round(median(keptTimes) * 100) / 100,
    keptRatio: Math.round(keptRatio * 100) / 100,
    quarterReplayMs: Math.round(quarterReplayMs * 100) / 100,
    firstGameMs: Math.round(firstGameMs * 100) / 100,
    warmupGames: WARMUP_GAMES,
    heap: {
      games: o.heapGames,
      beforeMB: mb(before),
      afterMB: mb(after),
      growthMB: mb(after - before),
    },
  };
}

export function engineReport(r: EngineBenchResult): string {
  return [
    `engine: ${r.scenario}, ${r.customers} customers × ${r.touchpoints} touchpoints × ${r.quarters} quarters, ${r.walk === 'wasm' ? 'WebAssembly' : 'TypeScript'} walk`,
    `  ${r.msPerGame} ms per game (median of ${r.games}, after ${r.warmupGames} warm-up games), ${(r.evaluationsPerSecond / 1e6).toFixed(1)} M customer-touchpoints/s`,
    `  the process's first game (before the JIT has compiled): ${r.firstGameMs} ms`,
    `  bare loop: ${r.bareMsPerGame} ms, ${(r.bareEvaluationsPerSecond / 1e6).toFixed(1)} M/s; ratio ${r.kernelRatio}× (median of the pairs; budget ≤ 2.5×, ≤ 15 ms)`,
    `  the same games keeping every state (as the live game does; not budgeted): ${r.keptMsPerGame} ms, ${r.keptRatio}×`,
    `  one quarter replayed from a saved state: ${r.quarterReplayMs} ms`,
    `  heap over ${r.heap.games} games: ${r.heap.beforeMB} MB → ${r.heap.afterMB} MB (${r.heap.growthMB >= 0 ? '+' : ''}${r.heap.growthMB} MB)`,
  ].join('\n');
}
