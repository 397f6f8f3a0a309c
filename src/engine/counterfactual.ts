/**
 * Counterfactual games: the player's own game replayed with some decisions taken away (reverted to
 * the company's settings as found, in every quarter they were in force) or with a road not taken
 * added. Same scenario, seed and difficulty, so the same customers and the same luck: the only
 * difference is the decision. The debrief's attribution, lessons and ROI all read these replays.
 */
import { clone, newGame } from './game';
import { canonicalJson } from './hash';
import { applyPatch } from './plan';
import { handOnPool } from './poolArrays';
import { playQuarter } from './quarter/play';
import type { Difficulty } from './schema/common';
import type { DecisionLog, DecisionsPatch, QuarterDecisions } from './schema/decisions';
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

const relaxedCache = new WeakMap<Scenario, { open: Scenario; calm: Scenario }>();

/**
 * The scenario without a budget ceiling (a counterfactual may mix spending that the budget would
 * refuse; the question is what it would have done, not whether it could be afforded), and the same
 * without any event (for replays with the events switched off).
 */
function relaxed(scenario: Scenario): { open: Scenario; calm: Scenario } {
  let r = relaxedCache.get(scenario);
  if (!r) {
    // The spending limit is lifted through the difficulty's budget factor, not the company's
    // budget: the rules scale amounts to the company by its budget (connection projects, the
    // investment reference), so a boundless budget would make every replay meaningless.
    const difficulty = Object.fromEntries(
      Object.entries(scenario.difficulty).map(([name, level]) => [
        name,
        { ...level, budget: Number.MAX_VALUE },
      ]),
    ) as Scenario['difficulty'];
    const open = { ...scenario, difficulty };
    r = { open, calm: { ...open, events: [] } };
    relaxedCache.set(scenario, r);
  }
  return r;
}

/** The company's settings as found, one-off choices cleared: what "not deciding" means. */
export function startDecisions(scenario: Scenario): QuarterDecisions {
  const d = clone(scenario.company.start);
  for (const tp of Object.values(d.journey.touchpoints)) tp.redesign = false;
  d.journey.initiatives = [];
  d.events = {};
  return d;
}

/** Copies one group's decisions from `from` into `target` (journey carries the channels). */
export function copyGroup(target: QuarterDecisions, from: QuarterDecisions, g: DriverGroup): void {
  switch (g) {
    case 'journey':
      target.journey = clone(from.journey);
      target.channels = clone(from.channels);
      break;
    case 'events':
      target.events = clone(from.events);
      break;
    default:
      (target as Record<string, unknown>)[g] = clone(from[g]);
  }
}

/** Whether a group's decisions in this quarter differ from the company's settings as found. */
export function inForce(scenario: Scenario, d: QuarterDecisions, g: DriverGroup): boolean {
  if (g === 'events') return Object.keys(d.events).length > 0;
  const base = startDecisions(scenario);
  const probe = startDecisions(scenario);
  copyGroup(probe, d, g);
  return canonicalJson(probe) !== canonicalJson(base);
}

/**
 * The log with only the given groups as played; every other pillar back at the start settings in
 * every quarter (and with it every delayed effect of its decisions).
 */
export function keepOnly(
  scenario: Scenario,
  log: DecisionLog,
  keep: ReadonlySet<DriverGroup>,
): DecisionLog {
  return log.map((d) => {
    const out = startDecisions(scenario);
    for (const g of DRIVER_GROUPS) if (keep.has(g)) copyGroup(out, d, g);
    return out;
  });
}

/** The road not taken: the log with a patch applied from a quarter on (one-offs only there). */
export function withPatch(
  log: DecisionLog,
  patch: DecisionsPatch,
  from: number,
  later: DecisionsPatch = patch,
): DecisionLog {
  return log.map((d, q) => (q < from ? d : applyPatch(d, q === from ? patch : later)));
}

/**
 * Plays a counterfactual log for as many quarters as it has, without the budget ceiling, with or
 * without the scenario's events. It does not stop where the real game ran out of money: it answers
 * "what would have happened over the quarters you played".
 */
