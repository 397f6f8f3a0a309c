import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { walkUsed, walkWasm, wasmWalkAvailable } from '../../src/engine/kernel/walkKernel';
import type { Model } from '../../src/engine/model';
import type { PoolArrays } from '../../src/engine/poolArrays';
import type { Tables } from '../../src/engine/quarter/tables';
import { emptyTotals, walk, type WalkParams } from '../../src/engine/quarter/walk';
import { copyPool, differences, numbers } from './walkCompare';

// The WebAssembly walk against the TypeScript one on made-up quarters, including what the shipped
// levels never do: CES surveys, touchpoints no channel serves (route −1), every clamp (ease below
// 1, CES answers past 1–7, loyalty targets past 0–1, answers past 0–10), any reach and sampling.

interface Shape {
  T: number;
  C: number;
  G: number;
  stages: number;
  n: number;
  seed: number;
  /** How far moods and efforts reach: large values hit the clamps. */
  scale: number;
  calls: number;
}

function quarter(shape: Shape): {
  model: Model;
  tb: Tables;
  pool: PoolArrays;
  params: WalkParams[];
} {
  const { T, C, G, stages: S, n, scale } = shape;
  const { unit, below } = numbers(shape.seed);
  const pick = <V>(...xs: V[]): V => xs[below(xs.length)]!;
  const stageOfTp = new Int32Array(T).map((_, t) => Math.min(S - 1, Math.floor((t * S) / T)));
  const model = { T, C, G, tpWeights: new Float64Array(T * 5).map(() => unit() * 0.5), stageOfTp };
  const tb = {
    route: new Int8Array(T * C).map(() => below(C + 1) - 1),
    effort: new Float64Array(T * C).map(() => unit() * scale),
    ease: new Float64Array((C + 1) * T * C).map(() => 1 + unit() * 6),
    base: new Float64Array(G * T * C).map(() => (unit() - 0.5) * 2 * scale),
    silo: new Float64Array(C * C).map((_, i) => (i % (C + 1) === 0 ? 0 : unit() * 0.3 * scale)),
    reach256: new Int32Array(T).map(() => pick(0, 256, below(257))),
    kanoLoss: new Float64Array(T).map(() => 0.5 + unit()),
    kanoGain: new Float64Array(T).map(() => 0.5 + unit()),
    intensity: new Float64Array(T).map(() => unit() * 3),
    service: new Uint8Array(T).map(() => below(2)),
    metric: new Int32Array(T).map(() => below(4)),
    sample: new Int32Array(T).map(() => pick(0, 65536, below(65537))),
    responseRate: new Float64Array(T).map(() => pick(0, 1, unit())),
  };
  const pool: PoolArrays = {
    segment: new Int32Array(n).map(() => below(G + 1) - 1),
    ident: new Int32Array(n).map(() => (unit() * 4294967296) | 0),
    traits: new Uint32Array(n).map(() => (unit() * 4294967296) >>> 0),
    prefs: new Uint32Array(n).map(() => {
      let v = 0;
      for (let s = 0; s < 8; s++) v |= below(C) << (4 * s);
      return v >>> 0;
    }),
    loyalty: new Float64Array(n).map(() => unit() * 1.6 - 0.3),
    memory: new Float64Array(n).map(() => unit()),
    effort: new Float64Array(n).map(() => unit()),
    tenure: new Int32Array(n),
  };
  const params = Array.from({ length: shape.calls }, () => ({
    seed: below(2 ** 31),
    quarter: below(40),
    spend: new Float64Array(G).map(() => unit() * 3),
    closeTheLoop: unit() < 0.5,
  }));
  return { model: model as unknown as Model, tb: tb as unknown as Tables, pool, params };
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  T: fc.integer({ min: 1, max: 32 }),
  C: fc.integer({ min: 1, max: 16 }),
  G: fc.integer({ min: 1, max: 12 }),
  stages: fc.integer({ min: 1, max: 8 }),
  n: fc.integer({ min: 0, max: 1500 }),
  seed: fc.integer(),
  scale: fc.constantFrom(0.3, 1, 4, 20),
  calls: fc.integer({ min: 1, max: 3 }),
});

