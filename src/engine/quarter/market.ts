import * as Constants from '../constants';
import { exp } from '../math';
import type { Model } from '../model';
import { makePrefs, makeTraits } from '../pool';
import { stayKernel } from '../kernel/stayKernel';
import { STREAM, streamKey, uniform } from '../rng';
import type { QuarterDecisions } from '../schema/decisions';
import type { CompanyState } from '../schema/state';
import type { EventImpact } from './events';
import type { PoolArrays } from './walk';

// A plain copy of the constants: where modules become CommonJS (tsx: the CLI, the bench) every
// read of a namespace property is a getter call, and these are read per touchpoint and channel.
const K = { ...Constants };

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** What churn needs besides the pool: the quarter's key and the terms of the probability. */
export interface StayParams {
  key: number;
  G: number;
  /** The price term per segment and the 4 price bits of the packed prefs: 16 values a segment. */
  priceTerm: Float64Array;
  base: number;
  perDisloyalty: number;
  /** [0, CHURN_PER_EFFORT] and [0, −CHURN_PER_DISAPPOINTMENT]: the one-way terms' factors. */
  effortFactor: Float64Array;
  memoryFactor: Float64Array;
  typical: number;
  churnMin: number;
  churnMax: number;
  eventChurn: number;
}

export interface Staying {
  before: number;
  stayed: number;
  counts: Float64Array;
}

// The one-way factors are constants; the price terms depend on the scenario and the price only.
const EFFORT_FACTOR = new Float64Array([0, K.CHURN_PER_EFFORT]);
const MEMORY_FACTOR = new Float64Array([0, -K.CHURN_PER_DISAPPOINTMENT]);
const priceTerms = new WeakMap<Model, Map<string, Float64Array>>();

/**
 * The price term per segment and the 4 price bits of the packed prefs (priceDeviation, inlined,
 * clamped, times the price churn): 16 values per segment, looked up instead of a division and
 * two branches per customer. Made once per scenario and price position; never written to.
 */
function priceTermOf(model: Model, price: QuarterDecisions['strategy']['pricePosition']) {
  let byPrice = priceTerms.get(model);
  if (!byPrice) priceTerms.set(model, (byPrice = new Map()));
  let priceTerm = byPrice.get(price);
  if (priceTerm) return priceTerm;
  const segs = model.scenario.segments;
  const priceChurn2 = K.PRICE_CHURN[price] * 2;
  priceTerm = new Float64Array(segs.length * 16);
  for (let g = 0; g < segs.length; g++)
    for (let b = 0; b < 16; b++) {
      const s = segs[g]!.priceSensitivity + (b / 15 - 0.5) * K.PRICE_SENSITIVITY_RANGE;
      priceTerm[g * 16 + b] = priceChurn2 * (s < 0 ? 0 : s > 1 ? 1 : s);
    }
  byPrice.set(price, priceTerm);
  return priceTerm;
}

export function stayParams(
  model: Model,
  d: QuarterDecisions,
  impact: EventImpact,
  seed: number,
  quarter: number,
): StayParams {
  return {
    key: streamKey(seed, quarter, STREAM.stay),
    G: model.G,
    priceTerm: priceTermOf(model, d.strategy.pricePosition),
    base: K.CHURN_BASE,
    perDisloyalty: K.CHURN_PER_DISLOYALTY,
    effortFactor: EFFORT_FACTOR,
    memoryFactor: MEMORY_FACTOR,
    typical: K.EFFORT_TYPICAL,
    churnMin: K.CHURN_MIN,
    churnMax: K.CHURN_MAX,
    eventChurn: impact.churn,
  };
}

/**
 * Churn (link 4, 13): last quarter's disappointment, effort and low loyalty make customers leave;
 * price-sensitive customers leave a premium price. Returns how many were there, how many stayed,
 * and the stayers per segment. Runs in the WebAssembly kernel where the pool lies in its memory
 * (kernel/stayKernel.ts), else here (stayLoop, its bit-identical twin).
 */
export function decideStaying(
  model: Model,
  pool: PoolArrays,
  d: QuarterDecisions,
  impact: EventImpact,
  seed: number,
  quarter: number,
): Staying {
  const p = stayParams(model, d, impact, seed, quarter);
  return stayKernel(p, pool) ?? stayLoop(p, pool);
}