export function playCounterfactual(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
  events = true,
  from?: { quarter: number; state: GameState; outcomes: QuarterOutcome[] },
): QuarterOutcome[] {
  const r = relaxed(scenario);
  const sc = events ? r.open : r.calm;
  // A replay that starts where the real game stood: identical up to there, so not replayed.
  let state = from ? from.state : newGame(sc, seed, difficulty);
  // Every state after the first is this replay's own and read once: its quarter may take its
  // customers' arrays rather than copy them (the real game's state is kept, so it is copied).
  let own = !from;
  const out: QuarterOutcome[] = from ? from.outcomes.slice(0, from.quarter) : [];
  for (let q = out.length; q < log.length; q++) {
    const d = log[q]!;
    // A replay that runs out of money plays on, as the doc above says: it answers what the
    // quarters you played would have given, and the engine refuses a finished game's quarter.
    if (state.finished) state = { ...state, finished: false, gameOver: false };
    else if (own) handOnPool(state);
    own = true;
    const step = playQuarter(sc, state, events ? d : { ...d, events: {} });
    out.push(step.outcome);
    state = step.state;
  }
  return out;
}

/**
 * One game's counterfactuals, played once each and kept: the attribution, the lessons and the ROI
 * ask for some of the same replays. `plays` counts the quarters replayed (the debrief's cost).
 */
export class Counterfactuals {
  readonly groupsUsed: ReadonlySet<DriverGroup>;
  plays = 0;
  /** Quarters of the replay being played that were taken from the real game. */
  private skipped = 0;
  private readonly cache = new Map<string, QuarterOutcome[]>();

  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
    readonly difficulty: Difficulty,
    readonly log: DecisionLog,
    readonly actual: QuarterOutcome[],
    /** The state before each quarter of the real game, when known: variants start from them. */
    readonly states: GameState[] = [],
  ) {
    const used = new Set<DriverGroup>();
    for (const g of DRIVER_GROUPS) {
      if (g === 'events') {
        if (actual.some((o) => o.events.length > 0) || log.some((d) => inForce(scenario, d, g)))
          used.add(g);
      } else if (log.slice(0, actual.length).some((d) => inForce(scenario, d, g))) used.add(g);
    }
    this.groupsUsed = used;
  }

  /** The game with only these groups as played (groups never used change nothing). */
  only(keep: ReadonlySet<DriverGroup>): QuarterOutcome[] {
    const effective = DRIVER_GROUPS.filter((g) => keep.has(g) && this.groupsUsed.has(g));
    if (effective.length === this.groupsUsed.size) return this.actual;
    return this.play(`only:${effective.join()}`, () =>
      playCounterfactual(
        this.scenario,
        this.seed,
        this.difficulty,
        keepOnly(this.scenario, this.played(), new Set(effective)),
        effective.includes('events'),
      ),
    );
  }

  /**
   * A group's effect on any measure of the game, f(as played) against f(the group reverted in
   * every quarter it was in force), taken where the attribution takes it: the group switched on
   * after the groups before it (forward order) and after the groups behind it (reverse order),
   * the mean of the two. The effects of all groups add up to f(game) − f(game with no decision).
   * Four of the attribution's replays; no new ones.
   */
  effect(g: DriverGroup, f: (outcomes: QuarterOutcome[]) => number): number {
    const i = DRIVER_GROUPS.indexOf(g);
    const before = new Set(DRIVER_GROUPS.slice(0, i));
    const after = new Set(DRIVER_GROUPS.slice(i + 1));
    const fwd = f(this.only(new Set([...before, g]))) - f(this.only(before));
    const rev = f(this.only(new Set([...after, g]))) - f(this.only(after));
    return (fwd + rev) / 2;
  }

  /** The game without one group (reverted in every quarter it was in force). */
  without(g: DriverGroup): QuarterOutcome[] {
    return this.only(new Set(DRIVER_GROUPS.filter((x) => x !== g)));
  }

  /** The game with a changed log (a named road not taken or a partial revert), cached by name. */
  variant(name: string, make: (log: DecisionLog) => DecisionLog): QuarterOutcome[] {
    return this.play(`variant:${name}`, () => {
      const played = this.played();
      const log = make(played);
      // The quarters before the first changed decision are the real game's.
      let q = 0;
      while (
        q < log.length &&
        q < this.states.length &&
        canonicalJson(log[q]) === canonicalJson(played[q])
      )
        q++;
      this.skipped = q > 0 && q < this.states.length ? q : 0;
      const from =
        this.skipped > 0
          ? { quarter: q, state: this.states[q]!, outcomes: this.actual }
          : undefined;
      return playCounterfactual(this.scenario, this.seed, this.difficulty, log, true, from);
    });
  }

  /** The quarters actually played. */
  played(): DecisionLog {
    return this.log.slice(0, this.actual.length);
  }

  private play(key: string, run: () => QuarterOutcome[]): QuarterOutcome[] {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = run();
    this.plays += out.length - this.skipped;
    this.skipped = 0;
    this.cache.set(key, out);
    return out;
  }
}
