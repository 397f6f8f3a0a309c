/**
 * "Why did it move?": each quarter's change in true NPS, CSAT and CES split into its drivers by
 * replaying the whole game with decisions taken away (counterfactuals), never by estimating.
 *
 * A decision is credited for as long as it is in force, not only in the quarter it changed: a
 * group's effect in quarter q is what the game up to q loses when that group is reverted to the
 * company's settings as found in every quarter (and its delayed effects with it). Groups are
 * switched on one at a time from the game with none of them, once in a forward and once in the
 * reverse order; a group's effect is the mean of its two marginal effects, so the effects add up
 * exactly to the real game minus the game with no decision at all. A quarter's change is then each
 * group's change in effect, plus the carry-over: how the company with no decision and no event
 * would have moved by itself (reputation, customers coming and going, the market). The parts add up
 * to the change. Replays: at most 2 × groups − 1 games, fewer when fewer groups were ever used.
 */
import {
  Counterfactuals,
  DRIVER_GROUPS,
  PILLARS,
  type DriverGroup,
  type Pillar,
} from './counterfactual';
import { newGame } from './game';
import { playQuarter } from './quarter/play';
import type { Difficulty } from './schema/common';
import type { DecisionLog } from './schema/decisions';
import type { QuarterOutcome } from './schema/outcome';
import type { Scenario } from './schema/scenario';
import type { GameState } from './schema/state';

export { DRIVER_GROUPS, PILLARS };
export type { DriverGroup, Pillar };
export type DriverId = DriverGroup | 'carryOver';

export const SCORES = ['nps', 'csat', 'ces'] as const;
export type Score = (typeof SCORES)[number];

export interface Driver {
  id: DriverId;
  /** The pillar the driver belongs to; null for events and carry-over. */
  pillar: Pillar | null;
  /** Points of the score this driver moved it by. */
  delta: number;
}

export interface TouchpointShare {
  id: string;
  /** Points of the overall score moved through this touchpoint. */
  delta: number;
}

export interface SegmentShare {
  id: string;
  /** The segment's own score before and after. */
  from: number;
  to: number;
  /** Points of the overall score moved through this segment. */
  delta: number;
}

export interface ScoreAttribution {
  /** The score before (last quarter's; for the first quarter the company as found). */
  from: number;
  to: number;
  /** to − from; the drivers' deltas add up to it within rounding. */
  total: number;
  drivers: Driver[];
  /**
   * The change split over the touchpoints, where the score is an average over contacts (CSAT):
   * each touchpoint's own change times its share of contacts plus its change in share. Null for
   * NPS and CES, which are measured per customer over the whole journey.
   */
  byTouchpoint: TouchpointShare[] | null;
  /**
   * The change split over the segments. Each score is a weighted mean of the segments' own scores
   * (NPS over customers, CSAT over contacts, CES over customers with a service contact), so a
   * segment's part is its mean weight times its own change plus its change in weight times how far
   * its mean score lies from the overall mean; the parts add up to the change within rounding.
   */
  bySegment: SegmentShare[];
}

export interface QuarterAttribution {
  quarter: number;
  nps: ScoreAttribution;
  csat: ScoreAttribution;
  ces: ScoreAttribution;
  /** Change in real customers per segment (where the customer base moved). */
  bySegment: { id: string; from: number; to: number; delta: number }[];
}

export interface GameAttribution {
  quarters: QuarterAttribution[];
  /** The whole game: from the company as found to the last quarter, the quarters' drivers summed. */
  game: { nps: ScoreAttribution; csat: ScoreAttribution; ces: ScoreAttribution };
  /** Quarters replayed to compute it (the debrief's cost). */
  replays: number;
}

/** A game replayed once: the state before each quarter and each quarter's outcome. */
export interface PlayedGame {
  states: GameState[];
  outcomes: QuarterOutcome[];
}

