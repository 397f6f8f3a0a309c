import * as K from '../constants';
import type { Model } from '../model';
import { STREAM, streamKey } from '../rng';
import type { PoolArrays } from '../poolArrays';
import type { Tables } from './tables';

export type { PoolArrays } from '../poolArrays';

/** What the walk adds up: per touchpoint [t], per segment [g], and in total. */
export interface WalkTotals {
  contacts: Float64Array;
  satSum: Float64Array;
  top2: Float64Array;
  easeSum: Float64Array;
  below: Float64Array;
  invited: Float64Array;
  responses: Float64Array;
  /** Measured: sum of answers (top-2 flags, ease, or NPS as +1/0/−1) and of squares. */
  mSum: Float64Array;
  mSq: Float64Array;
  /** True NPS at NPS-surveyed touchpoints. */
  tpPromoters: Float64Array;
  tpDetractors: Float64Array;
  segCustomers: Float64Array;
  segPromoters: Float64Array;
  segDetractors: Float64Array;
  revenue: number;
  effortSum: number;
  serviceCustomers: number;
  serviceEaseSum: number;
  evaluations: number;
  /** Paths of the first customers: touchpoint, channel, mood; length per path. */
  pathSeg: Int32Array;
  pathLen: Int32Array;
  pathTp: Int32Array;
  pathCh: Int32Array;
  pathMood: Float64Array;
  paths: number;
}

export function emptyTotals(model: Model): WalkTotals {
  const { T, G } = model;
  const P = K.PATH_SAMPLE;
  return {
    contacts: new Float64Array(T),
    satSum: new Float64Array(T),
    top2: new Float64Array(T),
    easeSum: new Float64Array(T),
    below: new Float64Array(T),
    invited: new Float64Array(T),
    responses: new Float64Array(T),
    mSum: new Float64Array(T),
    mSq: new Float64Array(T),
    tpPromoters: new Float64Array(T),
    tpDetractors: new Float64Array(T),
    segCustomers: new Float64Array(G),
    segPromoters: new Float64Array(G),
    segDetractors: new Float64Array(G),
    revenue: 0,
    effortSum: 0,
    serviceCustomers: 0,
    serviceEaseSum: 0,
    evaluations: 0,
    pathSeg: new Int32Array(P),
    pathLen: new Int32Array(P),
    pathTp: new Int32Array(P * model.T),
    pathCh: new Int32Array(P * model.T),
    pathMood: new Float64Array(P * model.T),
    paths: 0,
  };
}

const GOLD = 0x9e3779b1;
const M1 = 0x85ebca6b;
const M2 = 0xc2b2ae35;
const INV32 = 1 / 4294967296;

export interface WalkParams {
  seed: number;
  quarter: number;
  /** Revenue per customer per segment at this price (k€). */
  spend: Float64Array;
  closeTheLoop: boolean;
}

/** Per-touchpoint sums, one block each, copied to the totals after the loop. */
const ACC = 16;
const A_CONTACTS = 0;
const A_SAT = 1;
const A_TOP2 = 2;
const A_BELOW = 3;
const A_EASE = 4;
const A_INVITED = 5;
const A_RESPONSES = 6;
const A_MSUM = 7;
const A_MSQ = 8;
const A_PROMOTERS = 9;
const A_DETRACTORS = 10;

/** What a customer carries between touchpoints: numbers … */
const F = 8;
const F_SUM = 0;
const F_PEAK = 1;
const F_PEAK_WEIGHT = 2;
const F_LAST = 3;
const F_EFFORT = 4;
const F_EASE = 5;
/** … and integers: the channel of the previous contact (−1 none), contacts, service contacts. */
const I = 4;
const I_PREV = 0;
const I_COUNT = 1;
const I_SERVICE = 2;

/**
 * Per-customer running values of the walk (sum, peak, last, effort, channel of the previous
 * contact …), packed for the active customers only. Allocated once per pool size and reused by
 * every quarter: the walk runs start to end without yielding, so no two walks share it at once.
 */
