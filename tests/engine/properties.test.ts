import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetOf,
  costOf,
  newGame,
  playQuarter,
  validateDecisions,
  type QuarterDecisions,
} from '../../src/engine';
import { airline } from './helpers';

const scenario = airline();
const tps = scenario.stages.flatMap((s) => s.touchpoints);

/** Any decisions the schema accepts for this scenario, trimmed to the budget by the test. */
const decisionsArb: fc.Arbitrary<QuarterDecisions> = fc.record({
  strategy: fc.record({
    brandPromise: fc.constantFrom(...scenario.promises.brand.map((p) => p.id)),
    customerPromises: fc.uniqueArray(
      fc.constantFrom(...scenario.promises.customer.map((p) => p.id)),
      { maxLength: 3 },
    ),
    targetSegments: fc.uniqueArray(fc.constantFrom(...scenario.segments.map((g) => g.id)), {
      maxLength: 3,
    }),
    pricePosition: fc.constantFrom('low' as const, 'mid' as const, 'premium' as const),
  }),
  understanding: fc.record({
    research: fc.constantFrom('none' as const, 'light' as const, 'deep' as const),
    closeTheLoop: fc.boolean(),
    leadersDays: fc.integer({ min: 0, max: 4 }),
  }),
  metrics: fc.record({
    surveys: fc.dictionary(
      fc.constantFrom(...tps.map((t) => t.id)),
      fc.record({
        metric: fc.constantFrom('none' as const, 'nps' as const, 'csat' as const, 'ces' as const),
        sampleSize: fc.integer({ min: 0, max: 1500 }),
      }),
    ),
    targets: fc.constant({ nps: null, csat: null, ces: null }),
  }),
  journey: fc.record({
    touchpoints: fc.record(
      Object.fromEntries(
        tps.map((t) => [
          t.id,
          fc.record({
            investment: fc.integer({ min: 0, max: 800 }),
            redesign: fc.boolean(),
            removed: t.removable ? fc.boolean() : fc.constant(false),
          }),
        ]),
      ),
    ),
    peak: fc.option(fc.constantFrom(...tps.map((t) => t.id)), { nil: null }),
    end: fc.option(fc.constantFrom(...tps.map((t) => t.id)), { nil: null }),
    initiatives: fc.uniqueArray(fc.constantFrom(...scenario.initiatives.map((i) => i.id)), {
      maxLength: 1,
    }),
  }),
  channels: fc.record(
    Object.fromEntries(
      scenario.channels.map((c) => [
        c.id,
        fc.record({
          open: ['cabinCrew', 'airportDesk', 'website'].includes(c.id)
            ? fc.constant(true)
            : fc.boolean(),
          funding: fc.integer({ min: 0, max: 1500 }),
          capacity: fc.integer({ min: 0, max: 30 }),
          connected: fc.boolean(),
        }),
      ]),
    ),
  ),
  governance: fc.record({
    owner: fc.constantFrom('none' as const, 'team' as const, 'ceo' as const),
    council: fc.boolean(),
  }),
  culture: fc.record({
    hiringForAttitude: fc.boolean(),
    training: fc.integer({ min: 0, max: 1000 }),
    empowerment: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
    wellbeing: fc.integer({ min: 0, max: 800 }),
    staffing: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  }),
  events: fc.constant({}),
}) as fc.Arbitrary<QuarterDecisions>;

const finite = (x: unknown): boolean =>
  typeof x === 'number'
    ? Number.isFinite(x)
    : x === null || typeof x !== 'object'
      ? true
      : Object.values(x).every(finite);

describe('properties of any valid decision log', () => {
  it('scores stay on their scales, nothing is NaN, money adds up, same input → same output', () => {
    fc.assert(
      fc.property(
        fc.array(decisionsArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (log, seed) => {
          let state = newGame(scenario, seed, 'normal');
          for (const raw of log) {
            // Keep within budget by scaling channel capacity down; the rest stays as drawn.
            const d = structuredClone(raw);
            for (const ch of Object.values(d.channels)) if (!ch.open) ch.capacity = 0;
            const budget = budgetOf(scenario, state);
            let guard = 0;
            while (costOf(scenario, state, d).total > budget && guard++ < 60) {
              for (const tp of Object.values(d.journey.touchpoints))
                tp.investment = Math.floor(tp.investment / 2);
              for (const ch of Object.values(d.channels)) ch.funding = Math.floor(ch.funding / 2);
              d.culture.training = Math.floor(d.culture.training / 2);
              d.culture.wellbeing = Math.floor(d.culture.wellbeing / 2);
              for (const s of Object.values(d.metrics.surveys))
                s.sampleSize = Math.floor(s.sampleSize / 2);
              if (guard > 10)
                for (const ch of Object.values(d.channels))
                  ch.capacity = Math.floor(ch.capacity * 0.8);
            }
            if (!validateDecisions(scenario, state, d).ok) return; // e.g. a touchpoint left without channel
            const a = playQuarter(scenario, state, d);
            const b = playQuarter(scenario, state, d);
            expect(b).toEqual(a);
            const o = a.outcome;
            expect(finite(o)).toBe(true);
            expect(o.true.nps).toBeGreaterThanOrEqual(-100);
            expect(o.true.nps).toBeLessThanOrEqual(100);
            expect(o.true.csat).toBeGreaterThanOrEqual(0);
            expect(o.true.csat).toBeLessThanOrEqual(100);
            expect(o.true.ces).toBeGreaterThanOrEqual(1);
            expect(o.true.ces).toBeLessThanOrEqual(7);
            if (o.measured.nps !== null) expect(Math.abs(o.measured.nps)).toBeLessThanOrEqual(100);
            if (o.measured.csat !== null) expect(o.measured.csat).toBeLessThanOrEqual(100);
            if (o.measured.ces !== null) expect(o.measured.ces).toBeGreaterThanOrEqual(1);
            if (o.measured.ces !== null) expect(o.measured.ces).toBeLessThanOrEqual(7);
            expect(o.true.profit).toBe(o.true.revenue - o.true.cost);
            expect(o.true.cash).toBe(state.company.cash + o.true.profit);
            for (const g of Object.values(o.true.gaps)) expect(g).toBeGreaterThanOrEqual(0);
            for (const g of Object.values(o.true.gaps)) expect(g).toBeLessThanOrEqual(1);
            state = a.state;
            if (state.finished) break;
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});
