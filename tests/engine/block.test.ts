import { describe, expect, it } from 'vitest';
import { Block } from '../../src/engine/quarter/block';

describe('Block', () => {
  it('cuts zeroed, disjoint arrays of the asked lengths, each at a multiple of 8 bytes', () => {
    const m = new Block(8 * 3 + 4 * 3 + 5 + 7 + 8 * 4);
    const a = m.f64(3);
    const b = m.i32(3);
    const c = m.u8(5);
    const d = m.i8(7);
    expect([a.length, b.length, c.length, d.length]).toEqual([3, 3, 5, 7]);
    for (const x of [a, b, c, d]) {
      expect(x.byteOffset % 8).toBe(0);
      expect([...x].every((v) => v === 0)).toBe(true);
      expect(x.buffer).toBe(a.buffer);
    }
    a.fill(-1);
    b.fill(-1);
    c.fill(255);
    d.fill(-1);
    // Writing each to its end leaves the others as they were.
    expect([...a]).toEqual([-1, -1, -1]);
    expect([...b]).toEqual([-1, -1, -1]);
    expect([...c]).toEqual([255, 255, 255, 255, 255]);
    expect([...d]).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it('gives an array that does not fit a buffer of its own, zeroed, and leaves the rest as it was', () => {
    const m = new Block(16);
    const a = m.f64(2);
    const b = m.f64(3);
    const c = m.u8(1);
    expect(b.length).toBe(3);
    expect(b.buffer).not.toBe(a.buffer);
    expect([...b]).toEqual([0, 0, 0]);
    expect(c.buffer).not.toBe(a.buffer);
    b.fill(7);
    expect([...a]).toEqual([0, 0]);
  });
});
