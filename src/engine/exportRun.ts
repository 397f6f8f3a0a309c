/**
 * Exports of a run: a CSV of quarter × metric with the measured and the true value, and the game
 * record (the file `npm run sim -- --verify` replays).
 */
import type { QuarterOutcome } from './schema/outcome';
import type { GameRecord } from './schema/record';

export const CSV_HEADER = ['quarter', 'metric', 'true', 'measured', 'marginOfError'] as const;

/** Metrics in the CSV; the first three are also measured by the player's surveys. */
export const CSV_METRICS = [
  'nps',
  'csat',
  'ces',
  'retention',
  'customers',
  'reputation',
  'engagement',
  'credibility',
  'revenue',
  'cost',
  'profit',
  'cash',
  'knowledgeGap',
  'standardsGap',
  'deliveryGap',
  'communicationGap',
  'customerGap',
] as const;
export type CsvMetric = (typeof CSV_METRICS)[number];

export interface CsvRow {
  /** 1-based, as the player reads it. */
  quarter: number;
  metric: CsvMetric;
  true: number;
  measured: number | null;
  marginOfError: number | null;
}

function trueValue(o: Pick<QuarterOutcome, 'true'>, m: CsvMetric): number {
  const t = o.true;
  switch (m) {
    case 'knowledgeGap':
      return t.gaps.knowledge;
    case 'standardsGap':
      return t.gaps.standards;
    case 'deliveryGap':
      return t.gaps.delivery;
    case 'communicationGap':
      return t.gaps.communication;
    case 'customerGap':
      return t.gaps.customer;
    default:
      return t[m];
  }
}

/** Needs only each quarter's true and measured figures (a class keeps no more of a team's outcomes). */
export function csvRows(
  outcomes: readonly Pick<QuarterOutcome, 'quarter' | 'true' | 'measured'>[],
): CsvRow[] {
  return outcomes.flatMap((o) =>
    CSV_METRICS.map((metric) => {
      const surveyed = metric === 'nps' || metric === 'csat' || metric === 'ces';
      return {
        quarter: o.quarter + 1,
        metric,
        true: trueValue(o, metric),
        measured: surveyed ? o.measured[metric] : null,
        marginOfError: surveyed ? o.measured.marginOfError[metric] : null,
      };
    }),
  );
}

const cell = (x: number | string | null) => (x === null ? '' : String(x));

/** RFC 4180 CSV (comma, CRLF); an empty cell where nothing was measured. */
export function runToCsv(outcomes: QuarterOutcome[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of csvRows(outcomes))
    lines.push([r.quarter, r.metric, r.true, r.measured, r.marginOfError].map(cell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Reads the CSV back (for checks and for spreadsheets' round trips). */
export function csvToRows(text: string): CsvRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines[0] !== CSV_HEADER.join(',')) throw new Error('not a run CSV: unexpected header');
  const num = (s: string) => (s === '' ? null : Number(s));
  return lines.slice(1).map((line) => {
    const [quarter, metric, t, measured, margin] = line.split(',');
    if (!CSV_METRICS.includes(metric as CsvMetric)) throw new Error(`unknown metric ${metric}`);
    return {
      quarter: Number(quarter),
      metric: metric as CsvMetric,
      true: Number(t),
      measured: num(measured ?? ''),
      marginOfError: num(margin ?? ''),
    };
  });
}

/** The game record as a file: one line of JSON, as `npm run sim -- --record` writes it. */
export function recordToJson(record: GameRecord): string {
  return JSON.stringify(record) + '\n';
}