/** Churn over the pool in TypeScript: the readable reference the kernel's `stay` must equal. */
export function stayLoop(sp: StayParams, pool: PoolArrays): Staying {
  const { key, priceTerm, base, eventChurn, perDisloyalty, effortFactor, memoryFactor } = sp;
  const { typical, churnMin, churnMax } = sp;
  const { segment, prefs, loyalty, effort, memory, ident, tenure } = pool;
  let before = 0;
  let stayed = 0;
  const counts = new Float64Array(sp.G);
  const n = segment.length;
  for (let i = 0; i < n; i++) {
    const g = segment[i]!;
    if (g < 0) continue;
    before++;
    const eff = effort[i]! - typical;
    const mem = memory[i]!;
    // Effort above typical and disappointment count only one way; a factor of 0 or the constant
    // (looked up, as the sign is a coin flip for the CPU) gives exactly what a branch gave.
    let p =
      base +
      perDisloyalty * (0.5 - loyalty[i]!) +
      effortFactor[+(eff > 0)]! * eff +
      memoryFactor[+(mem < 0)]! * mem +
      priceTerm[g * 16 + (prefs[i]! >>> 28)]! +
      eventChurn;
    p = p < churnMin ? churnMin : p > churnMax ? churnMax : p;
    // uniform(key, ident), inlined.
    let h = key ^ Math.imul(ident[i]!, 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    // h / 2^32 < p exactly when h < p · 2^32 (both sides scaled by a power of two, exactly).
    const stays = 1 - +(h >>> 0 < p * 4294967296);
    segment[i] = stays === 1 ? g : -1;
    stayed += stays;
    counts[g] = counts[g]! + stays;
    tenure[i] = tenure[i]! + stays;
  }
  return { before, stayed, counts };
}

/**
 * New customers (link 12, 13): promise appeal (believed in proportion to credibility), price
 * position for the price-sensitive, reputation, word of mouth, targeting, customer promises and a
 * channel that excels. Fills empty slots of the fixed pool; returns arrivals per segment.
 */
export function arrive(
  model: Model,
  pool: PoolArrays,
  c: CompanyState,
  d: QuarterDecisions,
  impact: EventImpact,
  coherent: boolean,
  bestChannelQuality: number,
  seed: number,
  quarter: number,
): number[] {
  const { scenario } = model;
  const key = streamKey(seed, quarter, STREAM.arrive);
  const traitKey = streamKey(seed, 0, STREAM.traits);
  const totalShare = scenario.segments.reduce((a, g) => a + g.share, 0);
  let cpAppeal = 0;
  for (const cp of scenario.promises.customer)
    if (d.strategy.customerPromises.includes(cp.id)) cpAppeal += cp.appeal * c.credibility;
  const targeted = new Set(d.strategy.targetSegments);
  const arrivals: number[] = [];
  // Plain loops and locals: a slot index captured by a callback lives in a context object, and
  // the scan for free slots reads it once per customer in the pool.
  const { segment, ident: idents, traits, prefs, loyalty, memory, effort, tenure } = pool;
  const cap = segment.length;
  let slot = 0;
  let nextIdent = c.nextIdent;
  // Imported functions as locals: one module lookup, not one per arrival.
  const traitsOf = makeTraits;
  const prefsOf = makePrefs;
  const segments = scenario.segments;
  for (let g = 0; g < segments.length; g++) {
    const seg = segments[g]!;
    const logAppeal =
      K.APPEAL_PER_PROMISE *
        (seg.promiseAppeal[d.strategy.brandPromise] ?? 0) *
        c.credibility *
        (coherent ? 1 : K.INCOHERENT_PROMISE_KEPT) +
      K.PRICE_APPEAL[d.strategy.pricePosition] * seg.priceSensitivity +
      (K.APPEAL_PER_REPUTATION * (c.reputation - 50)) / 50 +
      K.APPEAL_PER_WORD_OF_MOUTH * (c.promoters - c.detractors) +
      (targeted.size === 0 ? 0 : targeted.has(seg.id) ? K.APPEAL_TARGETED : K.APPEAL_UNTARGETED) +
      cpAppeal +
      K.CHANNEL_EXCELLENCE_APPEAL * Math.max(0, bestChannelQuality - K.CHANNEL_NEUTRAL);
    const expected =
      (scenario.population.arrivals * seg.share * exp(logAppeal) * impact.arrivals) / totalShare;
    const whole = Math.floor(expected);
    const count = whole + (uniform(key, g) < expected - whole ? 1 : 0);
    let made = 0;
    const startLoyalty = clamp(seg.loyalty * K.NEW_CUSTOMER_LOYALTY, 0, 1);
    while (made < count) {
      while (slot < cap && segment[slot]! >= 0) slot++;
      if (slot >= cap) break;
      const ident = nextIdent++;
      segment[slot] = g;
      idents[slot] = ident;
      traits[slot] = traitsOf(traitKey, ident);
      prefs[slot] = prefsOf(model, traitKey, ident, g);
      loyalty[slot] = startLoyalty;
      memory[slot] = 0;
      effort[slot] = 0;
      tenure[slot] = 0;
      made++;
    }
    arrivals.push(made);
  }
  c.nextIdent = nextIdent;
  return arrivals;
}
