import type { SurveyedMetric } from '../viewModels/reviewModel';

/** Number formatting in the player's language: NPS signed, CSAT in %, CES with one decimal. */
export function formatMetric(metric: SurveyedMetric, value: number, language: string): string {
  if (metric === 'nps') return formatSigned(value, language, 0);
  if (metric === 'csat') return `${formatNumber(value, language, 0)}%`;
  return formatNumber(value, language, 1);
}

export function formatNumber(value: number, language: string, digits = 0): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatSigned(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** From this many k€ (10 million) money reads best in millions; below it, in thousands. */
export const MILLIONS_FROM = 10_000;

/**
 * Money given in k€: in millions with one decimal for an airline's sums (195.1 M€), in whole
 * thousands for a small company's (240 k€, not 0.2 M€), as the briefing and the plan show it.
 */
export function formatMoney(value: number, language: string): string {
  return Math.abs(value) >= MILLIONS_FROM
    ? `${formatNumber(value / 1000, language, 1)} M€`
    : `${formatNumber(value, language, 0)} k€`;
}
