import { describe, expect, it } from 'vitest';
import { formatMetric, formatMoney } from '../../src/ui/review/format';

describe('numbers as the player reads them', () => {
  it('shows an airline’s money in millions and a small company’s in thousands', () => {
    expect(formatMoney(195_100, 'en')).toBe('195.1 M€');
    expect(formatMoney(-12_340, 'nl')).toBe('-12,3 M€');
    expect(formatMoney(240, 'en')).toBe('240 k€');
    expect(formatMoney(9_999, 'nl')).toBe('9.999 k€');
  });

  it('signs NPS, gives CSAT as a percentage and CES with one decimal', () => {
    expect(formatMetric('nps', 12, 'en')).toBe('+12');
    expect(formatMetric('csat', 71.6, 'en')).toBe('72%');
    expect(formatMetric('ces', 5.04, 'nl')).toBe('5,0');
  });
});
