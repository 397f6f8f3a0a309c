import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { BalanceSummary } from '../../src/content/balance/report';
import { tutorialJson, writeFixture } from './fixtures';

const balance = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/launch.mjs', 'balance', ...args], {
    encoding: 'utf8',
  });

describe('npm run balance', () => {
  it('reports a level as JSON and exits 0 when it is balanced', () => {
    const run = balance(
      '--level',
      'levels/tutorial.json',
      '--games',
      '2',
      '--seeds',
      '1',
      '--json',
    );
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as BalanceSummary;
    expect(summary.level).toBe('tutorial');
    // Do nothing, one full plan per brand promise (3), one plan per lever (6), two random plans.
    expect(summary.games).toBe(12);
    expect(Object.values(summary.checks).every(Boolean)).toBe(true);
  }, 60_000);

  it('prints a readable report by default', () => {
    const run = balance('--level', 'levels/tutorial.json', '--games', '1', '--seeds', '1');
    expect(run.stdout).toMatch(/^tutorial \(revision \d+\): 11 games, seed 1/);
    expect(run.stdout).toContain('do nothing: score');
    expect(run.stdout).toContain('top band');
  }, 60_000);

  it('exits 2 on a broken level or a bad option, naming the problem', () => {
    const level = tutorialJson();
    level.quarters = 0;
    const file = writeFixture('balance-bad', level);
    const bad = balance('--level', file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${file}: quarters:`);
    const option = balance('--level', 'levels/tutorial.json', '--games', 'many');
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('--games must be a whole number, got "many"');
    expect(balance().status).toBe(2);
  }, 60_000);
});
