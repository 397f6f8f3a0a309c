import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine';

/** The plain definition: sorted keys, undefined properties left out, then JSON text. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(obj[k])}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('writes exactly the text of the plain definition, for any value', () => {
    fc.assert(
      fc.property(fc.anything({ withSparseArray: true, withNullPrototype: true }), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts keys and leaves undefined out, numbers as JSON writes them', () => {
    expect(canonicalJson({ b: [1, -0, NaN], a: undefined, c: { z: 'x', y: null } })).toBe(
      '{"b":[1,0,null],"c":{"y":null,"z":"x"}}',
    );
  });
});
