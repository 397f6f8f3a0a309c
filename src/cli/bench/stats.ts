/**
 * The spread of a benchmark figure over repeated runs, beside its budget. A budget is met only
 * when the median of the runs meets it and the worst run is within 5% of it: one good draw proves
 * nothing on a machine whose speed drifts.
 */

/** How a figure is held to its limit: at most, at least, or strictly below. */
export type Direction = 'atMost' | 'atLeast' | 'below';

export interface Budget {
  limit: number;
  direction: Direction;
}

export interface FigureSpec {
  /** Dotted name, section first: `engine.kernelRatio`, `debrief.ms`. */
  name: string;
  unit: string;
  /** Absent for a figure shown for comparison only. */
  budget?: Budget;
}

export interface FigureSummary {
  min: number;
  median: number;
  max: number;
  /** The limit, or null for a figure without a budget. */
  budget: number | null;
  direction: Direction | null;
  unit: string;
  runs: number;
  /** Whether the median meets the budget (null without one). */
  medianMeets: boolean | null;
  /** Whether the worst run (max, or min for an at-least figure) is within 5% of the budget. */
  worstWithin5: boolean | null;
}

/** How far the worst run may miss the budget. */
export const WORST_MARGIN = 0.05;

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The median of `top[i] / bottom[i]`: for two things timed next to each other, in turn. This
 * host's speed flips between two rates some seconds apart; a pair shares its moment, while the
 * medians of the two lists may come from different moments.
 */
export function pairedRatio(top: readonly number[], bottom: readonly number[]): number {
  if (top.length !== bottom.length)
    throw new Error(`pairedRatio: ${top.length} times against ${bottom.length}`);
  return median(top.map((t, i) => t / bottom[i]!));
}

/** Least-squares slope of `ys` over their indices (a trend per step, e.g. heap per quarter). */
export function slope(ys: readonly number[]): number {
  const n = ys.length;
  if (n < 2) return NaN;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

export function meets(value: number, b: Budget, slack = 0): boolean {
  switch (b.direction) {
    case 'atMost':
      return value <= b.limit * (1 + slack);
    case 'below':
      return value < b.limit * (1 + slack);
    case 'atLeast':
      return value >= b.limit * (1 - slack);
  }
}

export function summarise(values: readonly number[], spec: FigureSpec): FigureSummary {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0)
    throw new Error(`${spec.name}: no finite value in ${values.length} runs`);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const mid = median(finite);
  const b = spec.budget;
  const worst = b?.direction === 'atLeast' ? min : max;
  return {
    min,
    median: mid,
    max,
    budget: b ? b.limit : null,
    direction: b ? b.direction : null,
    unit: spec.unit,
    runs: finite.length,
    medianMeets: b ? meets(mid, b) : null,
    worstWithin5: b ? meets(worst, b, WORST_MARGIN) : null,
  };
}

/** Rounds for printing: three significant figures, at most two decimals. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2;
  return x.toFixed(digits);
}

const SYMBOL: Record<Direction, string> = { atMost: '≤', atLeast: '≥', below: '<' };

/** One line per figure: name, min / median / max, budget, verdict. */
export function figuresTable(figures: Record<string, FigureSummary>): string {
  const names = Object.keys(figures);
  if (names.length === 0) return '';
  const runs = Math.max(...names.map((n) => figures[n]!.runs));
  const w = Math.max(6, ...names.map((n) => n.length));
  const cell = (s: string) => s.padStart(9);
  const head = `${'figure'.padEnd(w)} ${cell('min')} ${cell('median')} ${cell('max')}  unit  budget      median  worst±5%`;
  const rows = names.map((n) => {
    const f = figures[n]!;
    const budget =
      f.budget === null || f.direction === null ? '—' : `${SYMBOL[f.direction]} ${fmt(f.budget)}`;
    const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'ok' : 'MISSED');
    return [
      n.padEnd(w),
      cell(fmt(f.min)),
      cell(fmt(f.median)),
      cell(fmt(f.max)),
      ` ${f.unit.padEnd(5)}`,
      budget.padEnd(10),
      verdict(f.medianMeets).padStart(7),
      verdict(f.worstWithin5).padStart(9),
    ]
      .join(' ')
      .trimEnd();
  });
  return [
    `Figures over ${runs} run${runs === 1 ? '' : 's'} (min, median, max)`,
    head,
    ...rows,
  ].join('\n');
}

/** Summaries of every figure in `specs` that has values (draws missing a figure are skipped). */
export function summariseAll(
  specs: readonly FigureSpec[],
  draws: ReadonlyArray<Record<string, number | undefined>>,
): Record<string, FigureSummary> {
  const out: Record<string, FigureSummary> = {};
  for (const spec of specs) {
    const values = draws.map((d) => d[spec.name]).filter((v): v is number => v !== undefined);
    if (values.length > 0) out[spec.name] = summarise(values, spec);
  }
  return out;
}
