import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clone } from '../../src/engine/game';

const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('clone', () => {
  it('gives what a JSON round trip gives, for any JSON-like value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withSparseArray: true,
          withBoxedValues: false,
          withBigInt: false,
        }),
        (v) => {
          if (v === undefined) return;
          expect(JSON.stringify(clone(v))).toBe(JSON.stringify(viaJson(v)));
          expect(clone(v)).toStrictEqual(viaJson(v));
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('follows JSON on the edge cases: −0, NaN, undefined, dates, prototypes', () => {
    const odd = {
      z: -0,
      n: NaN,
      i: -Infinity,
      u: undefined,
      list: [undefined, -0, () => 1, { f: () => 1 }],
      at: new Date(0),
      nested: { deep: [{ x: 1 }] },
    };
    expect(clone(odd)).toStrictEqual(viaJson(odd));
    expect(Object.is((clone(odd) as { z: number }).z, 0)).toBe(true);
    class Point {
      constructor(readonly x: number) {}
    }
    expect(clone({ p: new Point(2) })).toStrictEqual(viaJson({ p: new Point(2) }));
  });

  it('copies: changing the copy leaves the original alone', () => {
    const a = { list: [1, { b: 2 }], o: { c: [3] } };
    const b = clone(a);
    (b.list[1] as { b: number }).b = 9;
    b.o.c.push(4);
    expect(a).toStrictEqual({ list: [1, { b: 2 }], o: { c: [3] } });
  });
});
