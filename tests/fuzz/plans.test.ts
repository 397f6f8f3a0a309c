import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as sim } from '../../src/cli/simCommand';
import { PlanSchema, type Scenario } from '../../src/engine';
import { RUNS, refusalProblems, runCli } from './cliRun';
import { outcomeProblems } from './outcomeRanges';

/*
 * Plans drawn from the tutorial's own ids and from ids it does not have, with numbers within,
 * at and past their bounds, repeats and more entries than the game has quarters: sim answers 0
 * with finite figures in range, or 2 with every line naming the plan (or level) and a path.
 */

const LEVEL = 'levels/tutorial.json';
const s = JSON.parse(readFileSync(LEVEL, 'utf8')) as Scenario;
const tps = s.stages.flatMap((st) => st.touchpoints.map((t) => t.id));
const junk = ['constructor', 'toString', 'nowhere', 'a'.repeat(41)];

/** Ids and numbers for a plan: its own within bounds (clean), or also junk and past the bounds. */
function plans(dirty: boolean) {
  const id = (ids: string[]) =>
    dirty
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, fc.constantFrom(...junk))
      : fc.constantFrom(...ids);
  const num = (min: number, max: number) =>
    dirty
      ? fc.oneof(
          fc.double({ min, max, noNaN: true }),
          fc.constantFrom(min, max, min - 1, max + 1, 1e308, -1e9),
        )
      : fc.oneof(fc.double({ min, max: min + (max - min) / 5000, noNaN: true }), fc.constant(min));
  /** A list of ids: repeats only when dirty (the game never repeats one). */
  const ids = (all: string[], maxLength: number) =>
    dirty
      ? fc.array(id(all), { maxLength: maxLength + 1 })
      : fc.uniqueArray(fc.constantFrom(...all), { maxLength });
  /** One of the allowed words, or (dirty) one that is not. */
  const word = (...words: string[]) =>
    dirty ? fc.constantFrom(...words, 'other') : fc.constantFrom(...words);
  /** True or false; clean plans keep `safe` (no removed touchpoint, no closed channel). */
  const flag = (safe: boolean) => (dirty ? fc.boolean() : fc.constant(safe));
  return { id, num, ids, word, flag };
}

const optional = { requiredKeys: [] as never[] };

function patchArb(dirty: boolean) {
  const { id, num, ids, word, flag } = plans(dirty);
  return fc.record(
    {
      strategy: fc.record(
        {
          brandPromise: id(s.promises.brand.map((p) => p.id)),
          customerPromises: ids(
            s.promises.customer.map((p) => p.id),
            2,
          ),
          targetSegments: ids(
            s.segments.map((g) => g.id),
            2,
          ),
          pricePosition: word('low', 'mid', 'premium'),
        },
        optional,
      ),
      understanding: fc.record(
        {
          research: word('none', 'light'),
          closeTheLoop: fc.boolean(),
          leadersDays: dirty
            ? fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(5, -1, 2.5))
            : fc.integer({ min: 0, max: 1 }),
        },
        optional,
      ),
      journey: fc.record(
        {
          touchpoints: fc.dictionary(
            id(tps),
            fc.record(
              { investment: num(0, 100000), redesign: flag(false), removed: flag(false) },
              optional,
            ),
            { maxKeys: 3 },
          ),
          peak: fc.option(id(tps), { nil: null }),
          initiatives: ids(
            s.initiatives.map((x) => x.id),
            1,
          ),
        },
        optional,
      ),
      channels: fc.dictionary(
        id(s.channels.map((c) => c.id)),
        fc.record(
          {
            open: flag(true),
            funding: num(0, 100000),
            capacity: dirty ? num(0, 1000) : fc.integer({ min: 5, max: 20 }),
            connected: flag(false),
          },
          optional,
        ),
        { maxKeys: 3 },
      ),
      culture: fc.record(
        {
          training: num(0, 100000),
          wellbeing: num(0, 100000),
          staffing: dirty ? num(0.5, 1.5) : fc.constant(1),
          empowerment: word('low', 'medium'),
        },
        optional,
      ),
      governance: fc.record({ owner: word('none', 'team'), council: flag(false) }, optional),
      events: dirty
        ? fc.dictionary(id(s.events.map((e) => e.id)), id(['extraMechanic', 'honestMessage']), {
            maxKeys: 1,
          })
        : fc.constant({}),
    },
    optional,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'nba-fuzz-plans-'));
let n = 0;
const tally = { played: 0, refused: 0, schemaAccepted: 0 };

describe('fuzz: generated plans', () => {
  it('sim answers 0 with finite, in-range figures or 2 naming the file and the path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean().chain((dirty) => fc.array(patchArb(dirty), { minLength: 1, maxLength: 4 })),
        fc.integer({ min: 0, max: 0xffffffff }),
        async (quarters, seed) => {
          const plan = { quarters };
          const file = join(dir, `plan-${n++}.json`);
          writeFileSync(file, JSON.stringify(plan));
          if (PlanSchema.safeParse(plan).success) tally.schemaAccepted++;
          const r = await runCli(() =>
            sim(['--level', LEVEL, '--plan', file, '--seed', String(seed), '--json']),
          );
          expect([0, 2]).toContain(r.code);
          if (r.code === 0) {
            tally.played++;
            expect(quarters.length).toBeLessThanOrEqual(s.quarters);
            expect(
              outcomeProblems((JSON.parse(r.out) as { quarters: unknown[] }).quarters),
            ).toEqual([]);
          } else {
            tally.refused++;
            expect(refusalProblems(r.err, [file, LEVEL])).toEqual([]);
          }
        },
      ),
      RUNS(60),
    );
    expect(tally.played).toBeGreaterThanOrEqual(5);
    expect(tally.refused).toBeGreaterThanOrEqual(5);
    expect(tally.schemaAccepted).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
