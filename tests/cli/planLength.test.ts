import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'nba-plan-length-'));
function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/launch.mjs', 'sim', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('plans and records longer than their game', () => {
  it('a plan with entries past the last quarter is refused (exit 2), saying how many fit', () => {
    const plan = join(dir, 'long.json');
    writeFileSync(plan, JSON.stringify({ quarters: [{}, {}, {}, {}] }));
    const r = sim('--level', 'levels/tutorial.json', '--plan', plan);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `${plan}: quarters: 4 entries, but levels/tutorial.json lasts 3 quarter(s): at most 3 entries (entries past the last quarter would never be played)\n`,
    );
    writeFileSync(plan, JSON.stringify({ quarters: [{}, {}, {}] }));
    expect(sim('--level', 'levels/tutorial.json', '--plan', plan).code).toBe(0);
  }, 30_000);

  it('a record with more quarters than its game is refused (exit 2) before any replay', () => {
    const rec = join(dir, 'rec.json');
    expect(sim('--level', 'levels/tutorial.json', '--seed', '2', '--record', rec).code).toBe(0);
    const record = JSON.parse(readFileSync(rec, 'utf8'));
    record.decisions.push(record.decisions.at(-1));
    record.results.push(record.results.at(-1));
    const long = join(dir, 'long-rec.json');
    writeFileSync(long, JSON.stringify(record));
    const r = sim('--level', 'levels/tutorial.json', '--verify', long);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${long}: decisions: 4 quarters, but levels/tutorial.json lasts 3: at most 3 (a game cannot be played past its last quarter)\n`,
    );
  }, 30_000);
});
