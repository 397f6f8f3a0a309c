/**
 * Recomputes a calculation question's answer from its inputs (the formulas of the bank's format),
 * and finds that answer in an option's text as the language writes numbers.
 */
import type { Calc } from './questionSchema';

export type Lang = 'en' | 'nl';

const round = (x: number, decimals = 0) => {
  const f = 10 ** decimals;
  // The small nudge keeps 4.45 (stored as 4.4499…) rounding up, as a person rounds it.
  return Math.round(x * f + Math.sign(x) * 1e-9) / f;
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The exact answer the question's inputs give, rounded as the format says. NaN if undefined. */
export function recompute(calc: Calc): number {
  switch (calc.kind) {
    case 'nps': {
      const n = calc.promoters + calc.passives + calc.detractors;
      return n > 0 ? round((100 * (calc.promoters - calc.detractors)) / n) : NaN;
    }
    case 'csat': {
      const n = sum(calc.counts);
      return n > 0 ? round((100 * (calc.counts[3]! + calc.counts[4]!)) / n) : NaN;
    }
    case 'ces': {
      const n = sum(calc.counts);
      const total = calc.counts.reduce((a, c, i) => a + c * (i + 1), 0);
      return n > 0 ? round(total / n, 1) : NaN;
    }
    case 'moe':
      return round(1.96 * Math.sqrt((calc.p * (1 - calc.p)) / calc.n) * 100, 1);
    case 'clv': {
      const denominator = 1 + calc.discount - calc.retention;
      return denominator > 0 ? round((calc.margin * calc.retention) / denominator) : NaN;
    }
    case 'roi':
      return round((100 * (calc.gain - calc.cost)) / calc.cost);
    case 'churnRevenue':
      return round(calc.customers * (calc.churnBefore - calc.churnAfter) * calc.revenuePerCustomer);
  }
}

/** How many decimals the kind's answer carries. */
export function decimalsOf(kind: Calc['kind']): number {
  return kind === 'ces' || kind === 'moe' ? 1 : 0;
}

/** A number as the language writes it: "1,200.5" in English, "1.200,5" in Dutch. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  }).format(value);
}

/**
 * The numbers written in a text, read as the language writes them: thousands separators (and
 * spaces) dropped, the decimal mark turned into a point. "−" counts as a minus.
 */
export function numbersIn(text: string, lang: Lang): number[] {
  const decimal = lang === 'nl' ? ',' : '.';
  const group = lang === 'nl' ? '.' : ',';
  const found: number[] = [];
  const pattern = new RegExp(
    `[-−]?\\d{1,3}(?:[${group === '.' ? '.' : ','}\\u00a0 ]\\d{3})+(?:\\${decimal}\\d+)?|[-−]?\\d+(?:\\${decimal}\\d+)?`,
    'g',
  );
  for (const match of text.matchAll(pattern)) {
    const normal = match[0]
      .replace('−', '-')
      .replace(/[\u00a0 ]/g, '')
      .split(group)
      .join('')
      .replace(decimal, '.');
    const n = Number(normal);
    if (Number.isFinite(n)) found.push(n);
  }
  return found;
}

/** Whether a text shows the value (with the calculation's decimals) as the language writes it. */
export function textShowsValue(text: string, value: number, lang: Lang): boolean {
  return numbersIn(text, lang).some((n) => Math.abs(n - value) < 1e-9);
}
