import { describe, expect, it } from 'vitest';
import { formatMetric, formatMoney, formatMoneySeries } from '../../src/ui/review/format';

describe('numbers as the player reads them', () => {
  it('shows an airline’s money in millions and a small company’s in thousands', () => {
    expect(formatMoney(195_100, 'en')).toBe('195.1 M€');
    expect(formatMoney(-12_340, 'nl')).toBe('−12,3 M€');
    expect(formatMoney(240, 'en')).toBe('240 k€');
    expect(formatMoney(9_999, 'nl')).toBe('9.999 k€');
  });

  it('gives a series one unit: millions for all once one sum reaches 10 M€', () => {
    expect(formatMoneySeries([9_754, 10_400], 'nl')).toEqual(['9,8 M€', '10,4 M€']);
    expect(formatMoneySeries([240, 9_999], 'en')).toEqual(['240 k€', '9,999 k€']);
    expect(formatMoneySeries([-12_000, 500], 'en')).toEqual(['−12.0 M€', '0.5 M€']);
  });

  it('signs NPS, gives CSAT as a percentage and CES with one decimal', () => {
    expect(formatMetric('nps', 12, 'en')).toBe('+12');
    // A real minus sign (U+2212), as the texts write "−100 to +100", not a hyphen.
    expect(formatMetric('nps', -7, 'nl')).toBe('\u22127');
    expect(formatMetric('csat', 71.6, 'en')).toBe('72%');
    expect(formatMetric('ces', 5.04, 'nl')).toBe('5,0');
  });
});
