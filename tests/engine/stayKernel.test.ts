import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stayKernel } from '../../src/engine/kernel/stayKernel';
import { kernelPool } from '../../src/engine/kernel/walkKernel';
import type { Model } from '../../src/engine/model';
import type { PoolArrays } from '../../src/engine/poolArrays';
import { stayLoop, type StayParams } from '../../src/engine/quarter/market';
import { copyPool, numbers } from './walkCompare';

// The kernel's churn against the TypeScript one (stayLoop) on made-up pools and terms, including
// what the shipped levels never reach: both clamps, NaN and −0 in the pool, 64 segments, empty
// slots anywhere, identities over the whole 32-bit range.

interface Shape {
  G: number;
  n: number;
  seed: number;
  /** How far the pool's values and the terms reach: large values hit the clamps. */
  scale: number;
}

function churn(shape: Shape): { model: Model; pool: PoolArrays; params: StayParams } {
  const { G, n, scale } = shape;
  const { unit, below } = numbers(shape.seed);
  const odd = (x: number) => [x, x, x, x, x, x, -0, 0, NaN][below(9)]!;
  const pool: PoolArrays = {
    segment: new Int32Array(n).map(() => below(G + 1) - 1),
    ident: new Int32Array(n).map(() => (unit() * 4294967296) | 0),
    traits: new Uint32Array(n).map(() => (unit() * 4294967296) >>> 0),
    prefs: new Uint32Array(n).map(() => (unit() * 4294967296) >>> 0),
    loyalty: new Float64Array(n).map(() => odd((unit() - 0.3) * scale)),
    memory: new Float64Array(n).map(() => odd((unit() - 0.5) * scale)),
    effort: new Float64Array(n).map(() => odd(unit() * scale)),
    tenure: new Int32Array(n).map(() => below(40)),
  };
  const params: StayParams = {
    key: (unit() * 4294967296) | 0,
    G,
    priceTerm: new Float64Array(G * 16).map(() => (unit() - 0.3) * 0.2 * scale),
    base: unit() * 0.1,
    perDisloyalty: unit() * 0.3,
    effortFactor: new Float64Array([0, unit() * 0.2]),
    memoryFactor: new Float64Array([0, -unit() * 0.3]),
    typical: unit(),
    churnMin: unit() * 0.05,
    churnMax: 0.3 + unit() * 0.7,
    eventChurn: (unit() - 0.5) * 0.1 * scale,
  };
  const model = { T: 4, C: 2, G } as Model;
  return { model, pool, params };
}

/** The pool copied into the kernel's memory, where the quarter keeps it while the walk runs. */
function inKernel(model: Model, pool: PoolArrays): PoolArrays {
  const room = kernelPool(model, pool.segment.length);
  if (!room) throw new Error('the WebAssembly kernel is not available');
  for (const key of Object.keys(pool) as (keyof PoolArrays)[]) room[key].set(pool[key]);
  return room;
}

function differences(a: PoolArrays, b: PoolArrays): string[] {
  const found: string[] = [];
  for (const key of Object.keys(a) as (keyof PoolArrays)[])
    for (let i = 0; i < a[key].length; i++)
      if (!Object.is(a[key][i], b[key][i])) {
        found.push(`pool.${key}[${i}]: ${a[key][i]} ≠ ${b[key][i]}`);
        break;
      }
  return found;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  G: fc.integer({ min: 1, max: 64 }),
  n: fc.integer({ min: 0, max: 3000 }),
  seed: fc.integer(),
  scale: fc.constantFrom(0.3, 1, 4, 20),
});

describe("the WebAssembly kernel's churn", () => {
  it('is what the pool in the kernel’s memory gets; a pool anywhere else gets the TypeScript loop', () => {
    const { model, pool, params } = churn({ G: 3, n: 50, seed: 1, scale: 1 });
    expect(stayKernel(params, pool)).toBeNull();
    expect(stayKernel(params, inKernel(model, pool))).not.toBeNull();
    expect(stayKernel({ ...params, G: 65 }, inKernel(model, pool))).toBeNull();
  });

  it('stays bit-identical to the TypeScript churn: who stays, their tenure, the counts', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const { model, pool, params } = churn(shape);
        const ts = copyPool(pool);
        const wasm = inKernel(model, pool);
        const a = stayLoop(params, ts);
        const b = stayKernel(params, wasm)!;
        const found = differences(ts, wasm);
        if (!Object.is(a.before, b.before)) found.push(`before: ${a.before} ≠ ${b.before}`);
        if (!Object.is(a.stayed, b.stayed)) found.push(`stayed: ${a.stayed} ≠ ${b.stayed}`);
        a.counts.forEach((x, g) => {
          if (!Object.is(x, b.counts[g])) found.push(`counts[${g}]: ${x} ≠ ${b.counts[g]}`);
        });
        expect(b.counts).toHaveLength(shape.G);
        expect(found).toEqual([]);
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });

  it('lets some customers leave and others stay in a pool of the usual kind', () => {
    const { model, pool, params } = churn({ G: 4, n: 2000, seed: 9, scale: 1 });
    const r = stayKernel(params, inKernel(model, pool))!;
    expect(r.before).toBe(pool.segment.filter((g) => g >= 0).length);
    expect(r.stayed).toBeGreaterThan(0);
    expect(r.stayed).toBeLessThan(r.before);
    expect([...r.counts].reduce((x, y) => x + y, 0)).toBe(r.stayed);
  });
});
