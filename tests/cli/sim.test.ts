import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import {
  defaultDecisions,
  newGame,
  replay,
  scenarioWithEvents,
  type EventPlan,
} from '../../src/engine';

const dir = mkdtempSync(join(tmpdir(), 'nba-sim-'));
function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/launch.mjs', 'sim', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run sim', () => {
  it('--json prints one object with the issue’s names; no plan keeps the start settings', () => {
    const r = sim('--level', 'levels/airline.json', '--seed', '3', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown> & {
      quarters: Record<string, Record<string, unknown>>[];
    };
    expect(j.scenario).toBe('airline');
    expect(j.seed).toBe(3);
    expect(j.quarters).toHaveLength(8);
    const q = j.quarters[0]!;
    for (const k of [
      'nps',
      'csat',
      'ces',
      'retention',
      'customers',
      'engagement',
      'profit',
      'gaps',
    ])
      expect(q.true).toHaveProperty(k);
    for (const k of ['knowledge', 'standards', 'delivery', 'communication', 'customer'])
      expect(q.true!.gaps).toHaveProperty(k);
    for (const k of ['nps', 'csat', 'ces', 'responses', 'responseRate'])
      expect(q.measured).toHaveProperty(k);
    expect(q.measured!.ces).toBeNull(); // not measured at the start
    expect(j).toHaveProperty('final');
  }, 30_000);

  it('--record then --verify: 0 on match, 1 naming the first difference', () => {
    const rec = join(dir, 'game.json');
    expect(sim('--level', 'levels/airline.json', '--seed', '5', '--record', rec).code).toBe(0);
    const ok = sim('--level', 'levels/airline.json', '--verify', rec);
    expect(ok.code).toBe(0);
    // It says what it checked, so a trainer knows which game the file holds.
    expect(ok.out).toMatch(
      /match: airline revision \d+, seed 5, normal, 8 quarter\(s\), the whole game, hash [0-9a-f]+/,
    );
    const record = JSON.parse(readFileSync(rec, 'utf8'));
    record.results[2].true.nps += 1;
    const bad = join(dir, 'tampered.json');
    writeFileSync(bad, JSON.stringify(record));
    const r = sim('--level', 'levels/airline.json', '--verify', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('results.2.true.nps');
  }, 60_000);

  it('--verify replays a class record under its session’s events, and names a choice that does not fit', () => {
    const tutorial = readLevelFile('levels/tutorial.json');
    if (!tutorial.ok) throw new Error(tutorial.errors.join('\n'));
    const scenario = tutorial.value;
    const events: EventPlan = { mode: 'none' };
    const played = scenarioWithEvents(scenario, events);
    const log = [defaultDecisions(played, newGame(played, 9, 'normal'))];
    const rec = join(dir, 'class-none.json');
    writeFileSync(rec, JSON.stringify(replay(scenario, 9, 'normal', log, events)));
    const ok = sim('--level', 'levels/tutorial.json', '--verify', rec);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('seed 9, normal, no events, 1 of');
    const wrong = join(dir, 'class-volcano.json');
    const bad = { mode: 'chosen', quarters: [['volcano']] };
    writeFileSync(wrong, JSON.stringify({ ...replay(scenario, 9, 'normal', log), events: bad }));
    const r = sim('--level', 'levels/tutorial.json', '--verify', wrong);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(`^${wrong}: events\\.quarters\\.0\\.0: "volcano" is not an event of tutorial`),
    );
  }, 60_000);

  it('--verify refuses a record with a field it does not know, or results missing for a quarter', () => {
    const rec = join(dir, 'game-strict.json');
    expect(sim('--level', 'levels/tutorial.json', '--seed', '4', '--record', rec).code).toBe(0);
    const record = JSON.parse(readFileSync(rec, 'utf8'));
    const extra = join(dir, 'extra-field.json');
    writeFileSync(extra, JSON.stringify({ ...record, score: 100 }));
    const r = sim('--level', 'levels/tutorial.json', '--verify', extra);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${extra}: score: unknown field (not in the schema)\n`);
    const short = join(dir, 'short.json');
    writeFileSync(short, JSON.stringify({ ...record, results: record.results.slice(0, -1) }));
    const r2 = sim('--level', 'levels/tutorial.json', '--verify', short);
    expect(r2.code).toBe(1);
    expect(r2.err).toBe(
      `${short}: results: the record has decisions for 3 quarter(s) but results for 2\n`,
    );
  }, 60_000);

  it('a malformed plan: exit 2, file + field + what is wrong on stderr, nothing on stdout', () => {
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ quarters: [{ understanding: { leadersDays: 'many' } }] }));
    const r = sim('--level', 'levels/airline.json', '--plan', plan);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${plan}: quarters.0.understanding.leadersDays:`);
    const unknown = join(dir, 'plan2.json');
    writeFileSync(unknown, JSON.stringify({ quarters: [{ strategy: { brandPromise: 'nope' } }] }));
    const r2 = sim('--level', 'levels/airline.json', '--plan', unknown);
    expect(r2.code).toBe(2);
    expect(r2.err).toBe(
      `${unknown}: quarters.0.strategy.brandPromise: quarter 1: "nope" does not exist in this scenario.\n`,
    );
  }, 30_000);

  it('a typo in a plan’s field names: exit 2 naming the file and each unknown field', () => {
    const plan = join(dir, 'typo.json');
    writeFileSync(
      plan,
      JSON.stringify({ quarters: [{}, { channels: { chat: { capacty: 3 } }, chanels: {} }] }),
    );
    const r = sim('--level', 'levels/airline.json', '--plan', plan);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toEqual([
      `${plan}: quarters.1.channels.chat.capacty: unknown field (not in the schema)`,
      `${plan}: quarters.1.chanels: unknown field (not in the schema)`,
    ]);
  }, 30_000);

  it('a malformed level: exit 2 naming the file and the field', () => {
    const level = JSON.parse(readFileSync('levels/airline.json', 'utf8'));
    level.quarters = 'eight';
    const file = join(dir, 'level.json');
    writeFileSync(file, JSON.stringify(level));
    const r = sim('--level', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file}: quarters:`);
  }, 30_000);

  it('a level with a typo or a duplicate touchpoint id: exit 2 naming the file and the field', () => {
    // The tutorial level with one change, written to a file of its own, run through the sim.
    type Level = { stages: { touchpoints: Record<string, unknown>[] }[] };
    const simEdited = (name: string, edit: (level: Level) => void) => {
      const level = JSON.parse(readFileSync('levels/tutorial.json', 'utf8')) as Level;
      edit(level);
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(level));
      const r = sim('--level', file);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      return { file, err: r.err };
    };
    const typo = simEdited('level-typo.json', (l) => (l.stages[0]!.touchpoints[0]!.reech = 0.5));
    expect(typo.err).toBe(
      `${typo.file}: stages.0.touchpoints.0.reech: unknown field (not in the schema)\n`,
    );
    const dup = simEdited('level-dup.json', (l) =>
      l.stages[3]!.touchpoints.push(structuredClone(l.stages[2]!.touchpoints[1]!)),
    );
    expect(dup.err).toBe(
      `${dup.file}: stages.3.touchpoints.1.id: duplicate id "pickUp" (first at stages.2.touchpoints.1)\n`,
    );
  }, 30_000);

  it('refused decisions: the quarter, the numbers and the reason in plain English, each once', () => {
    const over = join(dir, 'over.json');
    writeFileSync(over, JSON.stringify({ quarters: [{}, {}, { culture: { training: 50000 } }] }));
    const r = sim('--level', 'levels/airline.json', '--plan', over);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const m =
      /^(.*): quarters\.2: quarter 3: This plan costs (\d+) k€, more than the budget of (\d+) k€\.\n$/.exec(
        r.err,
      );
    expect(m?.[1]).toBe(over);
    expect(Number(m![2])).toBeGreaterThan(Number(m![3]));
    // Refused in quarter 2 and, the last entry repeating, in every quarter after: said once.
    const twice = join(dir, 'twice.json');
    writeFileSync(
      twice,
      JSON.stringify({
        quarters: [{}, { strategy: { customerPromises: ['weTellYouFirst', 'weTellYouFirst'] } }],
      }),
    );
    expect(sim('--level', 'levels/airline.json', '--plan', twice).err).toBe(
      `${twice}: quarters.1.strategy.customerPromises.1: quarter 2: "weTellYouFirst" is chosen twice.\n`,
    );
  }, 30_000);

  it('starting settings the game would refuse: the level is refused, naming the company.start field', () => {
    const level = JSON.parse(readFileSync('levels/tutorial.json', 'utf8'));
    const promise = level.promises.customer[0].id;
    level.company.start.strategy.customerPromises = [promise, promise];
    const file = join(dir, 'level-start.json');
    writeFileSync(file, JSON.stringify(level));
    const r = sim('--level', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `${file}: company.start.strategy.customerPromises.1: the customer promise "${promise}" is chosen twice (first at strategy.customerPromises.0)\n`,
    );
  }, 30_000);

  it('options: an unknown one, a stray value or one that would be ignored is refused (exit 2)', () => {
    for (const args of [
      ['--level', 'levels/tutorial.json', '--bogus'],
      ['--level', 'levels/tutorial.json', '--json', 'extra'],
      ['--level', 'levels/tutorial.json', '--verify', 'r.json', '--seed', '3'],
      ['--level'],
      [],
    ]) {
      const r = sim(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      const lines = r.err.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^usage: npm run sim -- --level <file> /);
    }
    expect(sim('--level', 'levels/tutorial.json', '--bogus').err).toMatch(
      /^unknown option --bogus\n/,
    );
  }, 60_000);

  it('a file that cannot be read or written: a message naming it, exit 2, no stack trace', () => {
    const missing = join(dir, 'missing.json');
    for (const args of [
      ['--level', missing],
      ['--level', 'levels/tutorial.json', '--plan', missing],
      ['--level', 'levels/tutorial.json', '--verify', missing],
    ]) {
      const r = sim(...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`${missing}: (file): cannot be read: no such file or directory\n`);
    }
    const unwritable = join(dir, 'no-such-dir', 'game.json');
    const r = sim('--level', 'levels/tutorial.json', '--record', unwritable);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `${unwritable}: (file): cannot be written (--record): no such file or directory\n`,
    );
  }, 60_000);

  it('a plan changes the outcome', () => {
    const plan = join(dir, 'plan3.json');
    writeFileSync(
      plan,
      JSON.stringify({ quarters: [{ governance: { owner: 'ceo', council: true } }] }),
    );
    const a = JSON.parse(sim('--level', 'levels/airline.json', '--json').out);
    const b = JSON.parse(sim('--level', 'levels/airline.json', '--plan', plan, '--json').out);
    expect(b.hash).not.toBe(a.hash);
    expect(b.quarters[7].true.gaps.standards).toBeLessThan(a.quarters[7].true.gaps.standards);
  }, 30_000);
});

describe('npm run bench', () => {
  it('runs each figure --runs times and prints its spread as JSON (timing is not tested)', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/bench.ts',
        '--json',
        '--runs',
        '2',
        '--only',
        'engine,cli',
        '--cli-runs',
        '1',
        '--games',
        '1',
        '--heap-games',
        '1',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.runs).toBe(2);
    const ms = j.figures['engine.msPerGame'];
    expect(ms.min).toBeGreaterThan(0);
    expect(ms.min).toBeLessThanOrEqual(ms.median);
    expect(ms.median).toBeLessThanOrEqual(ms.max);
    expect(ms.budget).toBe(15);
    expect(j.figures['engine.kernelRatio'].budget).toBe(2.5);
    expect(j.figures['engine.kernelRatio'].median).toBeGreaterThan(0);
    expect(j.figures['cli.simMs'].budget).toBe(500);
    // Every run's full result is kept beside the summary.
    expect(j.draws.engine).toHaveLength(2);
    expect(j.draws.engine[0].heap.games).toBe(1);
    expect(j.draws.cli).toHaveLength(2);
    expect(j.draws.cli[1].simMs).toBeGreaterThan(0);
    // The sections not asked for are left out rather than run.
    expect(j.draws.debrief).toBeUndefined();
    expect(j.draws.browser).toBeUndefined();
    expect(j.figures['debrief.ms']).toBeUndefined();
  }, 120_000);
});
