/**
 * "Why did it move?": each quarter's change in true NPS, CSAT and CES split into its drivers by
 * replaying that quarter with decisions reverted (counterfactuals), never by estimating.
 *
 * Scheme: the quarter is replayed from its own starting state with every driver group switched
 * off (the previous quarter's settings, one-offs cleared, no scenario events), then the groups are
 * switched back on one at a time, once in a forward and once in the reverse order; each group's
 * delta is the mean of its two marginal effects. Both orders telescope from the all-off play to the
 * real quarter, so the deltas add up exactly to that difference; what moved without any decision of
 * this quarter (slow variables, lagged effects of earlier quarters, customers coming and going) is
 * the carry-over. Replays per quarter: at most 2 × groups − 1, fewer when fewer pillars changed.
 */
import { clone, defaultDecisions, newGame } from './game';
import { canonicalJson } from './hash';
import { playQuarter } from './quarter/play';
import type { Difficulty } from './schema/common';
import type { DecisionLog, QuarterDecisions } from './schema/decisions';
import type { QuarterOutcome } from './schema/outcome';
import type { Scenario } from './schema/scenario';
import type { GameState } from './schema/state';

/** The six pillars of the game (channels belong to the customer-journey pillar). */
export const PILLARS = [
  'strategy',
  'understanding',
  'metrics',
  'journey',
  'governance',
  'culture',
] as const;
export type Pillar = (typeof PILLARS)[number];

/** Groups switched on and off in a replay: the pillars, then the scenario's events. */
export const DRIVER_GROUPS = [...PILLARS, 'events'] as const;
export type DriverGroup = (typeof DRIVER_GROUPS)[number];
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

const relaxedCache = new WeakMap<Scenario, Scenario>();

/**
 * The scenario without a budget ceiling: a counterfactual mixes this quarter's spending in one
 * pillar with last quarter's in another, which may exceed the budget; the question is what it would
 * have done, not whether it could be afforded. The budget is used only to refuse plans.
 */
function unlimited(scenario: Scenario): Scenario {
  let s = relaxedCache.get(scenario);
  if (!s) {
    s = { ...scenario, company: { ...scenario.company, budget: Number.MAX_VALUE } };
    relaxedCache.set(scenario, s);
  }
  return s;
}

