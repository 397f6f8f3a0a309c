import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CSV_METRICS,
  csvRows,
  csvToRows,
  planToLog,
  recordToJson,
  replay,
  runToCsv,
} from '../../src/engine';
import { airline, strongPlan } from './helpers';

const scenario = airline();
const record = replay(
  scenario,
  9,
  'normal',
  planToLog(scenario.company.start, { quarters: strongPlan }, scenario.quarters),
);

describe('exports of a run', () => {
  it('writes a record that npm run sim -- --verify accepts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nba-export-')), 'run.json');
    writeFileSync(file, recordToJson(record));
    const r = spawnSync(
      process.execPath,
      ['src/cli/launch.mjs', 'sim', '--level', 'levels/airline.json', '--verify', file],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('match');
  }, 60_000);

  it('writes a CSV that parses back to the figures of every quarter', () => {
    const csv = runToCsv(record.results);
    const rows = csvToRows(csv);
    expect(rows).toHaveLength(record.results.length * CSV_METRICS.length);
    expect(rows).toEqual(csvRows(record.results));
    const q3 = record.results[2]!;
    const nps = rows.find((r) => r.quarter === 3 && r.metric === 'nps')!;
    expect(nps.true).toBe(q3.true.nps);
    expect(nps.measured).toBe(q3.measured.nps);
    expect(rows.find((r) => r.quarter === 3 && r.metric === 'knowledgeGap')!.true).toBe(
      q3.true.gaps.knowledge,
    );
    expect(rows.find((r) => r.quarter === 8 && r.metric === 'profit')!.true).toBe(
      record.results[7]!.true.profit,
    );
  });

  it('leaves a cell empty where nothing was measured', () => {
    const unmeasured = record.results.map((o) => ({
      ...o,
      measured: {
        ...o.measured,
        ces: null,
        marginOfError: { ...o.measured.marginOfError, ces: null },
      },
    }));
    const rows = csvToRows(runToCsv(unmeasured));
    for (const r of rows.filter((x) => x.metric === 'ces')) expect(r.measured).toBeNull();
    expect(runToCsv(unmeasured)).toMatch(/^1,ces,[\d.]+,,\r$/m);
  });
});
