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

/** Money given in k€, shown in millions with one decimal (the scale targets are written in). */
export function formatMoney(value: number, language: string): string {
  return `${formatNumber(value / 1000, language, 1)} M€`;
}
