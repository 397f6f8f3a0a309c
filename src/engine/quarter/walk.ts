import * as Constants from '../constants';
import type { Model } from '../model';
import { STREAM, streamKey } from '../rng';
import type { PoolArrays } from '../poolArrays';
import type { Tables } from './tables';

// A plain copy of the constants: where modules become CommonJS (tsx: the CLI, the bench) every
// read of a namespace property is a getter call, and these are read per touchpoint and channel.
const K = { ...Constants };

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
  /** Per segment: contacts and top-2-box contacts (CSAT), service customers and their ease (CES). */
  segContacts: Float64Array;
  segTop2: Float64Array;
  segService: Float64Array;
  segEaseSum: Float64Array;
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

/**
 * Fresh totals for one quarter. Their arrays are views of one zeroed buffer (the Float64Arrays
 * first, so each starts on a multiple of 8): 23 typed arrays of their own would be 23 off-heap
 * blocks to allocate and for the collector to track, every quarter.
 */
export function emptyTotals(model: Model): WalkTotals {
  const { T, G } = model;
  const P = K.PATH_SAMPLE;
  const buf = new ArrayBuffer(8 * (11 * T + 7 * G + P * T) + 4 * (2 * P + 2 * P * T));
  const perTp = 8 * T;
  const perSeg = 8 * G;
  const seg = 11 * perTp;
  const paths = seg + 7 * perSeg;
  const ints = paths + 8 * P * T;
  return {
    contacts: new Float64Array(buf, 0, T),
    satSum: new Float64Array(buf, perTp, T),
    top2: new Float64Array(buf, 2 * perTp, T),
    easeSum: new Float64Array(buf, 3 * perTp, T),
    below: new Float64Array(buf, 4 * perTp, T),
    invited: new Float64Array(buf, 5 * perTp, T),
    responses: new Float64Array(buf, 6 * perTp, T),
    mSum: new Float64Array(buf, 7 * perTp, T),
    mSq: new Float64Array(buf, 8 * perTp, T),
    tpPromoters: new Float64Array(buf, 9 * perTp, T),
    tpDetractors: new Float64Array(buf, 10 * perTp, T),
    segCustomers: new Float64Array(buf, seg, G),
    segPromoters: new Float64Array(buf, seg + perSeg, G),
    segDetractors: new Float64Array(buf, seg + 2 * perSeg, G),
    segContacts: new Float64Array(buf, seg + 3 * perSeg, G),
    segTop2: new Float64Array(buf, seg + 4 * perSeg, G),
    segService: new Float64Array(buf, seg + 5 * perSeg, G),
    segEaseSum: new Float64Array(buf, seg + 6 * perSeg, G),
    revenue: 0,
    effortSum: 0,
    serviceCustomers: 0,
    serviceEaseSum: 0,
    evaluations: 0,
    pathMood: new Float64Array(buf, paths, P * T),
    pathSeg: new Int32Array(buf, ints, P),
    pathLen: new Int32Array(buf, ints + 4 * P, P),
    pathTp: new Int32Array(buf, ints + 8 * P, P * T),
    pathCh: new Int32Array(buf, ints + 8 * P + 4 * P * T, P * T),
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

/**
 * Per-touchpoint settings packed into one row each (numbers and integers apart), so the hot loop
 * reads two flat arrays instead of a dozen.
 */
const ROW = 16;
const R_LOSS = 0;
const R_GAIN = 1;
const R_INTENSITY = 2;
const R_RATE = 3;
const R_W = 4; // five dimension weights, 4 … 8
const IROW = 8;
const I_SHIFT = 0;
const I_SERVICE = 1;
const I_METRIC = 2;
const I_SAMPLE = 3;

/** Per-touchpoint sums, one block each, copied to the totals after the loop. */
const ACC = 16;
/**
 * Contacts, contacts below expectation and top-2-box contacts, packed into one number as
 * contacts + below·2¹⁶ + top2·2³²: one read-modify-write per contact instead of three. Exact, as a
 * pool holds at most 60,000 customers (< 2¹⁶) and the sum stays below 2⁵³.
 */
const A_COUNTS = 0;
const A_SAT = 1;
const BELOW_UNIT = 65536;
const TOP2_UNIT = 4294967296;
const A_EASE = 4;
const A_INVITED = 5;
const A_RESPONSES = 6;
const A_MSUM = 7;
const A_MSQ = 8;
const A_PROMOTERS = 9;
const A_DETRACTORS = 10;

/**
 * The hot loop: every active customer walks the journey (links 2–7). One 32-bit draw per customer
 * and touchpoint feeds reach (8 bits), the contact's noise (8 bits) and survey sampling (16 bits).
 * Everything that does not depend on the individual is looked up from the quarter's tables, packed
 * into flat rows before the loop; the customer adds only their own expectations (5 multiply-adds).
 * No allocation, closure or property lookup per customer. Where a branch would depend on a coin
 * flip (the sign of a contact, promoter or not, a channel switch) the loop uses a 0/1 value or a
 * small lookup instead; each gives exactly what the branch gave (adding 0, multiplying by 1).
 */
export function walk(
  model: Model,
  tb: Tables,
  pool: PoolArrays,
  p: WalkParams,
  out: WalkTotals,
): void {
  const CONTACT_NOISE = K.CONTACT_NOISE;
  const CONTACT_INCIDENTS = K.CONTACT_INCIDENTS;
  const INCIDENT_DROP = K.INCIDENT_DROP;
  const CSAT_TOP2_ABOVE = K.CSAT_TOP2_ABOVE;
  const DETRACTOR_UP_TO = K.DETRACTOR_UP_TO;
  const EFFORT_TO_SATISFACTION = K.EFFORT_TO_SATISFACTION;
  const EFFORT_TYPICAL = K.EFFORT_TYPICAL;
  const EXPECTATION_SPREAD = K.EXPECTATION_SPREAD;
  const LOOP_RECOVERY = p.closeTheLoop ? K.LOOP_RECOVERY : 0;
  const LOYALTY_PER_EFFORT = K.LOYALTY_PER_EFFORT;
  const LOYALTY_PER_EXPERIENCE = K.LOYALTY_PER_EXPERIENCE;
  const LOYALTY_RATE = K.LOYALTY_RATE;
  const NEGATIVE_INTENSITY = K.NEGATIVE_INTENSITY;
  const PATH_SAMPLE = K.PATH_SAMPLE;
  const PE_MEAN = K.PEAK_END.mean;
  const PE_PEAK = K.PEAK_END.peak;
  const PE_END = K.PEAK_END.end;
  const PROMOTER_FROM = K.PROMOTER_FROM;
  const RECOMMEND_NEUTRAL = K.RECOMMEND_NEUTRAL;
  const RECOMMEND_NOISE = K.RECOMMEND_NOISE;
  const reservedBelow = Math.round(K.RESERVED_RATERS * 65536);
  const RESERVED_TOP = K.RESERVED_TOP;
  const RECOMMEND_PER_EFFORT = K.RECOMMEND_PER_EFFORT;
  const RECOMMEND_PER_EXPERIENCE = K.RECOMMEND_PER_EXPERIENCE;
  const RECOMMEND_PER_LOYALTY = K.RECOMMEND_PER_LOYALTY;
  const SPEND_DETRACTOR = K.SPEND_DETRACTOR;
  const SPEND_PER_LOYALTY = K.SPEND_PER_LOYALTY;
  const SPEND_PROMOTER = K.SPEND_PROMOTER;
  const { T, C, tpWeights: W, stageOfTp } = model;
  const TC = T * C;
  const walkKey = streamKey(p.seed, p.quarter, STREAM.walk);
  const answerKey = streamKey(p.seed, p.quarter, STREAM.answer);
  const { route, effort, base, silo, ease: easeTb } = tb;
  const spendOf = p.spend;

  const row = new Float64Array(T * ROW);
  const irow = new Int32Array(T * IROW);
  for (let t = 0; t < T; t++) {
    const r = t * ROW;
    row[r + R_LOSS] = tb.kanoLoss[t]!;
    row[r + R_GAIN] = tb.kanoGain[t]!;
    row[r + R_INTENSITY] = tb.intensity[t]!;
    row[r + R_RATE] = tb.responseRate[t]!;
    for (let k = 0; k < 5; k++) row[r + R_W + k] = W[t * 5 + k]!;
    const ir = t * IROW;
    irow[ir + I_SHIFT] = stageOfTp[t]! * 4;
    irow[ir + I_SERVICE] = tb.service[t]!;
    irow[ir + I_METRIC] = tb.metric[t]!;
    irow[ir + I_SAMPLE] = tb.sample[t]!;
  }
  const reach = tb.reach256;
  const siloX = new Float64Array((C + 1) * C);
  siloX.set(silo, C);
  const spendBonus = new Float64Array([SPEND_DETRACTOR, 0, SPEND_PROMOTER]);
  // This customer's draw per touchpoint, kept for the touchpoints reached.
  const draws = new Int32Array(T);
  // The peak so far and a candidate, picked by a 0/1 index rather than a branch on the mood.
  const pick = new Float64Array(4);
  const acc = new Float64Array(T * ACC);
  const { segCustomers, segPromoters, segDetractors } = out;
  const { segContacts, segTop2, segService, segEaseSum } = out;
  const { pathTp, pathCh, pathMood, pathSeg, pathLen } = out;
  let paths = out.paths;
  const pendingNps = new Int32Array(T);
  const spread = (2 * EXPECTATION_SPREAD) / 63;
  const noiseScale = (2 * CONTACT_NOISE) / 255;
  const effSat = EFFORT_TO_SATISFACTION;
  const csatAt = CSAT_TOP2_ABOVE;
  const neg = NEGATIVE_INTENSITY;
  const sign = new Float64Array([1, -neg]);
  const { segment, ident, traits, prefs, loyalty, memory, effort: effMem } = pool;
  const n = segment.length;
  let revenue = 0;
  let effortTotal = 0;
  let serviceCustomers = 0;
  let serviceEaseTotal = 0;
  for (let i = 0; i < n; i++) {
    const g = segment[i]!;
    if (g < 0) continue;
    const tr = traits[i]!;
    const pf = prefs[i]!;
    const d0 = ((tr & 63) - 31.5) * spread;
    const d1 = (((tr >>> 6) & 63) - 31.5) * spread;
    const d2 = (((tr >>> 12) & 63) - 31.5) * spread;
    const d3 = (((tr >>> 18) & 63) - 31.5) * spread;
    const d4 = (((tr >>> 24) & 63) - 31.5) * spread;
    const id = ident[i]!;
    const rowKey = walkKey ^ Math.imul(id, 0x27d4eb2f);
    const respKey = Math.imul(answerKey ^ Math.imul(id, GOLD), 0x165667b1);
    const gOff = g * T * C;
    const recordPath = paths < PATH_SAMPLE;
    const pathBase = paths * T;
    let steps = 0;
    let sum = 0;
    let count = 0;
    let top2 = 0;
    let peak = 0;
    let peakWeight = -1;
    let last = 0;
    let effSum = 0;
    let easeSvc = 0;
    let svc = 0;
    let prev = -1;
    let npsCount = 0;
    let responded = false;
    // One draw per touchpoint; which ones this customer reaches becomes a bit mask without a
    // branch (reach is a coin flip per touchpoint, so an `if` here mispredicts constantly).
    let mask = 0;
    for (let t = 0; t < T; t++) {
      // draw(rowKey, t), inlined: murmur3 finaliser.
      let r = rowKey ^ Math.imul(t + 1, GOLD);
      r ^= r >>> 16;
      r = Math.imul(r, M1);
      r ^= r >>> 13;
      r = Math.imul(r, M2);
      r ^= r >>> 16;
      draws[t] = r;
      mask |= (((r & 255) - reach[t]!) >>> 31) << t;
    }
    while (mask !== 0) {
      const t = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      const r = draws[t]!;
      const b = t * ROW;
      const ib = t * IROW;
      const j = t * C + ((pf >>> irow[ib + I_SHIFT]!) & 15);
      const ch = route[j]!;
      const e0 = effort[j]!;
      let e = e0;
      // This contact's CES given the channel used before (tables.ts, `ease`).
      const ej = (prev + 1) * TC + j;
      if (irow[ib + I_SERVICE] !== 0) {
        const ease = easeTb[ej]!;
        const at = t * ACC;
        acc[at + A_EASE] = acc[at + A_EASE]! + ease;
        easeSvc += ease;
        svc++;
      }
      if (ch >= 0) {
        // Silo effort of a switch; row 0 (no channel yet) and the diagonal are zero.
        e += siloX[(prev + 1) * C + ch]!;
        prev = ch;
      }
      const nb = (r >>> 8) & 255;
      let s =
        base[gOff + j]! -
        (row[b + R_W]! * d0 +
          row[b + R_W + 1]! * d1 +
          row[b + R_W + 2]! * d2 +
          row[b + R_W + 3]! * d3 +
          row[b + R_W + 4]! * d4) +
        (nb * noiseScale - CONTACT_NOISE - INCIDENT_DROP * +(nb < CONTACT_INCIDENTS)) -
        effSat * (e - e0);
      const a = t * ACC;
      // Kano shape and peak weight without branches: the sign of s is a coin flip for the CPU.
      // R_LOSS sits just before R_GAIN; s * −neg is exactly −s * neg.
      const isNeg = +(s < 0);
      s *= row[b + R_GAIN - isNeg]!;
      let weight = s * sign[isNeg]!;
      const isTop2 = +(s > csatAt);
      acc[a + A_COUNTS] = acc[a + A_COUNTS]! + (1 + isNeg * BELOW_UNIT + isTop2 * TOP2_UNIT);
      acc[a + A_SAT] = acc[a + A_SAT]! + s;
      top2 += isTop2;
      sum += s;
      count++;
      effSum += e;
      last = s;
      weight *= row[b + R_INTENSITY]!;
      // The most intense contact is the peak (the first of equals): whether this one is, is a
      // coin flip for the CPU, so both are written and the right one read back.
      const up = +(weight > peakWeight);
      pick[0] = peak;
      pick[1] = s;
      pick[2] = peakWeight;
      pick[3] = weight;
      peak = pick[up]!;
      peakWeight = pick[2 + up]!;
      if (recordPath) {
        pathTp[pathBase + steps] = t;
        pathCh[pathBase + steps] = ch;
        pathMood[pathBase + steps] = s;
        steps++;
      }
      const m = irow[ib + I_METRIC]!;
      if (m !== 0) {
        if (m === 1) pendingNps[npsCount++] = t;
        if (r >>> 16 < irow[ib + I_SAMPLE]!) {
          acc[a + A_INVITED]!++;
          const u = (respKey ^ (t * 0x27d4eb2f)) >>> 0;
          let h = u ^ (u >>> 15);
          h = Math.imul(h, M1) >>> 0;
          h ^= h >>> 13;
          const ur = (h >>> 0) * INV32;
          if (ur < row[b + R_RATE]!) {
            responded = true;
            acc[a + A_RESPONSES]!++;
            if (m === 2) {
              const y = s > csatAt ? 1 : 0;
              acc[a + A_MSUM] = acc[a + A_MSUM]! + y;
              acc[a + A_MSQ] = acc[a + A_MSQ]! + y;
            } else if (m === 3) {
              let ease = Math.floor(easeTb[ej]! + 0.5 + (((h >>> 20) & 15) / 15 - 0.5));
              ease = ease < 1 ? 1 : ease > 7 ? 7 : ease;
              acc[a + A_MSUM] = acc[a + A_MSUM]! + ease;
              acc[a + A_MSQ] = acc[a + A_MSQ]! + ease * ease;
            } else {
              // An NPS respondent: the answer is known after the journey; mark as pending (−1−t).
              pendingNps[npsCount - 1] = -1 - t;
            }
          }
        }
      }
    }
    const mean = count > 0 ? sum / count : 0;
    const remembered = PE_MEAN * mean + PE_PEAK * peak + PE_END * last;
    const effMean = count > 0 ? effSum / count : 0;
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
    // A reserved rater keeps 9 and 10 for the exceptional. It is the customer's own response
    // style, so it comes from their identity alone and stays the same every quarter.
    let style = Math.imul(id ^ 0x5bd1e995, M1);
    style ^= style >>> 15;
    style = Math.imul(style, M2);
    style ^= style >>> 16;
    const top = 10 - (10 - RESERVED_TOP) * +((style & 0xffff) < reservedBelow);
    let answer = Math.floor(x + 0.5);
    answer = answer < 0 ? 0 : answer > top ? top : answer;
    // Promoter or detractor as 0/1 rather than branches.
    const isP = +(answer >= PROMOTER_FROM);
    const isD = +(answer <= DETRACTOR_UP_TO);
    const y = isP - isD;
    segCustomers[g]!++;
    segPromoters[g] = segPromoters[g]! + isP;
    segDetractors[g] = segDetractors[g]! + isD;
    for (let k = 0; k < npsCount; k++) {
      const v = pendingNps[k]!;
      const a = (v < 0 ? -1 - v : v) * ACC;
      acc[a + A_PROMOTERS] = acc[a + A_PROMOTERS]! + isP;
      acc[a + A_DETRACTORS] = acc[a + A_DETRACTORS]! + isD;
      if (v < 0) {
        acc[a + A_MSUM] = acc[a + A_MSUM]! + y;
        acc[a + A_MSQ] = acc[a + A_MSQ]! + y * y;
      }
    }
    // Memory and loyalty for next quarter (link 13); closing the loop repairs some of it (link 8).
    let mem = remembered;
    if (responded) mem += LOOP_RECOVERY;
    memory[i] = mem;
    effMem[i] = effMean;
    let target =
      0.5 + LOYALTY_PER_EXPERIENCE * mem - LOYALTY_PER_EFFORT * (effMean - EFFORT_TYPICAL);
    target = target < 0 ? 0 : target > 1 ? 1 : target;
    loyalty[i] = loy + LOYALTY_RATE * (target - loy);
    revenue += spendOf[g]! * (1 + SPEND_PER_LOYALTY * (loy - 0.5) * 2 + spendBonus[y + 1]!);
    effortTotal += effMean;
    // Customers with a service contact and their mean ease; the others add 0 (0 / 1).
    const some = +(svc > 0);
    const ease = easeSvc / (svc + 1 - some);
    serviceCustomers += some;
    serviceEaseTotal += ease;
    segContacts[g] = segContacts[g]! + count;
    segTop2[g] = segTop2[g]! + top2;
    segService[g] = segService[g]! + some;
    segEaseSum[g] = segEaseSum[g]! + ease;
    if (recordPath) {
      pathSeg[paths] = g;
      pathLen[paths] = steps;
      paths++;
    }
  }
  // The epilogue lives in its own function: V8 compiles this one on stack while the customer loop
  // runs, before the code after the loop has ever run, and would otherwise deoptimise there.
  addTotals(out, acc, T, paths, revenue, effortTotal, serviceCustomers, serviceEaseTotal);
}

function addTotals(
  out: WalkTotals,
  acc: Float64Array,
  T: number,
  paths: number,
  revenue: number,
  effortTotal: number,
  serviceCustomers: number,
  serviceEaseTotal: number,
): void {
  let evaluations = 0;
  for (let t = 0; t < T; t++) {
    const a = t * ACC;
    const counts = acc[a + A_COUNTS]!;
    const top2 = Math.floor(counts / TOP2_UNIT);
    const below = Math.floor((counts - top2 * TOP2_UNIT) / BELOW_UNIT);
    const contacts = counts - top2 * TOP2_UNIT - below * BELOW_UNIT;
    evaluations += contacts;
    out.contacts[t] = out.contacts[t]! + contacts;
    out.satSum[t] = out.satSum[t]! + acc[a + A_SAT]!;
    out.top2[t] = out.top2[t]! + top2;
    out.below[t] = out.below[t]! + below;
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
