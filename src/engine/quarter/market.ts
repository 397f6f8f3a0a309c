import * as K from '../constants';
import type { Model } from '../model';
import { makePrefs, makeTraits, priceDeviation } from '../pool';
import { STREAM, streamKey, uniform } from '../rng';
import type { QuarterDecisions } from '../schema/decisions';
import type { CompanyState } from '../schema/state';
import type { EventImpact } from './events';
import type { PoolArrays } from './walk';

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/**
 * Churn (link 4, 13): last quarter's disappointment, effort and low loyalty make customers leave;
 * price-sensitive customers leave a premium price. Returns how many of those present stayed.
 */
export function decideStaying(
  model: Model,
  pool: PoolArrays,
  d: QuarterDecisions,
  impact: EventImpact,
  seed: number,
  quarter: number,
): { before: number; stayed: number } {
  const key = streamKey(seed, quarter, STREAM.stay);
  const segs = model.scenario.segments;
  const priceChurn = K.PRICE_CHURN[d.strategy.pricePosition];
  let before = 0;
  let stayed = 0;
  const n = pool.segment.length;
  for (let i = 0; i < n; i++) {
    const g = pool.segment[i]!;
    if (g < 0) continue;
    before++;
    const sensitivity = clamp(segs[g]!.priceSensitivity + priceDeviation(pool.prefs[i]!), 0, 1);
    const p = clamp(
      K.CHURN_BASE +
        K.CHURN_PER_DISLOYALTY * (0.5 - pool.loyalty[i]!) +
        K.CHURN_PER_EFFORT * Math.max(0, pool.effort[i]! - K.EFFORT_TYPICAL) +
        K.CHURN_PER_DISAPPOINTMENT * Math.max(0, -pool.memory[i]!) +
        priceChurn * sensitivity * 2 +
        impact.churn,
      0.01,
      K.CHURN_MAX,
    );
    if (uniform(key, pool.ident[i]!) < p) pool.segment[i] = -1;
    else {
      stayed++;
      pool.tenure[i] = pool.tenure[i]! + 1;
    }
  }
  return { before, stayed };
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
  let slot = 0;
  const cap = pool.segment.length;
  scenario.segments.forEach((seg, g) => {
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
      (scenario.population.arrivals * seg.share * Math.exp(logAppeal) * impact.arrivals) /
      totalShare;
    const whole = Math.floor(expected);
    const count = whole + (uniform(key, g) < expected - whole ? 1 : 0);
    let made = 0;
    while (made < count) {
      while (slot < cap && pool.segment[slot]! >= 0) slot++;
      if (slot >= cap) break;
      const ident = c.nextIdent++;
      pool.segment[slot] = g;
      pool.ident[slot] = ident;
      pool.traits[slot] = makeTraits(traitKey, ident);
      pool.prefs[slot] = makePrefs(model, traitKey, ident, g);
      pool.loyalty[slot] = clamp(seg.loyalty * 0.8, 0, 1);
      pool.memory[slot] = 0;
      pool.effort[slot] = 0;
      pool.tenure[slot] = 0;
      made++;
    }
    arrivals.push(made);
  });
  return arrivals;
}
