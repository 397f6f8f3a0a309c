import { describe, expect, it } from 'vitest';
import { speaker } from '../../src/ui/debrief/dom';
import { printedNumber } from '../../src/ui/minusSign';
import {
  formatCount,
  formatMetric,
  formatMoney,
  formatMoneySeries,
  formatNumber,
  formatSigned,
} from '../../src/ui/review/format';
import type { I18n } from '../../src/i18n';

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

  it('writes a head count of millions as the targets do, in each language', () => {
    expect(formatCount(2_549_500, 'en')).toBe('2.55 million');
    expect(formatCount(2_549_500, 'nl')).toBe('2,55 miljoen');
    expect(formatCount(11_700, 'en')).toBe('11,700');
    expect(formatCount(11_700, 'nl')).toBe('11.700');
  });

  it('signs NPS, gives CSAT as a percentage and CES with one decimal', () => {
    expect(formatMetric('nps', 12, 'en')).toBe('+12');
    // A real minus sign (U+2212), as the texts write "−100 to +100", not a hyphen.
    expect(formatMetric('nps', -7, 'nl')).toBe('\u22127');
    expect(formatMetric('csat', 71.6, 'en')).toBe('72%');
    expect(formatMetric('ces', 5.04, 'nl')).toBe('5,0');
  });

  it('writes a value that rounds to zero without a sign, in every formatter', () => {
    // A gap estimated at −0.003 is 0.00 at two decimals, not "−0.00" (a negative gap).
    expect(formatNumber(-0.003, 'en', 2)).toBe('0.00');
    expect(formatNumber(-0.003, 'nl', 2)).toBe('0,00');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatMoney(-40, 'en')).toBe('\u221240 k€');
    expect(formatMoneySeries([-40, 12_000], 'nl')).toEqual(['0,0 M€', '12,0 M€']);
    expect(formatSigned(-0.04, 'en', 1)).toBe('0.0');
    expect(formatCount(-0.2, 'en')).toBe('0');
    const number = speaker({ language: 'nl' } as I18n).number;
    expect(number(-0.004, 2)).toBe('0,00');
    expect(number(-0.004, 2, true)).toBe('0,00');
    // Real negatives keep their minus, whatever their zeros.
    expect(formatNumber(-0.005, 'en', 2)).toBe('\u22120.01');
    expect(formatNumber(-1000.2, 'nl', 0)).toBe('\u22121.000');
    expect(printedNumber('-0,10')).toBe('\u22120,10');
    expect(printedNumber('-0 million')).toBe('0 million');
  });
});
