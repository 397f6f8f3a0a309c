import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as sim } from '../../src/cli/simCommand';
import { parseLevel } from '../../src/content/levelLoader';
import { planToLog, replay, type Scenario } from '../../src/engine';
import { RUNS, refusalProblems, runCli } from './cliRun';

/*
 * Records of a real game with one to three values changed, within bounds and past them, strings
 * made long and lists cut or grown: `sim --verify` answers 0 (untouched), 1 (does not match) or
 * 2 (malformed), each problem naming the record and a path, in words, with values cut.
 */

const LEVEL = 'levels/tutorial.json';
const loaded = parseLevel(LEVEL, JSON.parse(readFileSync(LEVEL, 'utf8')));
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const scenario: Scenario = loaded.value;
const genuine = replay(
  scenario,
  7,
  'normal',
  planToLog(scenario.company.start, { quarters: [{}] }, scenario.quarters),
);
type Json = Record<string | number, unknown>;

function leaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value !== null && typeof value === 'object') {
    if (path.length) out.push(path); // whole lists and objects may be replaced too
    for (const [k, v] of Object.entries(value))
      leaves(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  } else out.push(path);
  return out;
}
// The paths that say most (decisions, the header) are drawn more often than the many results.
const paths = leaves(genuine).filter((p) => p[0] !== 'results' || p.length < 5);

const REPLACEMENTS = [
  1e308,
  -1e9,
  -1,
  0,
  13,
  2.5,
  'a'.repeat(1_048_576),
  'constructor',
  null,
  [],
  {},
  true,
];

const dir = mkdtempSync(join(tmpdir(), 'nba-fuzz-records-'));
let n = 0;
const codes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;

describe('fuzz: changed records', () => {
  it('--verify answers 0, 1 or 2, naming the record and a path, in words', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: REPLACEMENTS.length - 1 })), {
          minLength: 1,
          maxLength: 3,
        }),
        async (edits) => {
          const record = structuredClone(genuine) as unknown as Json;
          for (const [at, with_] of edits) {
            const path = paths[at % paths.length]!;
            let parent: Json | undefined = record;
            for (const k of path.slice(0, -1)) parent = parent?.[k] as Json | undefined;
            if (parent && typeof parent === 'object') parent[path.at(-1)!] = REPLACEMENTS[with_];
          }
          const file = join(dir, `record-${n++}.json`);
          writeFileSync(file, JSON.stringify(record));
          const r = await runCli(() => sim(['--level', LEVEL, '--verify', file]));
          expect([0, 1, 2]).toContain(r.code);
          codes[r.code]!++;
          if (r.code === 0) expect(r.out).toMatch(/: match: tutorial revision/);
          else expect(refusalProblems(r.err, [file])).toEqual([]);
        },
      ),
      RUNS(80),
    );
    // Malformed records and records that do not match were both met.
    expect(codes[1]).toBeGreaterThanOrEqual(3);
    expect(codes[2]).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