export function playGame(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): PlayedGame {
  let state = newGame(scenario, seed, difficulty);
  const states: GameState[] = [];
  const outcomes: QuarterOutcome[] = [];
  for (const d of log) {
    if (state.finished) break;
    states.push(state);
    const step = playQuarter(scenario, state, d);
    outcomes.push(step.outcome);
    state = step.state;
  }
  return { states, outcomes };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function shareByTouchpoint(prev: QuarterOutcome | null, next: QuarterOutcome): TouchpointShare[] {
  const weights = (o: QuarterOutcome | null) => {
    const total = o ? o.touchpoints.reduce((a, t) => a + t.contacts, 0) : 0;
    return new Map(
      (o?.touchpoints ?? []).map((t) => [
        t.id,
        { w: total > 0 ? t.contacts / total : 0, c: t.true.csat ?? 0 },
      ]),
    );
  };
  const a = weights(prev);
  const b = weights(next);
  return next.touchpoints.map((t) => {
    const x = a.get(t.id) ?? { w: 0, c: 0 };
    const y = b.get(t.id)!;
    // Exact for a product: Δ(w·c) = mean(w)·Δc + mean(c)·Δw.
    const delta = ((x.w + y.w) / 2) * (y.c - x.c) + ((x.c + y.c) / 2) * (y.w - x.w);
    return { id: t.id, delta: round(delta) };
  });
}

const SEGMENT_SCORES = {
  nps: { score: 'npsBySegment', weight: 'customersBySegment' },
  csat: { score: 'csatBySegment', weight: 'contactsBySegment' },
  ces: { score: 'cesBySegment', weight: 'serviceBySegment' },
} as const;

export function shareBySegment(
  s: Score,
  prev: QuarterOutcome,
  next: QuarterOutcome,
): SegmentShare[] {
  const { score, weight } = SEGMENT_SCORES[s];
  const weights = (o: QuarterOutcome) => {
    // With no service contact at all, every segment's CES is the company's (the engine's
    // fallback), so any weights that sum to 1 give it back: the customers' are used.
    const own = o.true[weight];
    const w = Object.values(own).some((x) => x > 0) ? own : o.true.customersBySegment;
    const all = Object.values(w).reduce((a, b) => a + b, 0);
    return (id: string) => (all > 0 ? (w[id] ?? 0) / all : 0);
  };
  const wPrev = weights(prev);
  const wNext = weights(next);
  const ids = Object.keys(next.true[score]);
  const scoreOf = (o: QuarterOutcome, id: string) => o.true[score][id] ?? 0;
  const overall = (o: QuarterOutcome, w: (id: string) => number) =>
    ids.reduce((a, id) => a + w(id) * scoreOf(o, id), 0);
  // A change in weight counts against the overall mean (the weights' changes sum to 0), so a
  // segment that grows while scoring at the average moves nothing.
  const mean = (overall(prev, wPrev) + overall(next, wNext)) / 2;
  return ids.map((id) => {
    const from = scoreOf(prev, id);
    const to = scoreOf(next, id);
    const w0 = wPrev(id);
    const w1 = wNext(id);
    const delta = ((w0 + w1) / 2) * (to - from) + ((from + to) / 2 - mean) * (w1 - w0);
    return { id, from, to, delta: round(delta) };
  });
}

/** Attributes one quarter of a game (replays the game up to it, and its counterfactuals). */
export function attributeQuarter(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
  quarter: number,
): QuarterAttribution {
  const upTo = log.slice(0, quarter + 1);
  const game = playGame(scenario, seed, difficulty, upTo);
  if (quarter >= game.outcomes.length) throw new RangeError(`quarter ${quarter} was not played`);
  return attributeGame(scenario, seed, difficulty, upTo, game).quarters[quarter]!;
}

function sumScore(parts: ScoreAttribution[]): ScoreAttribution {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const drivers = first.drivers.map((d, i) => ({
    ...d,
    delta: round(parts.reduce((a, p) => a + p.drivers[i]!.delta, 0)),
  }));
  return {
    from: first.from,
    to: last.to,
    total: round(last.to - first.from),
    drivers,
    byTouchpoint: null,
    // The quarters' parts chain (each starts where the one before ended), so they add up.
    bySegment: last.bySegment.map((g) => ({
      id: g.id,
      from: first.bySegment.find((x) => x.id === g.id)?.from ?? 0,
      to: g.to,
      delta: round(
        parts.reduce((a, p) => a + (p.bySegment.find((x) => x.id === g.id)?.delta ?? 0), 0),
      ),
    })),
  };
}

/** The sets of groups switched on along both orders, from none to all, with each step's group. */
function chains(): { order: number[]; sets: Set<DriverGroup>[] }[] {
  const k = DRIVER_GROUPS.length;
  return [DRIVER_GROUPS.map((_, i) => i), DRIVER_GROUPS.map((_, i) => k - 1 - i)].map((order) => {
    const on = new Set<DriverGroup>();
    return {
      order,
      sets: order.map((i) => new Set(on.add(DRIVER_GROUPS[i]!))),
    };
  });
}

/**
 * Attributes a played game one counterfactual replay per step (so a screen can show progress
 * between steps; yields the replays done and the most there will be); returns the whole when
 * done. attributeGame is this run to the end. Pass `cf` to share its replays with the lessons.
 */
export function* attributeSteps(
  scenario: Scenario,
  log: DecisionLog,
  played: PlayedGame,
  cf?: Counterfactuals,
): Generator<{ done: number; total: number }, GameAttribution> {
  const actual = played.outcomes;
  const Q = actual.length;
  if (Q === 0) throw new RangeError('no quarter was played');
  const first = played.states[0]!;
  const game = cf ?? new Counterfactuals(scenario, first.seed, first.difficulty, log, actual);
  const before = game.plays;
  const k = DRIVER_GROUPS.length;
  const all = chains();
  const total = 2 * k - 1;
  let done = 0;
  const none = game.only(new Set());
  yield { done: ++done, total };
  // effect[s][i][q]: points of score s that group i accounts for in quarter q.
  const effect: Record<Score, number[][]> = {
    nps: DRIVER_GROUPS.map(() => new Array<number>(Q).fill(0)),
    csat: DRIVER_GROUPS.map(() => new Array<number>(Q).fill(0)),
    ces: DRIVER_GROUPS.map(() => new Array<number>(Q).fill(0)),
  };
  for (const { order, sets } of all) {
    let last = none;
    for (let step = 0; step < order.length; step++) {
      const i = order[step]!;
      const now = game.only(sets[step]!);
      for (const s of SCORES)
        for (let q = 0; q < Q; q++) effect[s][i]![q]! += (now[q]!.true[s] - last[q]!.true[s]) / 2;
      last = now;
      yield { done: ++done, total };
    }
  }
  const quarters: QuarterAttribution[] = actual.map((o, q) => {
    const prev = q > 0 ? actual[q - 1]! : null;
    const score = (s: Score): ScoreAttribution => {
      const from = prev ? prev.true[s] : none[0]!.true[s];
      const drivers: Driver[] = DRIVER_GROUPS.map((g, i) => ({
        id: g,
        pillar: g === 'events' ? null : g,
        delta: round(effect[s][i]![q]! - (q > 0 ? effect[s][i]![q - 1]! : 0)),
      }));
      drivers.push({
        id: 'carryOver',
        pillar: null,
        delta: round(q > 0 ? none[q]!.true[s] - none[q - 1]!.true[s] : 0),
      });
      return {
        from,
        to: o.true[s],
        total: round(o.true[s] - from),
        drivers,
        byTouchpoint: s === 'csat' ? shareByTouchpoint(prev, o) : null,
        bySegment: shareBySegment(s, prev ?? none[0]!, o),
      };
    };
    const segFrom = prev ?? none[0]!;
    return {
      quarter: o.quarter,
      nps: score('nps'),
      csat: score('csat'),
      ces: score('ces'),
      bySegment: Object.entries(o.true.customersBySegment).map(([id, to]) => {
        const from = segFrom.true.customersBySegment[id] ?? 0;
        return { id, from, to, delta: to - from };
      }),
    };
  });
  return {
    quarters,
    game: {
      nps: sumScore(quarters.map((q) => q.nps)),
      csat: sumScore(quarters.map((q) => q.csat)),
      ces: sumScore(quarters.map((q) => q.ces)),
    },
    replays: Q + game.plays - before,
  };
}

/** Runs a step-wise computation to its end. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Attributes every quarter of a game and the game as a whole. */
export function attributeGame(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
  played: PlayedGame = playGame(scenario, seed, difficulty, log),
): GameAttribution {
  return runToEnd(attributeSteps(scenario, log, played));
}