describe('the WebAssembly walk', () => {
  it('runs here (Node has WebAssembly with SIMD)', () => {
    expect(wasmWalkAvailable()).toBe(true);
  });

  it('gives exactly what the TypeScript walk gives, call after call into the same totals', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const { model, tb, pool, params } = quarter(shape);
        const poolTs = copyPool(pool);
        const totalsTs = emptyTotals(model);
        const totalsWasm = emptyTotals(model);
        for (const p of params) {
          walk(model, tb, poolTs, p, totalsTs);
          walkWasm(model, tb, pool, p, totalsWasm);
        }
        expect(differences(totalsTs, totalsWasm, poolTs, pool)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('unpacks the contact counts as walk.ts does, even past 2¹⁶ contacts at one touchpoint', () => {
    const shape = { T: 2, C: 2, G: 2, stages: 1, n: 70_000, seed: 11, scale: 1, calls: 1 };
    const { model, tb, pool, params } = quarter(shape);
    tb.reach256.fill(256);
    pool.segment.fill(0);
    const poolTs = copyPool(pool);
    const totalsTs = emptyTotals(model);
    const totalsWasm = emptyTotals(model);
    walk(model, tb, poolTs, params[0]!, totalsTs);
    walkWasm(model, tb, pool, params[0]!, totalsWasm);
    expect(differences(totalsTs, totalsWasm, poolTs, pool)).toEqual([]);
  });

  it('keeps a slot’s dot products only while its traits and the weights stay the same', () => {
    const shape = { T: 13, C: 5, G: 3, stages: 4, n: 800, seed: 21, scale: 1, calls: 1 };
    const { model, tb, pool, params } = quarter(shape);
    const other = { ...model, tpWeights: model.tpWeights.map((w) => w * 1.5) };
    const { unit } = numbers(99);
    const poolTs = copyPool(pool);
    const totalsTs = emptyTotals(model);
    const totalsWasm = emptyTotals(model);
    // The same slots walked again and again: with other weights in the same layout, the first
    // ones back, and with every seventh customer replaced by another (new traits in the slot).
    const walks: [Model, boolean][] = [
      [model, false],
      [other, false],
      [model, false],
      [model, true],
      [other, true],
    ];
    for (const [m, replace] of walks) {
      if (replace)
        for (let i = 0; i < pool.traits.length; i += 7) {
          const traits = (unit() * 4294967296) >>> 0;
          pool.traits[i] = traits;
          poolTs.traits[i] = traits;
        }
      walk(m, tb, poolTs, params[0]!, totalsTs);
      walkWasm(m, tb, pool, params[0]!, totalsWasm);
      expect(differences(totalsTs, totalsWasm, poolTs, pool)).toEqual([]);
    }
  });

  it('leaves the walk to TypeScript where the module cannot load (no WebAssembly or no SIMD)', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', {
      Module: function () {
        throw new Error('CompileError: SIMD unsupported');
      },
    });
    try {
      const fresh = await import('../../src/engine/kernel/walkKernel');
      expect(fresh.wasmWalkAvailable()).toBe(false);
      const shape = { T: 9, C: 4, G: 3, stages: 3, n: 500, seed: 5, scale: 1, calls: 2 };
      const { model, tb, pool, params } = quarter(shape);
      expect(fresh.walkUsed(model)).toBe('ts');
      const poolTs = copyPool(pool);
      const totalsTs = emptyTotals(model);
      const totals = emptyTotals(model);
      for (const p of params) {
        walk(model, tb, poolTs, p, totalsTs);
        fresh.walk(model, tb, pool, p, totals);
      }
      expect(differences(totalsTs, totals, poolTs, pool)).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('leaves models too large for its tables to the TypeScript walk', () => {
    const { model } = quarter({ T: 33, C: 2, G: 1, stages: 1, n: 0, seed: 1, scale: 1, calls: 1 });
    expect(walkUsed(model)).toBe('ts');
    expect(() =>
      walkWasm(model, {} as Tables, {} as PoolArrays, {} as WalkParams, {} as never),
    ).toThrow();
    expect(walkUsed({ ...model, T: 32 })).toBe('wasm');
  });
});
