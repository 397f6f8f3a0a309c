import {
  START_ATTITUDE_HIRES,
  START_COMMUNICATION_GAP,
  START_DETRACTORS,
  START_LOOP_TRUST,
  START_LOYALTY_SPREAD,
  START_OVERLOAD,
  START_PROMOTERS,
} from './constants';
import { modelOf } from './model';
import { makePrefs, makeTraits } from './pool';
import { rollEvents } from './quarter/events';
import { STREAM, streamKey, uniform } from './rng';
import type { Difficulty } from './schema/common';
import type { QuarterDecisions } from './schema/decisions';
import type { Scenario } from './schema/scenario';
import type { GameState } from './schema/state';
import { allocPool, attachPool, type PoolArrays } from './poolArrays';

/**
 * A deep copy of plain JSON data, exactly as `JSON.parse(JSON.stringify(value))` would make it
 * (−0 becomes 0, a non-finite number null, undefined fields are dropped) but without the text in
 * between: a quarter copies the company and the plan, and the round trip through text was a
 * noticeable share of it. A value holding anything but plain objects, arrays and primitives goes
 * through JSON as before.
 */
export function clone<T>(value: T): T {
  const copy = copyJson(value);
  return (copy === NOT_PLAIN ? JSON.parse(JSON.stringify(value)) : copy) as T;
}

const NOT_PLAIN = Symbol('not plain');

/** Fields JSON leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function copyJson(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v !== 'object') return NOT_PLAIN;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const y = skipped(x) ? null : copyJson(x);
      if (y === NOT_PLAIN) return NOT_PLAIN;
      out[i] = y;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const o = v as Record<string, unknown>;
  if (typeof o.toJSON === 'function') return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (skipped(x)) continue;
    const y = copyJson(x);
    if (y === NOT_PLAIN || k === '__proto__') return NOT_PLAIN;
    out[k] = y;
  }
  return out;
}

/** Starts a game: the company as the scenario describes it, its customers, the first events. */
export function newGame(scenario: Scenario, seed: number, difficulty: Difficulty): GameState {
  const model = modelOf(scenario);
  const seed32 = seed >>> 0;
  const preset = scenario.difficulty[difficulty];
  const cap = scenario.population.capacity;
  const pool: PoolArrays = allocPool(cap);
  pool.segment.fill(-1);
  const traitKey = streamKey(seed32, 0, STREAM.traits);
  const startKey = streamKey(seed32, -1, STREAM.arrive);
  const shares = scenario.segments.map((g) => g.share);
  const total = shares.reduce((a, b) => a + b, 0);
  const n = Math.min(cap, scenario.population.customers);
  // Imported functions as locals: one module lookup, not one per customer.
  const u01 = uniform;
  const traitsOf = makeTraits;
  const prefsOf = makePrefs;
  const loyaltySpread = START_LOYALTY_SPREAD;
  for (let i = 0; i < n; i++) {
    const x = u01(startKey, i) * total;
    let g = 0;
    let acc = shares[0]!;
    while (g < shares.length - 1 && x >= acc) acc += shares[++g]!;
    const seg = scenario.segments[g]!;
    pool.segment[i] = g;
    pool.ident[i] = i;
    pool.traits[i] = traitsOf(traitKey, i);
    pool.prefs[i] = prefsOf(model, traitKey, i, g);
    pool.loyalty[i] = Math.min(
      1,
      Math.max(0, seg.loyalty + (u01(startKey, n + i) - 0.5) * loyaltySpread),
    );
    pool.tenure[i] = Math.floor(u01(startKey, 2 * n + i) * 12);
  }
  const c = scenario.company;
  const state = attachPool<GameState>(
    {
      format: 'not-by-accident/state@1',
      scenario: { id: scenario.id, revision: scenario.revision },
      seed: seed32,
      difficulty,
      quarter: 0,
      finished: false,
      gameOver: false,
      company: {
        cash: Math.round(c.cash * preset.cash),
        reputation: c.reputation,
        engagement: c.engagement,
        credibility: c.credibility,
        gaps: { ...c.gaps, communication: START_COMMUNICATION_GAP },
        connection: Object.fromEntries(
          scenario.channels.map((ch) => [ch.id, c.connection[ch.id] ?? 0]),
        ),
        quality: {},
        effortRelief: {},
        attitudeHires: c.start.culture.hiringForAttitude
          ? START_ATTITUDE_HIRES.hiring
          : START_ATTITUDE_HIRES.notHiring,
        loopTrust: c.start.understanding.closeTheLoop ? START_LOOP_TRUST : 0,
        fatigue: 0,
        researchPending: 0,
        pendingQuality: {},
        pendingRelief: {},
        overload: START_OVERLOAD,
        nps: 0,
        promoters: START_PROMOTERS,
        detractors: START_DETRACTORS,
        activeEvents: {},
        pastEvents: [],
        nextIdent: n,
      },
      decisions: clone(c.start),
    },
    pool,
  );
  rollEvents(scenario, state);
  return state;
}

/** The decisions that keep the company's current settings (nothing new bought). */
export function defaultDecisions(scenario: Scenario, state: GameState): QuarterDecisions {
  const d = clone(state.decisions);
  // One-off choices do not repeat by themselves.
  for (const tp of Object.values(d.journey.touchpoints)) tp.redesign = false;
  d.journey.initiatives = [];
  d.events = {};
  return d;
}
