/** The class as one CSV: team × quarter × metric, with the measured and the true value. */
import { csvRows } from '../engine';
import type { QuarterFigures } from './classSummary';

export const CLASS_CSV_HEADER = ['team', 'quarter', 'metric', 'true', 'measured', 'marginOfError'];

/**
 * A team name as a CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never reads
 * a typed name as a formula.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const cell = (x: number | null) => (x === null ? '' : String(x));

/** RFC 4180 (comma, CRLF), teams in the order given. */
export function classToCsv(teams: { team: string; outcomes: readonly QuarterFigures[] }[]): string {
  const lines = [CLASS_CSV_HEADER.join(',')];
  for (const { team, outcomes } of teams)
    for (const r of csvRows(outcomes))
      lines.push(
        [
          csvText(team),
          r.quarter,
          r.metric,
          cell(r.true),
          cell(r.measured),
          cell(r.marginOfError),
        ].join(','),
      );
  return lines.join('\r\n') + '\r\n';
}
