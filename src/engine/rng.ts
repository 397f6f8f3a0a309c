/**
 * Counter-based random numbers: a draw is a pure hash of (seed, stream, index), not the next step
 * of a sequence. Each customer's luck therefore does not depend on what else happened, so two plans
 * that differ in one lever meet the same customers with the same luck (common random numbers).
 * Only 32-bit integer arithmetic (Math.imul, shifts), identical in every JavaScript engine.
 */

/** Streams keep independent purposes apart. */
export const STREAM = {
  traits: 0x1b873593,
  stay: 0x2f8a1c45,
  arrive: 0x3c6ef372,
  walk: 0x5bd1e995,
  answer: 0x68e31da4,
  events: 0x7feb352d,
  market: 0x846ca68b,
  comments: 0x9b05688c,
} as const;

/** murmur3's 32-bit finaliser: a fast, well-mixed integer hash. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A key for one quarter and purpose, folded from the seed. */
export function streamKey(seed: number, quarter: number, stream: number): number {
  return mix32(mix32(seed ^ stream) + Math.imul(quarter + 1, 0x9e3779b1));
}

/** The draw number `index` of a stream key, as an unsigned 32-bit integer. */
export function draw(key: number, index: number): number {
  return mix32(key ^ Math.imul(index, 0x9e3779b1));
}

/** A draw as a number in [0, 1). */
export function uniform(key: number, index: number): number {
  return draw(key, index) / 4294967296;
}
