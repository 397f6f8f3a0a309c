import { printedNumber } from '../minusSign';
import type { SurveyedMetric } from '../viewModels/reviewModel';

/** Number formatting in the player's language: NPS signed, CSAT in %, CES with one decimal. */
export function formatMetric(metric: SurveyedMetric, value: number, language: string): string {
  if (metric === 'nps') return formatSigned(value, language, 0);
  if (metric === 'csat') return `${formatNumber(value, language, 0)}%`;
  return formatNumber(value, language, 1);
}

export function formatNumber(value: number, language: string, digits = 0): string {
  return printedNumber(
    new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value),
  );
}

/** A head count as targets word it: "2.5 million" from a million on (as "3.5 million passengers"
 * reads beside it), whole numbers below. */
export function formatCount(value: number, language: string): string {
  if (Math.abs(value) < 1e6) return formatNumber(value, language, 0);
  return printedNumber(
    new Intl.NumberFormat(language, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value),
  );
}

export function formatSigned(value: number, language: string, digits = 1): string {
  return printedNumber(
    new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }).format(value),
  );
}

/** From this many k€ (10 million) money reads best in millions; below it, in thousands. */
export const MILLIONS_FROM = 10_000;

/**
 * Money given in k€: in millions with one decimal for an airline's sums (195.1 M€), in whole
 * thousands for a small company's (240 k€, not 0.2 M€), as the briefing and the plan show it.
 */
export function formatMoney(value: number, language: string): string {
  return formatMoneyIn(moneyUnitFor([value]), value, language);
}

export type MoneyUnit = 'k€' | 'M€';

/** The one unit for a series of sums read together: millions once any of them reaches 10 M€. */
export function moneyUnitFor(values: readonly (number | null)[]): MoneyUnit {
  return values.some((v) => v !== null && Math.abs(v) >= MILLIONS_FROM) ? 'M€' : 'k€';
}

/** Whether a scorecard line is a sum of money (in k€). */
export const isMoneyMetric = (metric: string): boolean => metric === 'cash' || metric === 'profit';

/**
 * The one money unit of a scorecard, from all its money lines, targets and results alike: an
 * airline's "no loss" line (target 0) reads in M€ beside its cash, never "−8,284 k€".
 */
export function scorecardMoneyUnit<L extends { metric: string; target: number }>(
  lines: readonly L[],
  result: (line: L) => number,
): MoneyUnit {
  return moneyUnitFor(
    lines.filter((l) => isMoneyMetric(l.metric)).flatMap((l) => [l.target, result(l)]),
  );
}

/** A sum in k€ in the given unit, so a series never mixes "9.754 k€" with "10,4 M€". */
export function formatMoneyIn(unit: MoneyUnit, value: number, language: string): string {
  return unit === 'M€'
    ? `${formatNumber(value / 1000, language, 1)} M€`
    : `${formatNumber(value, language, 0)} k€`;
}

/** Every sum of a series in the series' one unit. */
export function formatMoneySeries(values: readonly number[], language: string): string[] {
  const unit = moneyUnitFor(values);
  return values.map((v) => formatMoneyIn(unit, v, language));
}
