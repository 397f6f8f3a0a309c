import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp } from '../../src/engine/math';

// The engine's exp must give the same bits in every JavaScript engine; it is a port of fdlibm,
// which V8 also uses, so under Node it must equal Math.exp bit for bit. Pinned values (from
// fdlibm) hold it where another engine's Math.exp would differ.
describe('deterministic exp (src/engine/math.ts)', () => {
  it('equals fdlibm on pinned values', () => {
    const pinned: [number, number][] = [
      [0, 1],
      [1, 2.7182818284590455],
      [-1, 0.36787944117144233],
      [0.5, 1.6487212707001282],
      [-0.1, 0.9048374180359595],
      [10, 22026.465794806718],
      [-20, 2.061153622438558e-9],
      [700, 1.0142320547350045e304],
      [-740, 4.2e-322],
    ];
    for (const [x, y] of pinned) expect(Object.is(exp(x), y), `exp(${x})`).toBe(true);
  });

  it('handles the edges', () => {
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(exp(1e-300)).toBe(1);
  });

  it('matches V8’s Math.exp (itself fdlibm) bit for bit', () => {
    fc.assert(
      fc.property(fc.double({ min: -750, max: 720, noNaN: true }), (x) =>
        Object.is(exp(x), Math.exp(x)),
      ),
      { numRuns: 20000 },
    );
  });
});
