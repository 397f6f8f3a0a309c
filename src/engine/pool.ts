import { EXPECTATION_SPREAD, PRICE_SENSITIVITY_RANGE } from './constants';
import type { Model } from './model';

/** draw(key, index) from rng.ts, repeated here so the per-customer calls stay inside this module. */
function draw(key: number, index: number): number {
  let h = key ^ Math.imul(index, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Individual traits are fixed when a customer arrives and packed into two 32-bit integers so the
 * pool stays a handful of flat number arrays: 5 × 6 bits of expectation deviation, and 4 bits of
 * preferred channel per stage plus 4 bits of price-sensitivity deviation.
 */
export function makeTraits(key: number, ident: number): number {
  return draw(key, ident * 4) & 0x3fffffff;
}

/** Deviation of dimension k (−EXPECTATION_SPREAD … +EXPECTATION_SPREAD) from packed traits. */
export function traitDeviation(traits: number, k: number): number {
  return (((traits >>> (k * 6)) & 63) / 63 - 0.5) * 2 * EXPECTATION_SPREAD;
}

/** Preferred channel per stage, drawn from the segment's preference table. */
export function makePrefs(model: Model, key: number, ident: number, g: number): number {
  const { S, prefPick } = model;
  let packed = 0;
  let u = 0;
  for (let s = 0; s < S; s++) {
    // One draw holds the bytes of four stages.
    if ((s & 3) === 0) u = draw(key, ident * 4 + 1 + (s >> 2));
    const byte = (u >>> ((s & 3) * 8)) & 255;
    packed |= prefPick[(g * S + s) * 256 + byte]! << (s * 4);
  }
  const priceBits = draw(key, ident * 4 + 3) & 15;
  return (packed | (priceBits << 28)) >>> 0;
}

/** Price-sensitivity deviation (± half of PRICE_SENSITIVITY_RANGE) from packed prefs. */
export function priceDeviation(prefs: number): number {
  return ((prefs >>> 28) / 15 - 0.5) * PRICE_SENSITIVITY_RANGE;
}

export function prefChannel(prefs: number, stage: number): number {
  return (prefs >>> (stage * 4)) & 15;
}
