import * as K from '../constants';
import type { Model } from '../model';
import { STREAM, streamKey } from '../rng';
import type { Tables } from './tables';

/** The pool as typed arrays for one quarter. */
export interface PoolArrays {
  segment: Int32Array;
  ident: Int32Array;
  traits: Uint32Array;
  prefs: Uint32Array;
  loyalty: Float64Array;
  memory: Float64Array;
  effort: Float64Array;
  tenure: Int32Array;
}

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

/**
 * The hot loop: every active customer walks the journey (links 2–7). One 32-bit draw per customer
 * and touchpoint feeds reach (8 bits), the contact's noise (8 bits) and survey sampling (16 bits).
 * Everything that does not depend on the individual is looked up from the quarter's tables; the
 * customer adds only their own expectations (5 multiply-adds).
 */
export function walk(
  model: Model,
  tb: Tables,
  pool: PoolArrays,
  p: WalkParams,
  out: WalkTotals,
): void {
  const CES_PER_EFFORT = K.CES_PER_EFFORT;
  const CONTACT_NOISE = K.CONTACT_NOISE;
  const CSAT_TOP2_ABOVE = K.CSAT_TOP2_ABOVE;
  const DETRACTOR_UP_TO = K.DETRACTOR_UP_TO;
  const EFFORT_TO_SATISFACTION = K.EFFORT_TO_SATISFACTION;
  const EFFORT_TYPICAL = K.EFFORT_TYPICAL;
  const EXPECTATION_SPREAD = K.EXPECTATION_SPREAD;
  const LOOP_RECOVERY = K.LOOP_RECOVERY;
  const LOYALTY_PER_EFFORT = K.LOYALTY_PER_EFFORT;
  const LOYALTY_PER_EXPERIENCE = K.LOYALTY_PER_EXPERIENCE;
  const LOYALTY_RATE = K.LOYALTY_RATE;
  const NEGATIVE_INTENSITY = K.NEGATIVE_INTENSITY;
  const PATH_SAMPLE = K.PATH_SAMPLE;
  const PEAK_END = K.PEAK_END;
  const PROMOTER_FROM = K.PROMOTER_FROM;
  const RECOMMEND_NEUTRAL = K.RECOMMEND_NEUTRAL;
  const RECOMMEND_NOISE = K.RECOMMEND_NOISE;
  const RECOMMEND_PER_EFFORT = K.RECOMMEND_PER_EFFORT;
  const RECOMMEND_PER_EXPERIENCE = K.RECOMMEND_PER_EXPERIENCE;
  const RECOMMEND_PER_LOYALTY = K.RECOMMEND_PER_LOYALTY;
  const SPEND_DETRACTOR = K.SPEND_DETRACTOR;
  const SPEND_PER_LOYALTY = K.SPEND_PER_LOYALTY;
  const SPEND_PROMOTER = K.SPEND_PROMOTER;
  const { T, C, tpWeights: W, stageOfTp } = model;
  const walkKey = streamKey(p.seed, p.quarter, STREAM.walk);
  const answerKey = streamKey(p.seed, p.quarter, STREAM.answer);
  const { route, effort, base, reach256, kanoLoss, kanoGain, intensity, service, silo } = tb;
  const { metric, sample, responseRate } = tb;
  const { contacts, satSum, top2, easeSum, below, invited, responses, mSum, mSq } = out;
  const { tpPromoters, tpDetractors, segCustomers, segPromoters, segDetractors } = out;
  const stageShift = new Int32Array(T);
  for (let t = 0; t < T; t++) stageShift[t] = stageOfTp[t]! * 4;
  const pendingNps = new Int32Array(T);
  const spread = (2 * EXPECTATION_SPREAD) / 63;
  const noiseScale = (2 * CONTACT_NOISE) / 255;
  const effSat = EFFORT_TO_SATISFACTION;
  const csatAt = CSAT_TOP2_ABOVE;
  const neg = NEGATIVE_INTENSITY;
  const { segment, ident, traits, prefs, loyalty, memory, effort: effMem } = pool;
  const n = segment.length;
  let evaluations = 0;
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
    const gOff = g * T * C;
    const recordPath = out.paths < PATH_SAMPLE;
    const pathBase = out.paths * T;
    let steps = 0;
    let sum = 0;
    let count = 0;
    let peak = 0;
    let peakWeight = -1;
    let last = 0;
    let effSum = 0;
    let easeSvc = 0;
    let svc = 0;
    let prev = -1;
    let npsCount = 0;
    let responded = false;
    for (let t = 0; t < T; t++) {
      // draw(rowKey, t), inlined: murmur3 finaliser.
      let r = rowKey ^ Math.imul(t + 1, GOLD);
      r ^= r >>> 16;
      r = Math.imul(r, M1);
      r ^= r >>> 13;
      r = Math.imul(r, M2);
      r ^= r >>> 16;
      if ((r & 255) >= reach256[t]!) continue;
      evaluations++;
      const j = t * C + ((pf >>> stageShift[t]!) & 15);
      const ch = route[j]!;
      const w = t * 5;
      let e = effort[j]!;
      if (ch !== prev && prev >= 0 && ch >= 0) e += silo[prev * C + ch]!;
      if (ch >= 0) prev = ch;
      let s =
        base[gOff + j]! -
        (W[w]! * d0 + W[w + 1]! * d1 + W[w + 2]! * d2 + W[w + 3]! * d3 + W[w + 4]! * d4) +
        (((r >>> 8) & 255) * noiseScale - CONTACT_NOISE) -
        effSat * (e - effort[j]!);
      if (s < 0) {
        below[t]!++;
        s *= kanoLoss[t]!;
      } else s *= kanoGain[t]!;
      contacts[t]!++;
      satSum[t] = satSum[t]! + s;
      if (s > csatAt) top2[t]!++;
      sum += s;
      count++;
      effSum += e;
      last = s;
      const weight = (s < 0 ? -s * neg : s) * intensity[t]!;
      if (weight > peakWeight) {
        peakWeight = weight;
        peak = s;
      }
      if (service[t]) {
        let ease = 7 - CES_PER_EFFORT * e;
        ease = ease < 1 ? 1 : ease;
        easeSum[t] = easeSum[t]! + ease;
        easeSvc += ease;
        svc++;
      }
      if (recordPath) {
        out.pathTp[pathBase + steps] = t;
        out.pathCh[pathBase + steps] = ch;
        out.pathMood[pathBase + steps] = s;
        steps++;
      }
      const m = metric[t]!;
      if (m !== 0) {
        if (m === 1) pendingNps[npsCount++] = t;
        if (r >>> 16 < sample[t]!) {
          invited[t]!++;
          const u =
            (Math.imul(answerKey ^ Math.imul(id, GOLD), 0x165667b1) ^ (t * 0x27d4eb2f)) >>> 0;
          let h = u ^ (u >>> 15);
          h = Math.imul(h, M1) >>> 0;
          h ^= h >>> 13;
          const ur = (h >>> 0) * INV32;
          if (ur < responseRate[t]!) {
            responded = true;
            responses[t]!++;
            if (m === 2) {
              const y = s > csatAt ? 1 : 0;
              mSum[t] = mSum[t]! + y;
              mSq[t] = mSq[t]! + y;
            } else if (m === 3) {
              let ease = Math.floor(7.5 - CES_PER_EFFORT * e + (((h >>> 20) & 15) / 15 - 0.5));
              ease = ease < 1 ? 1 : ease > 7 ? 7 : ease;
              mSum[t] = mSum[t]! + ease;
              mSq[t] = mSq[t]! + ease * ease;
            } else {
              // An NPS respondent: the answer is known after the journey; mark as pending (−1−t).
              pendingNps[npsCount - 1] = -1 - t;
            }
          }
        }
      }
    }
    const mean = count > 0 ? sum / count : 0;
    const remembered = PEAK_END.mean * mean + PEAK_END.peak * peak + PEAK_END.end * last;
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
    let answer = Math.floor(x + 0.5);
    answer = answer < 0 ? 0 : answer > 10 ? 10 : answer;
    const promoter = answer >= PROMOTER_FROM;
    const detractor = answer <= DETRACTOR_UP_TO;
    const y = promoter ? 1 : detractor ? -1 : 0;
    segCustomers[g]!++;
    if (promoter) segPromoters[g]!++;
    else if (detractor) segDetractors[g]!++;
    for (let k = 0; k < npsCount; k++) {
      const v = pendingNps[k]!;
      const t = v < 0 ? -1 - v : v;
      if (promoter) tpPromoters[t]!++;
      else if (detractor) tpDetractors[t]!++;
      if (v < 0) {
        mSum[t] = mSum[t]! + y;
        mSq[t] = mSq[t]! + y * y;
      }
    }
    // Memory and loyalty for next quarter (link 13); closing the loop repairs some of it (link 8).
    let mem = remembered;
    if (responded && p.closeTheLoop) mem += LOOP_RECOVERY;
    memory[i] = mem;
    effMem[i] = effMean;
    let target =
      0.5 + LOYALTY_PER_EXPERIENCE * mem - LOYALTY_PER_EFFORT * (effMean - EFFORT_TYPICAL);
    target = target < 0 ? 0 : target > 1 ? 1 : target;
    loyalty[i] = loy + LOYALTY_RATE * (target - loy);
    revenue +=
      p.spend[g]! *
      (1 +
        SPEND_PER_LOYALTY * (loy - 0.5) * 2 +
        (promoter ? SPEND_PROMOTER : detractor ? SPEND_DETRACTOR : 0));
    effortTotal += effMean;
    if (svc > 0) {
      serviceCustomers++;
      serviceEaseTotal += easeSvc / svc;
    }
    if (recordPath) {
      out.pathSeg[out.paths] = g;
      out.pathLen[out.paths] = steps;
      out.paths++;
    }
  }
  out.evaluations += evaluations;
  out.revenue += revenue;
  out.effortSum += effortTotal;
  out.serviceCustomers += serviceCustomers;
  out.serviceEaseSum += serviceEaseTotal;
}
