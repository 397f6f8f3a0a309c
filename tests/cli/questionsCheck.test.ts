import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'nba-questions-check-'));

/** A bank of `count` questions, each with a bad id and an impossible difficulty. */
function badBank(count: number): string {
  const bank = JSON.parse(readFileSync('levels/questions/culture.json', 'utf8')) as {
    questions: Record<string, unknown>[];
  };
  const questions = Array.from({ length: count }, (_, i) => ({
    ...bank.questions[i % bank.questions.length],
    id: `culture-${i}x`,
    difficulty: 9,
  }));
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ ...bank, questions }));
  return file;
}

describe('npm run questions:check', () => {
  it('prints every problem and its summary through a pipe before it exits', () => {
    const file = badBank(2000);
    // stdout and stderr are pipes here, as in `npm run questions:check | less`.
    const r = spawnSync(process.execPath, ['src/cli/launch.mjs', 'questionsCheck', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(64 * 1024);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^questions:check: \d+ problem\(s\) in 1 file\(s\)$/);
    const count = Number(/(\d+) problem/.exec(lines.at(-1)!)![1]);
    expect(lines).toHaveLength(count + 1);
    expect(lines.filter((l) => l.includes('culture-1999x: difficulty')).length).toBe(1);
  }, 30_000);

  it('passes the shipped bank with its summary on stdout', () => {
    const r = spawnSync(process.execPath, ['src/cli/launch.mjs', 'questionsCheck'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^questions:check: \d+ question\(s\) in \d+ file\(s\) OK\n$/);
  }, 30_000);
});
