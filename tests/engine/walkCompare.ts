import type { PoolArrays } from '../../src/engine/poolArrays';
import type { WalkTotals } from '../../src/engine/quarter/walk';

/** A small deterministic generator: fast-check picks the seed and the shape. */
export function numbers(seed: number): { unit: () => number; below: (k: number) => number } {
  let s = seed | 0;
  const unit = () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return ((s >>> 8) & 0xffffff) / 0x1000000;
  };
  return { unit, below: (k) => Math.floor(unit() * k) };
}

export function copyPool(pool: PoolArrays): PoolArrays {
  return {
    segment: pool.segment.slice(),
    ident: pool.ident.slice(),
    traits: pool.traits.slice(),
    prefs: pool.prefs.slice(),
    loyalty: pool.loyalty.slice(),
    memory: pool.memory.slice(),
    effort: pool.effort.slice(),
    tenure: pool.tenure.slice(),
  };
}

export function copyTotals(out: WalkTotals): WalkTotals {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(out))
    copy[key] = typeof value === 'number' ? value : (value as Float64Array | Int32Array).slice();
  return copy as unknown as WalkTotals;
}

/** Every field of the totals and every number the walk writes to the pool, compared by Object.is. */
export function differences(
  a: WalkTotals,
  b: WalkTotals,
  poolA: PoolArrays,
  poolB: PoolArrays,
): string[] {
  const found: string[] = [];
  const compare = (name: string, x: ArrayLike<number>, y: ArrayLike<number>) => {
    if (x.length !== y.length) found.push(`${name}: length ${x.length} ≠ ${y.length}`);
    for (let i = 0; i < x.length; i++)
      if (!Object.is(x[i], y[i])) {
        found.push(`${name}[${i}]: ${x[i]} ≠ ${y[i]}`);
        return;
      }
  };
  const fields = Object.keys(a) as (keyof WalkTotals)[];
  if (fields.join() !== Object.keys(b).join()) found.push('totals: different fields');
  for (const key of fields) {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number' || typeof y === 'number') compare(key, [x as number], [y as number]);
    else compare(key, x, y);
  }
  for (const key of ['loyalty', 'memory', 'effort'] as const)
    compare(`pool.${key}`, poolA[key], poolB[key]);
  return found;
}