function applyGroup(target: QuarterDecisions, actual: QuarterDecisions, g: DriverGroup): void {
  switch (g) {
    case 'journey':
      target.journey = clone(actual.journey);
      target.channels = clone(actual.channels);
      break;
    case 'events':
      target.events = clone(actual.events);
      break;
    default:
      (target as Record<string, unknown>)[g] = clone(actual[g]);
  }
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

/**
 * Attributes one quarter given the state it started from. `prev` is the quarter before's outcome
 * (null for the first quarter, whose reference is the all-off replay: the company as found).
 */
export function attributeFrom(
  scenario: Scenario,
  before: GameState,
  decisions: QuarterDecisions,
  actual: QuarterOutcome,
  prev: QuarterOutcome | null,
): { attribution: QuarterAttribution; replays: number } {
  const open = unlimited(scenario);
  const base = defaultDecisions(scenario, before);
  base.events = {};
  const calm: GameState = { ...before, company: { ...before.company, activeEvents: {} } };
  const k = DRIVER_GROUPS.length;
  // A group whose settings did not change adds nothing: a set of groups plays exactly like the
  // same set without it, so such plays are shared (exact, and most quarters change few pillars).
  const matters = DRIVER_GROUPS.map((g) => {
    if (g === 'events')
      return (
        Object.keys(before.company.activeEvents).length > 0 ||
        Object.keys(decisions.events).length > 0
      );
    const probe = clone(base);
    applyGroup(probe, decisions, g);
    return canonicalJson(probe) !== canonicalJson(base);
  });
  const allKey = DRIVER_GROUPS.filter((_, i) => matters[i]).join();
  const cache = new Map<string, QuarterOutcome>([[allKey, actual]]);
  let replays = 0;
  const play = (on: ReadonlySet<DriverGroup>): QuarterOutcome => {
    const effective = DRIVER_GROUPS.filter((g, i) => matters[i] && on.has(g));
    const key = effective.join();
    const hit = cache.get(key);
    if (hit) return hit;
    const d = clone(base);
    for (const g of effective) applyGroup(d, decisions, g);
    replays++;
    const outcome = playQuarter(open, effective.includes('events') ? before : calm, d).outcome;
    cache.set(key, outcome);
    return outcome;
  };

  const none = play(new Set());
  const marginal: Record<Score, number[]> = {
    nps: new Array<number>(k).fill(0),
    csat: new Array<number>(k).fill(0),
    ces: new Array<number>(k).fill(0),
  };
  for (const order of [DRIVER_GROUPS.map((_, i) => i), DRIVER_GROUPS.map((_, i) => k - 1 - i)]) {
    const on = new Set<DriverGroup>();
    let last = none;
    for (const i of order) {
      on.add(DRIVER_GROUPS[i]!);
      const now = play(on);
      for (const s of SCORES) marginal[s][i]! += (now.true[s] - last.true[s]) / 2;
      last = now;
    }
  }

  const score = (s: Score): ScoreAttribution => {
    const from = prev ? prev.true[s] : none.true[s];
    const drivers: Driver[] = DRIVER_GROUPS.map((g, i) => ({
      id: g,
      pillar: g === 'events' ? null : g,
      delta: round(marginal[s][i]!),
    }));
    drivers.push({ id: 'carryOver', pillar: null, delta: round(none.true[s] - from) });
    return {
      from,
      to: actual.true[s],
      total: round(actual.true[s] - from),
      drivers,
      byTouchpoint: s === 'csat' ? shareByTouchpoint(prev, actual) : null,
      bySegment: shareBySegment(s, prev ?? none, actual),
    };
  };
  const segFrom = prev ?? none;
  return {
    attribution: {
      quarter: actual.quarter,
      nps: score('nps'),
      csat: score('csat'),
      ces: score('ces'),
      bySegment: Object.entries(actual.true.customersBySegment).map(([id, to]) => {
        const from = segFrom.true.customersBySegment[id] ?? 0;
        return { id, from, to, delta: to - from };
      }),
    },
    replays,
  };
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

/** Attributes one quarter of a game (replays the game up to it first). */
export function attributeQuarter(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
  quarter: number,
): QuarterAttribution {
  const game = playGame(scenario, seed, difficulty, log.slice(0, quarter + 1));
  if (quarter >= game.outcomes.length) throw new RangeError(`quarter ${quarter} was not played`);
  return attributeFrom(
    scenario,
    game.states[quarter]!,
    log[quarter]!,
    game.outcomes[quarter]!,
    quarter > 0 ? game.outcomes[quarter - 1]! : null,
  ).attribution;
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

/**
 * Attributes a played game one quarter per step (so a screen can show progress between steps);
 * returns the whole when done. attributeGame is this run to the end.
 */
export function* attributeSteps(
  scenario: Scenario,
  log: DecisionLog,
  played: PlayedGame,
): Generator<number, GameAttribution> {
  let replays = played.outcomes.length;
  const quarters: QuarterAttribution[] = [];
  for (let q = 0; q < played.outcomes.length; q++) {
    const r = attributeFrom(
      scenario,
      played.states[q]!,
      log[q]!,
      played.outcomes[q]!,
      q > 0 ? played.outcomes[q - 1]! : null,
    );
    replays += r.replays;
    quarters.push(r.attribution);
    yield q + 1;
  }
  if (quarters.length === 0) throw new RangeError('no quarter was played');
  return {
    quarters,
    game: {
      nps: sumScore(quarters.map((q) => q.nps)),
      csat: sumScore(quarters.map((q) => q.csat)),
      ces: sumScore(quarters.map((q) => q.ces)),
    },
    replays,
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