interface Scratch {
  n: number;
  index: Int32Array;
  key: Int32Array;
  respKey: Int32Array;
  traits: Uint32Array;
  prefs: Uint32Array;
  gOff: Int32Array;
  responded: Uint8Array;
  npsReach: Int32Array;
  npsResp: Int32Array;
  steps: Int32Array;
  /** Per customer k, F numbers from k * F (F_*): one cache line instead of six arrays. */
  f: Float64Array;
  /** Per customer k, I integers from k * I (I_*). */
  iv: Int32Array;
  hit: Int32Array;
  hitDraw: Int32Array;
  /** Silo effort from channel a to b at [(a + 1) * C + b]; row 0 is "no channel yet", all zero. */
  siloX: Float64Array;
  /** Two-entry lookups that replace branches: Kano factor, weight sign, a select. */
  kano: Float64Array;
  sign: Float64Array;
  two: Float64Array;
}
let scratch: Scratch | null = null;
function scratchFor(n: number): Scratch {
  if (scratch && scratch.n >= n) return scratch;
  scratch = {
    n,
    index: new Int32Array(n),
    key: new Int32Array(n),
    respKey: new Int32Array(n),
    traits: new Uint32Array(n),
    prefs: new Uint32Array(n),
    gOff: new Int32Array(n),
    responded: new Uint8Array(n),
    npsReach: new Int32Array(n),
    npsResp: new Int32Array(n),
    steps: new Int32Array(n),
    f: new Float64Array(n * F),
    iv: new Int32Array(n * I),
    hit: new Int32Array(n),
    hitDraw: new Int32Array(n),
    siloX: new Float64Array(0),
    kano: new Float64Array(2),
    sign: new Float64Array(2),
    two: new Float64Array(2),
  };
  return scratch;
}

/**
 * The hot loop: every active customer walks the journey (links 2–7). It runs touchpoint by
 * touchpoint, each over all customers, so a touchpoint's settings (weights, Kano factors,
 * intensity, survey) stay in locals and the branches on them are the same for the whole loop; what
 * a customer carries from one touchpoint to the next lives in the scratch arrays. One 32-bit draw
 * per customer and touchpoint feeds reach (8 bits), the contact's noise (8 bits) and survey
 * sampling (16 bits); one more per customer gives the 0–10 answer, one per sampled contact the
 * response. Every sum is made in the same order as a customer-by-customer walk would (per
 * touchpoint over customers in pool order, per customer over touchpoints in journey order), so the
 * results are the same to the last bit. No allocation per customer.
 */
export function walk(
  model: Model,
  tb: Tables,
  pool: PoolArrays,
  p: WalkParams,
  out: WalkTotals,
): void {
  const { T, C } = model;
  const walkKey = streamKey(p.seed, p.quarter, STREAM.walk);
  const answerKey = streamKey(p.seed, p.quarter, STREAM.answer);
  const n = pool.segment.length;
  const sc = scratchFor(n);
  // The active customers, packed, with what the touchpoint loops need of each.
  const m = gather(pool, sc, walkKey, answerKey, T * C);
  sc.responded.fill(0, 0, m);
  sc.npsReach.fill(0, 0, m);
  sc.npsResp.fill(0, 0, m);
  sc.steps.fill(0, 0, m);
  sc.f.fill(0, 0, m * F);
  sc.iv.fill(0, 0, m * I);
  for (let k = 0; k < m; k++) {
    sc.f[k * F + F_PEAK_WEIGHT] = -1;
    sc.iv[k * I + I_PREV] = -1;
  }
  if (sc.siloX.length !== (C + 1) * C) sc.siloX = new Float64Array((C + 1) * C);
  sc.siloX.set(tb.silo, C);
  const acc = new Float64Array(T * ACC);
  const pathFirst = out.paths;
  const pathCount = Math.max(0, Math.min(K.PATH_SAMPLE - pathFirst, m));
  for (let t = 0; t < T; t++) visit(model, tb, sc, m, t, acc, out, pathFirst, pathCount);
  finish(model, pool, p, sc, m, acc, out, answerKey, pathFirst, pathCount);
}

