import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelFiles } from '../../src/content/checkLevels';
import { loadResourcesFromDisk } from '../../src/i18n/nodeResources';
import type { LocaleResources } from '../../src/i18n/resources';
import { tutorialJson, writeFixture } from './fixtures';

const resources = loadResourcesFromDisk();
const shipped = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .map((f) => `levels/${f}`);
const problemsOf = (file: string, res: LocaleResources = resources) =>
  checkLevelFiles([file], res).problems;

describe('levels:check', () => {
  it('passes every shipped level, each with a version', () => {
    const report = checkLevelFiles(shipped, resources);
    expect(report.problems).toEqual([]);
    expect(report.passed.map((p) => p.scenario.id).sort()).toEqual([
      'airline',
      'hotel',
      'tutorial',
    ]);
    for (const p of report.passed) expect(p.scenario.version).toBe(1);
  });

  it('names a bad field by its path', () => {
    const level = tutorialJson();
    level.population.customers = 'many';
    delete level.version;
    const file = writeFixture('bad-field', level);
    expect(problemsOf(file)).toEqual([
      `${file}: version: missing: expected 1`,
      `${file}: population.customers: expected a number (found: "many")`,
    ]);
  });

  it('finds unknown ids in promises and in the starting decisions', () => {
    const level = tutorialJson();
    level.promises.customer[0].touchpoints = ['nowhere'];
    const file = writeFixture('unknown-tp', level);
    expect(problemsOf(file)).toEqual([
      `${file}: promises.customer.0.touchpoints.0: unknown touchpoint "nowhere"`,
    ]);
    const start = tutorialJson();
    start.company.start.strategy.brandPromise = 'cheapest';
    start.company.start.journey.peak = 'party';
    start.company.start.metrics.surveys.lobby = { metric: 'nps', sampleSize: 10 };
    const file2 = writeFixture('unknown-start', start);
    expect(problemsOf(file2)).toEqual([
      `${file2}: company.start.strategy.brandPromise: unknown brand promise "cheapest"`,
      `${file2}: company.start.metrics.surveys.lobby: unknown touchpoint "lobby"`,
      `${file2}: company.start.journey.peak: unknown touchpoint "party"`,
    ]);
  });

  it('finds duplicate ids', () => {
    const level = tutorialJson();
    level.channels[2].id = 'phone';
    level.company.start.channels.phone = level.company.start.channels.chat;
    delete level.company.start.channels.chat;
    for (const g of level.segments)
      for (const prefs of Object.values(g.channelPreference) as Record<string, number>[])
        delete prefs.chat;
    for (const st of level.stages)
      for (const t of st.touchpoints) t.channels = t.channels.filter((c: string) => c !== 'chat');
    const file = writeFixture('duplicate', level);
    expect(problemsOf(file)).toEqual([
      `${file}: channels.2.id: duplicate id "phone" (first at channels.1)`,
    ]);
  });

  it('finds what a schema cannot: reversed ranges, events after the game, too much coaching', () => {
    const level = tutorialJson();
    level.calibration.sectorNps = [45, 20];
    level.events[0].quarter = 3;
    level.coaching = [...level.coaching, level.coaching[0]];
    const file = writeFixture('inconsistent', level);
    expect(problemsOf(file)).toEqual([
      `${file}: calibration.sectorNps: lower bound 45 is above upper bound 20`,
      `${file}: events.0.quarter: quarter 3 is after the last quarter (2)`,
      `${file}: coaching: 4 texts for 3 quarters`,
    ]);
  });

  it('finds a touchpoint no channel open at the start can serve', () => {
    const level = tutorialJson();
    level.company.start.channels.counter.open = false;
    const file = writeFixture('closed-counter', level);
    expect(problemsOf(file)).toEqual([
      `${file}: stages.1.touchpoints.0.channels: no channel open at the start serves "dropOff"`,
      `${file}: stages.2.touchpoints.1.channels: no channel open at the start serves "pickUp"`,
    ]);
  });

  it('finds a text key missing in Dutch only', () => {
    const nl = structuredClone(resources.nl!);
    const tutorial = nl.translation['level-tutorial'] as Record<string, unknown>;
    delete tutorial.briefing;
    const problems = problemsOf('levels/tutorial.json', { ...resources, nl });
    expect(problems).toEqual([
      'levels/tutorial.json: briefing: text key "level-tutorial.briefing" is missing in nl',
    ]);
  });

  it('finds starting settings the budget cannot pay for', () => {
    const level = tutorialJson();
    level.company.budget = 190;
    const file = writeFixture('over-budget', level);
    const problems = problemsOf(file);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: company\\.budget: the starting settings cost \\d+ k€, above the easy budget of 228 k€$`,
      ),
    );
  });

  it('as a command: exit 2 with one line per problem, exit 0 with one summary line', () => {
    const level = tutorialJson();
    level.company.start.channels.counter.open = false;
    const bad = writeFixture('cli-bad', level);
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['src/cli/launch.mjs', 'levelsCheck', ...args], {
        encoding: 'utf8',
      });
    const failed = run([bad]);
    expect(failed.status).toBe(2);
    expect(failed.stderr.trim().split('\n')).toEqual([
      `${bad}: stages.1.touchpoints.0.channels: no channel open at the start serves "dropOff"`,
      `${bad}: stages.2.touchpoints.1.channels: no channel open at the start serves "pickUp"`,
      'levels:check: 2 problem(s) in 1 file(s)',
    ]);
    const ok = run([]);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(ok.stdout).toMatch(/^levels:check: 3 level\(s\) OK: .*tutorial r\d+: 3 quarters/);
  }, 30_000);
});
