import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Counterfactuals,
  labelOf,
  lessonCandidates,
  metricOf,
  MIN_GAIN,
  planToLog,
  playGame,
  playCounterfactual,
  replay,
  replayLog,
  type ClaimMetric,
  type DecisionLog,
  type DecisionsPatch,
  type Lesson,
  type QuarterOutcome,
} from '../../src/engine';
import { airline, groupEffect } from './helpers';

const scenario = airline();
const LOWER: ClaimMetric[] = ['knowledgeGap', 'npsMargin'];

/**
 * The claim's replay, played again here from the building blocks (not through the lesson code):
 * for a pillar taken away, its two replays from the attribution's orders; else the replay's log.
 */
function replayed(seed: number, log: DecisionLog, actual: QuarterOutcome[], l: Lesson): number {
  const f = (os: QuarterOutcome[]) => metricOf(os, l.claim.metric, l.claim.from);
  const spec = l.claim.replay;
  if (spec.kind !== 'revert')
    return f(playCounterfactual(scenario, seed, 'normal', replayLog(scenario, log, spec)));
  const effect = groupEffect(scenario, seed, log, spec.group, f);
  return f(actual) - effect;
}

const patchArb: fc.Arbitrary<DecisionsPatch> = fc.record(
  {
    strategy: fc.record({
      brandPromise: fc.constantFrom('premiumComfort', 'lowFaresSimple', 'effortless', 'caring'),
      pricePosition: fc.constantFrom('low', 'mid', 'premium'),
    }),
    understanding: fc.record({
      leadersDays: fc.integer({ min: 0, max: 2 }),
      closeTheLoop: fc.boolean(),
    }),
    metrics: fc.record({
      surveys: fc.record({
        loyalty: fc.record({
          metric: fc.constantFrom('none', 'nps'),
          sampleSize: fc.integer({ min: 50, max: 400 }),
        }),
      }),
    }),
    journey: fc.record({
      touchpoints: fc.record({
        baggageClaim: fc.record({ investment: fc.integer({ min: 0, max: 300 }) }),
      }),
    }),
    channels: fc.record({ chat: fc.record({ connected: fc.boolean() }) }),
    governance: fc.record({ owner: fc.constantFrom('none', 'team', 'ceo'), council: fc.boolean() }),
    culture: fc.record({
      training: fc.integer({ min: 0, max: 300 }),
      empowerment: fc.constantFrom('low', 'medium', 'high'),
    }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<DecisionsPatch>;

describe('lessons are claims their replays back', () => {
  it('no lesson states a direction its replay disagrees with, over random games', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.array(patchArb, { minLength: 1, maxLength: 3 }),
        // Per quarter: answer the events in force with their first or second response, or not.
        fc.array(fc.constantFrom(-1, 0, 1), { minLength: 3, maxLength: 3 }),
        (seed, patches, answers) => {
          const plain = planToLog(scenario.company.start, { quarters: patches }, 3);
          // A response is accepted only while its event is in force: which strike, the seed says.
          const struck = replay(scenario, seed, 'normal', plain).results.map((o) => o.events);
          const log = plain.map((d, q) => ({
            ...d,
            events: Object.fromEntries(
              answers[q]! < 0
                ? []
                : struck[q]!.map((e) => {
                    const rs = scenario.events.find((x) => x.id === e.id)!.responses;
                    return [e.id, rs[Math.min(answers[q]!, rs.length - 1)]!.id];
                  }),
            ),
          }));
          const actual = replay(scenario, seed, 'normal', log).results;
          // With the real game's states, a replay starts where it first differs: checked here
          // against replays played from the start.
          const { states } = playGame(scenario, seed, 'normal', log);
          const cf = new Counterfactuals(scenario, seed, 'normal', log, actual, states);
          const lessons = lessonCandidates(cf);
          expect(lessons.length).toBeGreaterThan(0);
          for (const l of lessons) {
            seen.add(l.id);
            const other = replayed(seed, log, actual, l);
            const own = metricOf(actual, l.claim.metric, l.claim.from);
            const gain = LOWER.includes(l.claim.metric) ? other - own : own - other;
            expect(gain, l.key).toBeCloseTo(l.claim.gain, 6);
            expect(Math.abs(gain), l.key).toBeGreaterThanOrEqual(MIN_GAIN[l.claim.metric]);
            expect(l.label, l.key).toBe(labelOf({ used: l.claim.used, gain }));
            // "Worked" only where the replay is worse; "cost"/"missed" only where it is better.
            if (l.label === 'worked') expect(gain).toBeGreaterThan(0);
            else expect(gain).toBeLessThan(0);
          }
        },
      ),
      // Seed 2 meets two events in three quarters: the events lessons, answered and not, every run.
      {
        numRuns: 6,
        examples: [
          [2, [{}], [-1, 0, 1]],
          [2, [{}], [-1, -1, -1]],
        ],
      },
    );
    // The examples make sure both events lessons were among those checked.
    expect([...seen]).toEqual(expect.arrayContaining(['eventsAnswered', 'eventsIgnored']));
  }, 240_000);
});