function gather(
  pool: PoolArrays,
  sc: Scratch,
  walkKey: number,
  answerKey: number,
  TC: number,
): number {
  const { segment, ident, traits, prefs } = pool;
  const { index, key, respKey, traits: tr, prefs: pf, gOff } = sc;
  const n = segment.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const g = segment[i]!;
    if (g < 0) continue;
    const id = ident[i]!;
    index[m] = i;
    key[m] = walkKey ^ Math.imul(id, 0x27d4eb2f);
    respKey[m] = Math.imul(answerKey ^ Math.imul(id, GOLD), 0x165667b1);
    tr[m] = traits[i]!;
    pf[m] = prefs[i]!;
    gOff[m] = g * TC;
    m++;
  }
  return m;
}

/** One touchpoint for every active customer: its settings stay in locals for the whole loop. */
function visit(
  model: Model,
  tb: Tables,
  sc: Scratch,
  m: number,
  t: number,
  acc: Float64Array,
  out: WalkTotals,
  pathFirst: number,
  pathCount: number,
): void {
  const reach = tb.reach256[t]!;
  if (reach <= 0) return;
  const { C, tpWeights: W } = model;
  const CES_PER_EFFORT = K.CES_PER_EFFORT;
  const CONTACT_NOISE = K.CONTACT_NOISE;
  const csatAt = K.CSAT_TOP2_ABOVE;
  const effSat = K.EFFORT_TO_SATISFACTION;
  const neg = K.NEGATIVE_INTENSITY;
  const spread = (2 * K.EXPECTATION_SPREAD) / 63;
  const noiseScale = (2 * CONTACT_NOISE) / 255;
  const T = model.T;
  const tg = Math.imul(t + 1, GOLD);
  const shift = model.stageOfTp[t]! * 4;
  const tC = t * C;
  const loss = tb.kanoLoss[t]!;
  const gain = tb.kanoGain[t]!;
  const intensity = tb.intensity[t]!;
  const rate = tb.responseRate[t]!;
  const w0 = W[t * 5]!;
  const w1 = W[t * 5 + 1]!;
  const w2 = W[t * 5 + 2]!;
  const w3 = W[t * 5 + 3]!;
  const w4 = W[t * 5 + 4]!;
  const service = tb.service[t] !== 0;
  const metric = tb.metric[t]!;
  const sample = tb.sample[t]!;
  const bit = 1 << t;
  const tMul = t * 0x27d4eb2f;
  const { route, effort, base } = tb;
  const { siloX, kano, sign, two } = sc;
  kano[0] = gain;
  kano[1] = loss;
  sign[0] = 1;
  sign[1] = -neg;
  const { key, respKey, traits, prefs, gOff, responded, npsReach, npsResp } = sc;
  const { steps, f, iv } = sc;
  const { pathTp, pathCh, pathMood } = out;
  let contacts = 0;
  let sat = 0;
  let top2 = 0;
  let below = 0;
  let easeSum = 0;
  let invited = 0;
  let responses = 0;
  let mSum = 0;
  let mSq = 0;
  // Who is reached: every customer's draw, kept without a branch (reach is a coin flip).
  const { hit, hitDraw } = sc;
  let hits = 0;
  for (let k = 0; k < m; k++) {
    // draw(key, t), inlined: murmur3 finaliser.
    let r = key[k]! ^ tg;
    r ^= r >>> 16;
    r = Math.imul(r, M1);
    r ^= r >>> 13;
    r = Math.imul(r, M2);
    r ^= r >>> 16;
    hit[hits] = k;
    hitDraw[hits] = r;
    hits += ((r & 255) - reach) >>> 31;
  }
  for (let x = 0; x < hits; x++) {
    const k = hit[x]!;
    const r = hitDraw[x]!;
    const ib = k * I;
    const j = tC + ((prefs[k]! >>> shift) & 15);
    const ch = route[j]!;
    const e0 = effort[j]!;
    let e = e0;
    if (ch >= 0) {
      // A switch from another channel adds its silo effort; row 0 (no channel yet) and the
      // diagonal are zero, so no branch is needed.
      e += siloX[(iv[ib + I_PREV]! + 1) * C + ch]!;
      iv[ib + I_PREV] = ch;
    }
    const tr = traits[k]!;
    const d0 = ((tr & 63) - 31.5) * spread;
    const d1 = (((tr >>> 6) & 63) - 31.5) * spread;
    const d2 = (((tr >>> 12) & 63) - 31.5) * spread;
    const d3 = (((tr >>> 18) & 63) - 31.5) * spread;
    const d4 = (((tr >>> 24) & 63) - 31.5) * spread;
    let s =
      base[gOff[k]! + j]! -
      (w0 * d0 + w1 * d1 + w2 * d2 + w3 * d3 + w4 * d4) +
      (((r >>> 8) & 255) * noiseScale - CONTACT_NOISE) -
      effSat * (e - e0);
    const isNeg = +(s < 0);
    s *= kano[isNeg]!;
    let weight = s * sign[isNeg]!;
    below += isNeg;
    contacts++;
    sat += s;
    top2 += +(s > csatAt);
    const fb = k * F;
    f[fb + F_SUM] = f[fb + F_SUM]! + s;
    iv[ib + I_COUNT]!++;
    f[fb + F_EFFORT] = f[fb + F_EFFORT]! + e;
    f[fb + F_LAST] = s;
    weight *= intensity;
    const pw = f[fb + F_PEAK_WEIGHT]!;
    const up = +(weight > pw);
    two[0] = pw;
    two[1] = weight;
    f[fb + F_PEAK_WEIGHT] = two[up]!;
    two[0] = f[fb + F_PEAK]!;
    two[1] = s;
    f[fb + F_PEAK] = two[up]!;
    if (service) {
      let ease = 7 - CES_PER_EFFORT * e;
      ease = ease < 1 ? 1 : ease;
      easeSum += ease;
      f[fb + F_EASE] = f[fb + F_EASE]! + ease;
      iv[ib + I_SERVICE]!++;
    }
    if (k < pathCount) {
      const at = (pathFirst + k) * T + steps[k]!;
      pathTp[at] = t;
      pathCh[at] = ch;
      pathMood[at] = s;
      steps[k]!++;
    }
    if (metric !== 0) {
      if (metric === 1) npsReach[k] = npsReach[k]! | bit;
      if (r >>> 16 < sample) {
        invited++;
        const u = (respKey[k]! ^ tMul) >>> 0;
        let h = u ^ (u >>> 15);
        h = Math.imul(h, M1) >>> 0;
        h ^= h >>> 13;
        const ur = (h >>> 0) * INV32;
        if (ur < rate) {
          responded[k] = 1;
          responses++;
          if (metric === 2) {
            const y = s > csatAt ? 1 : 0;
            mSum += y;
            mSq += y;
          } else if (metric === 3) {
            let ease = Math.floor(7.5 - CES_PER_EFFORT * e + (((h >>> 20) & 15) / 15 - 0.5));
            ease = ease < 1 ? 1 : ease > 7 ? 7 : ease;
            mSum += ease;
            mSq += ease * ease;
          } else npsResp[k] = npsResp[k]! | bit;
        }
      }
    }
  }
  const a = t * ACC;
  acc[a + A_CONTACTS] = contacts;
  acc[a + A_SAT] = sat;
  acc[a + A_TOP2] = top2;
  acc[a + A_BELOW] = below;
  acc[a + A_EASE] = easeSum;
  acc[a + A_INVITED] = invited;
  acc[a + A_RESPONSES] = responses;
  acc[a + A_MSUM] = mSum;
  acc[a + A_MSQ] = mSq;
}

