/**
 * A seeded generator for drawing and shuffling questions: the caller passes the seed (a practice
 * session's is drawn once in the UI), so the same seed draws the same exam, in Node and browsers.
 */
import { mix32 } from '../engine/rng';

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
}

export function seededRandom(seed: number): Random {
  let i = 0;
  const key = mix32((seed >>> 0) ^ 0x51ed270b);
  const next = () => mix32(key ^ Math.imul(++i, 0x9e3779b1)) / 4294967296;
  return { next, below: (n) => Math.floor(next() * n) };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
