import { describe, expect, it } from 'vitest';
import { formatNumber, numbersIn, recompute, textShowsValue } from '../../src/practice/calc';

describe('recompute', () => {
  it('computes every calc kind as the bank format defines it', () => {
    expect(recompute({ kind: 'nps', promoters: 120, passives: 50, detractors: 30, value: 0 })).toBe(
      45,
    );
    expect(recompute({ kind: 'csat', counts: [5, 5, 10, 40, 40], value: 0 })).toBe(80);
    // (1·1 + 2·1 + 4·2 + 6·3 + 7·3) / 10 = 50 / 10
    expect(recompute({ kind: 'ces', counts: [1, 1, 0, 2, 0, 3, 3], value: 0 })).toBe(5);
    expect(recompute({ kind: 'ces', counts: [0, 0, 0, 1, 1, 1, 0], value: 0 })).toBe(5);
    expect(recompute({ kind: 'ces', counts: [0, 0, 1, 1, 1, 0, 0], value: 0 })).toBe(4);
    expect(recompute({ kind: 'ces', counts: [0, 0, 0, 2, 1, 0, 0], value: 0 })).toBe(4.3);
    expect(recompute({ kind: 'moe', p: 0.5, n: 400, value: 0 })).toBe(4.9);
    expect(recompute({ kind: 'moe', p: 0.3, n: 100, value: 0 })).toBe(9);
    expect(recompute({ kind: 'clv', margin: 200, retention: 0.8, discount: 0.1, value: 0 })).toBe(
      533,
    );
    expect(recompute({ kind: 'roi', gain: 150000, cost: 100000, value: 0 })).toBe(50);
    expect(
      recompute({
        kind: 'churnRevenue',
        customers: 10000,
        churnBefore: 0.2,
        churnAfter: 0.15,
        revenuePerCustomer: 300,
        value: 0,
      }),
    ).toBe(150000);
  });

  it('gives NaN where the inputs define no answer', () => {
    expect(
      recompute({ kind: 'nps', promoters: 0, passives: 0, detractors: 0, value: 0 }),
    ).toBeNaN();
    expect(recompute({ kind: 'csat', counts: [0, 0, 0, 0, 0], value: 0 })).toBeNaN();
  });
});

describe('numbers in text', () => {
  it('formats per language', () => {
    expect(formatNumber(1200.5, 'en', 1)).toBe('1,200.5');
    expect(formatNumber(1200.5, 'nl', 1)).toBe('1.200,5');
    expect(formatNumber(-4, 'nl')).toMatch(/^[-−]4$/);
  });

  it('reads numbers as each language writes them', () => {
    expect(numbersIn('NPS 45, margin ±4.9 points, 1,200 euros', 'en')).toEqual([45, 4.9, 1200]);
    expect(numbersIn('NPS 45, marge ±4,9 punt, € 1.200', 'nl')).toEqual([45, 4.9, 1200]);
    expect(textShowsValue('about 4.6 on the scale', 4.6, 'en')).toBe(true);
    expect(textShowsValue('ongeveer 4,6 op de schaal', 4.6, 'nl')).toBe(true);
    expect(textShowsValue('ongeveer 4.6 op de schaal', 4.6, 'nl')).toBe(false);
    expect(textShowsValue('46', 4.6, 'en')).toBe(false);
    expect(textShowsValue('−12 points', -12, 'en')).toBe(true);
  });
});