/** After the journey: each customer's answer, memory, loyalty and spend, in customer order. */
function finish(
  model: Model,
  pool: PoolArrays,
  p: WalkParams,
  sc: Scratch,
  m: number,
  acc: Float64Array,
  out: WalkTotals,
  answerKey: number,
  pathFirst: number,
  pathCount: number,
): void {
  const DETRACTOR_UP_TO = K.DETRACTOR_UP_TO;
  const EFFORT_TYPICAL = K.EFFORT_TYPICAL;
  const LOOP_RECOVERY = p.closeTheLoop ? K.LOOP_RECOVERY : 0;
  const LOYALTY_PER_EFFORT = K.LOYALTY_PER_EFFORT;
  const LOYALTY_PER_EXPERIENCE = K.LOYALTY_PER_EXPERIENCE;
  const LOYALTY_RATE = K.LOYALTY_RATE;
  const PE_MEAN = K.PEAK_END.mean;
  const PE_PEAK = K.PEAK_END.peak;
  const PE_END = K.PEAK_END.end;
  const PROMOTER_FROM = K.PROMOTER_FROM;
  const RECOMMEND_NEUTRAL = K.RECOMMEND_NEUTRAL;
  const RECOMMEND_NOISE = K.RECOMMEND_NOISE;
  const RECOMMEND_PER_EFFORT = K.RECOMMEND_PER_EFFORT;
  const RECOMMEND_PER_EXPERIENCE = K.RECOMMEND_PER_EXPERIENCE;
  const RECOMMEND_PER_LOYALTY = K.RECOMMEND_PER_LOYALTY;
  const SPEND_DETRACTOR = K.SPEND_DETRACTOR;
  const SPEND_PER_LOYALTY = K.SPEND_PER_LOYALTY;
  const SPEND_PROMOTER = K.SPEND_PROMOTER;
  const spendOf = p.spend;
  const { segment, ident, loyalty, memory, effort: effMem } = pool;
  const { index, responded, npsReach, npsResp, steps } = sc;
  const { f, iv } = sc;
  const { segCustomers, segPromoters, segDetractors, pathSeg, pathLen } = out;
  let revenue = 0;
  let effortTotal = 0;
  let serviceCustomers = 0;
  let serviceEaseTotal = 0;
  for (let k = 0; k < m; k++) {
    const i = index[k]!;
    const g = segment[i]!;
    const id = ident[i]!;
    const cnt = iv[k * I + I_COUNT]!;
    const fb = k * F;
    const mean = cnt > 0 ? f[fb + F_SUM]! / cnt : 0;
    const remembered = PE_MEAN * mean + PE_PEAK * f[fb + F_PEAK]! + PE_END * f[fb + F_LAST]!;
    const effMean = cnt > 0 ? f[fb + F_EFFORT]! / cnt : 0;
    // The relationship answer 0–10 (links 6, 7, 4): the remembered journey, effort, loyalty.
    let h = Math.imul(answerKey ^ Math.imul(id, 0x61c88647), M2);
    h ^= h >>> 15;
    h = Math.imul(h, M1);
    h ^= h >>> 16;
    const ua = (h >>> 0) * INV32;
    const loy = loyalty[i]!;
    const x =
      RECOMMEND_NEUTRAL +
      RECOMMEND_PER_EXPERIENCE * remembered -
      RECOMMEND_PER_EFFORT * (effMean - EFFORT_TYPICAL) +
      RECOMMEND_PER_LOYALTY * (loy - 0.5) * 2 +
      (ua - 0.5) * 2 * RECOMMEND_NOISE;
    let answer = Math.floor(x + 0.5);
    answer = answer < 0 ? 0 : answer > 10 ? 10 : answer;
    const promoter = answer >= PROMOTER_FROM;
    const detractor = answer <= DETRACTOR_UP_TO;
    const y = promoter ? 1 : detractor ? -1 : 0;
    segCustomers[g]!++;
    if (promoter) segPromoters[g]!++;
    else if (detractor) segDetractors[g]!++;
    let reached = npsReach[k]!;
    const resp = npsResp[k]!;
    while (reached !== 0) {
      const bitT = reached & -reached;
      reached ^= bitT;
      const a = (31 - Math.clz32(bitT)) * ACC;
      if (promoter) acc[a + A_PROMOTERS]!++;
      else if (detractor) acc[a + A_DETRACTORS]!++;
      if ((resp & bitT) !== 0) {
        acc[a + A_MSUM] = acc[a + A_MSUM]! + y;
        acc[a + A_MSQ] = acc[a + A_MSQ]! + y * y;
      }
    }
    // Memory and loyalty for next quarter (link 13); closing the loop repairs some of it (link 8).
    let mem = remembered;
    if (responded[k] === 1) mem += LOOP_RECOVERY;
    memory[i] = mem;
    effMem[i] = effMean;
    let target =
      0.5 + LOYALTY_PER_EXPERIENCE * mem - LOYALTY_PER_EFFORT * (effMean - EFFORT_TYPICAL);
    target = target < 0 ? 0 : target > 1 ? 1 : target;
    loyalty[i] = loy + LOYALTY_RATE * (target - loy);
    revenue +=
      spendOf[g]! *
      (1 +
        SPEND_PER_LOYALTY * (loy - 0.5) * 2 +
        (promoter ? SPEND_PROMOTER : detractor ? SPEND_DETRACTOR : 0));
    effortTotal += effMean;
    const sv = iv[k * I + I_SERVICE]!;
    if (sv > 0) {
      serviceCustomers++;
      serviceEaseTotal += f[fb + F_EASE]! / sv;
    }
    if (k < pathCount) {
      pathSeg[pathFirst + k] = g;
      pathLen[pathFirst + k] = steps[k]!;
    }
  }
  let evaluations = 0;
  for (let t = 0; t < model.T; t++) evaluations += acc[t * ACC + A_CONTACTS]!;
  addTotals(
    out,
    acc,
    model.T,
    pathFirst + pathCount,
    evaluations,
    revenue,
    effortTotal,
    serviceCustomers,
    serviceEaseTotal,
  );
}

