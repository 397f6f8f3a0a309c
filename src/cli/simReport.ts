import type { GameRecord, Scenario } from '../engine';

/** The --json shape: the names first, then everything else a quarter reports. */
export function summarise(scenario: Scenario, record: GameRecord) {
  // Paths are for animation only; leave them out of the report.
  const quarters = record.results.map((r) => ({ ...r, paths: undefined }));
  const last = record.results[record.results.length - 1];
  return {
    scenario: scenario.id,
    revision: scenario.revision,
    seed: record.seed,
    difficulty: record.difficulty,
    quarters,
    final: last
      ? { quarter: last.quarter, true: last.true, measured: last.measured, gameOver: last.gameOver }
      : null,
    hash: record.hash,
  };
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const fmt = (x: number | null, d = 1) => (x === null ? '–' : x.toFixed(d));

/** A readable table for people. */
export function textReport(scenario: Scenario, record: GameRecord): string {
  const lines = [
    `${scenario.id} (revision ${scenario.revision}), seed ${record.seed}, ${record.difficulty}`,
    ' Q   NPS  CSAT  CES  ret%  customers  eng  rep | measured NPS  CSAT  CES  resp   | profit k€   cash k€',
  ];
  for (const r of record.results) {
    const t = r.true;
    const m = r.measured;
    lines.push(
      [
        pad(r.quarter + 1, 2),
        pad(fmt(t.nps), 5),
        pad(fmt(t.csat), 5),
        pad(fmt(t.ces, 2), 4),
        pad(fmt(t.retention), 5),
        pad(t.customers, 10),
        pad(fmt(t.engagement, 0), 4),
        pad(fmt(t.reputation, 0), 4),
        '|',
        pad(fmt(m.nps), 12),
        pad(fmt(m.csat), 5),
        pad(fmt(m.ces, 2), 4),
        pad(m.responses, 5),
        '  |',
        pad(t.profit, 10),
        pad(t.cash, 9),
        r.gameOver ? ' GAME OVER' : '',
      ].join(' '),
    );
  }
  lines.push(`hash ${record.hash}`);
  return lines.join('\n');
}