function addTotals(
  out: WalkTotals,
  acc: Float64Array,
  T: number,
  paths: number,
  evaluations: number,
  revenue: number,
  effortTotal: number,
  serviceCustomers: number,
  serviceEaseTotal: number,
): void {
  for (let t = 0; t < T; t++) {
    const a = t * ACC;
    out.contacts[t] = out.contacts[t]! + acc[a + A_CONTACTS]!;
    out.satSum[t] = out.satSum[t]! + acc[a + A_SAT]!;
    out.top2[t] = out.top2[t]! + acc[a + A_TOP2]!;
    out.below[t] = out.below[t]! + acc[a + A_BELOW]!;
    out.easeSum[t] = out.easeSum[t]! + acc[a + A_EASE]!;
    out.invited[t] = out.invited[t]! + acc[a + A_INVITED]!;
    out.responses[t] = out.responses[t]! + acc[a + A_RESPONSES]!;
    out.mSum[t] = out.mSum[t]! + acc[a + A_MSUM]!;
    out.mSq[t] = out.mSq[t]! + acc[a + A_MSQ]!;
    out.tpPromoters[t] = out.tpPromoters[t]! + acc[a + A_PROMOTERS]!;
    out.tpDetractors[t] = out.tpDetractors[t]! + acc[a + A_DETRACTORS]!;
  }
  out.paths = paths;
  out.evaluations += evaluations;
  out.revenue += revenue;
  out.effortSum += effortTotal;
  out.serviceCustomers += serviceCustomers;
  out.serviceEaseSum += serviceEaseTotal;
}
