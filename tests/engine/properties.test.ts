import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetOf,
  costOf,
  defaultDecisions,
  newGame,
  playQuarter,
  validateDecisions,
  type GameState,
  type QuarterDecisions,
  type QuarterOutcome,
} from '../../src/engine';
import * as K from '../../src/engine/constants';
import { airline } from './helpers';

const scenario = airline();
const tps = scenario.stages.flatMap((s) => s.touchpoints);

/** Any decisions the schema accepts for this scenario; `repair` below makes them valid. */
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
  // Channels and staffing are drawn around the company's own: far from them the airline goes
  // bankrupt within a few quarters (closing channels customers prefer, starving capacity), and
  // the test wants whole games.
  channels: fc.record(
    Object.fromEntries(
      scenario.channels.map((c) => {
        const start = scenario.company.start.channels[c.id];
        const capacity = start?.capacity ?? 0;
        return [
          c.id,
          fc.record({
            open: start?.open ? fc.constant(true) : fc.boolean(),
            funding: fc.integer({ min: 0, max: 2 * (start?.funding ?? 0) + 100 }),
            capacity: fc.integer({ min: capacity, max: Math.ceil(1.4 * capacity) + 2 }),
            connected: fc.boolean(),
          }),
        ];
      }),
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
    staffing: fc.double({ min: 0.9, max: 1.2, noNaN: true }),
  }),
  events: fc.constant({}),
}) as fc.Arbitrary<QuarterDecisions>;

const finite = (x: unknown): boolean =>
  typeof x === 'number'
    ? Number.isFinite(x)
    : x === null || typeof x !== 'object'
      ? true
      : Object.values(x).every(finite);

/** Active events get a drawn response (or none), so event costs and effects are exercised too. */
function withResponses(d: QuarterDecisions, active: string[], picks: number[]): void {
  d.events = {};
  active.forEach((id, i) => {
    const ev = scenario.events.find((e) => e.id === id);
    const pick = picks[i % picks.length]! % ((ev?.responses.length ?? 0) + 1);
    if (ev && pick < ev.responses.length) d.events[id] = ev.responses[pick]!.id;
  });
}

const startCost = costOf(scenario, newGame(scenario, 0, 'normal'), scenario.company.start).total;

/**
 * Spend drawn above the limit is scaled down step by step until the plan fits: the budget, or a
 * drawn share of what the company spends today when that is less (a plan that always spends the
 * whole budget mostly plays bankrupt games, and the test wants whole games).
 */
function fitBudget(d: QuarterDecisions, state: GameState, share: number): void {
  const budget = budgetOf(scenario, state);
  const over = (limit: number) => costOf(scenario, state, d).total > limit;
  const spend = () => {
    for (const tp of Object.values(d.journey.touchpoints))
      tp.investment = Math.floor(tp.investment / 2);
    for (const ch of Object.values(d.channels)) ch.funding = Math.floor(ch.funding / 2);
    d.culture.training = Math.floor(d.culture.training / 2);
    d.culture.wellbeing = Math.floor(d.culture.wellbeing / 2);
    for (const sv of Object.values(d.metrics.surveys))
      sv.sampleSize = Math.floor(sv.sampleSize / 2);
  };
  const oneOffs = () => {
    d.understanding.research = 'none';
    d.understanding.leadersDays = 0;
    d.journey.initiatives = [];
    for (const tp of Object.values(d.journey.touchpoints)) tp.redesign = false;
    d.events = {};
  };
  const capacity = () => {
    for (const ch of Object.values(d.channels)) ch.capacity = Math.floor(ch.capacity * 0.7);
  };
  // The share is a wish (spend only); the budget is a must (capacity goes too if needed).
  for (let i = 0; i < 12 && over(startCost * share); i++) spend();
  for (const step of [spend, oneOffs, capacity])
    for (let i = 0; i < 12 && over(budget); i++) step();
}

/**
 * Repairs drawn decisions into valid ones: every touchpoint kept in the journey gets an open
 * channel (closed channels hold no capacity), active events may get a response, and the spend is
 * fitted to the budget. The test then asserts the result is valid, so no draw is thrown away.
 */
function repair(
  raw: QuarterDecisions,
  state: GameState,
  picks: number[],
  share: number,
  redraw: boolean[],
): QuarterDecisions {
  const d = defaultDecisions(scenario, state);
  PILLARS.forEach((pillar, i) => {
    if (redraw[i]) Object.assign(d, { [pillar]: structuredClone(raw[pillar]) });
  });
  withResponses(d, Object.keys(state.company.activeEvents), picks);
  for (const tp of tps) {
    if (d.journey.touchpoints[tp.id]?.removed) continue;
    if (!tp.channels.some((c) => d.channels[c]?.open)) d.channels[tp.channels[0]!]!.open = true;
  }
  for (const ch of Object.values(d.channels)) if (!ch.open) ch.capacity = 0;
  fitBudget(d, state, share);
  return d;
}

/**
 * Each quarter redraws some pillars and keeps the settings in force for the others: a log that
 * changes everything every quarter mostly bankrupts the airline by the fifth quarter, and the
 * later quarters of whole games are where drift (NaN, runaway scales) would show.
 */
const PILLARS = [
  'strategy',
  'understanding',
  'metrics',
  'journey',
  'channels',
  'governance',
  'culture',
] as const;

const quarterArb = fc.record({
  redraw: fc.array(
    fc.integer({ min: 0, max: 2 }).map((x) => x === 0),
    { minLength: PILLARS.length, maxLength: PILLARS.length },
  ),
  decisions: decisionsArb,
  picks: fc.array(fc.nat({ max: 11 }), { minLength: 5, maxLength: 5 }),
  share: fc.double({ min: 0.6, max: 1.2, noNaN: true }),
});

/** What every quarter's outcome must satisfy, played from `state`. */
function expectSound(
  o: QuarterOutcome,
  state: GameState,
  price: keyof typeof K.PRICE_COST_TO_SERVE,
): void {
  expect(finite(o)).toBe(true);
  expect(o.true.nps).toBeGreaterThanOrEqual(-100);
  expect(o.true.nps).toBeLessThanOrEqual(100);
  expect(o.true.csat).toBeGreaterThanOrEqual(0);
  expect(o.true.csat).toBeLessThanOrEqual(100);
  expect(o.true.ces).toBeGreaterThanOrEqual(1);
  expect(o.true.ces).toBeLessThanOrEqual(7);
  if (o.measured.nps !== null) expect(Math.abs(o.measured.nps)).toBeLessThanOrEqual(100);
  if (o.measured.csat !== null) expect(o.measured.csat).toBeGreaterThanOrEqual(0);
  if (o.measured.csat !== null) expect(o.measured.csat).toBeLessThanOrEqual(100);
  if (o.measured.ces !== null) expect(o.measured.ces).toBeGreaterThanOrEqual(1);
  if (o.measured.ces !== null) expect(o.measured.ces).toBeLessThanOrEqual(7);
  expect(o.true.profit).toBe(o.true.revenue - o.true.cost);
  expect(o.true.cash).toBe(state.company.cash + o.true.profit);
  // Operations cost by the price position decided for the quarter (link 12: cost to serve).
  expect(o.true.cost).toBe(
    Math.round(
      (scenario.company.fixedCosts + scenario.company.costPerCustomer * o.true.simulatedCustomers) *
        K.PRICE_COST_TO_SERVE[price] +
        o.costs.total,
    ),
  );
  for (const g of Object.values(o.true.gaps)) expect(g).toBeGreaterThanOrEqual(0);
  for (const g of Object.values(o.true.gaps)) expect(g).toBeLessThanOrEqual(1);
}

// About half the drawn games run all quarters since the airline's cash and margins were made
// sector-plausible (random heavy spending now often bankrupts it); 80 runs leave a wide margin
// above 25 full games (45 runs gave 22–23 of them).
const RUNS = 80;
const FULL_GAMES = 25;

describe('properties of any valid decision log', () => {
  it('whole games: scores stay on their scales, nothing is NaN, money adds up, same input → same output', () => {
    let fullGames = 0;
    let quartersPlayed = 0;
    fc.assert(
      fc.property(
        fc.array(quarterArb, { minLength: scenario.quarters, maxLength: scenario.quarters }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (quarters, seed) => {
          let state = newGame(scenario, seed, 'normal');
          let played = 0;
          for (const { decisions, picks, share, redraw } of quarters) {
            const d = repair(decisions, state, picks, share, redraw);
            const check = validateDecisions(scenario, state, d);
            expect(check.ok ? [] : check.errors).toEqual([]);
            const a = playQuarter(scenario, state, d);
            // The same state and decisions again (every other quarter, to keep the test quick):
            // an equal result, so the input state was not changed either.
            if ((played + seed) % 2 === 0) expect(playQuarter(scenario, state, d)).toEqual(a);
            played++;
            expectSound(a.outcome, state, d.strategy.pricePosition);
            state = a.state;
            if (state.finished) break;
          }
          quartersPlayed += played;
          if (played === scenario.quarters) fullGames++;
          else expect(state.gameOver).toBe(true); // only bankruptcy ends a game early
        },
      ),
      { numRuns: RUNS },
    );
    expect(fullGames).toBeGreaterThanOrEqual(FULL_GAMES);
    expect(quartersPlayed).toBeGreaterThanOrEqual(FULL_GAMES * scenario.quarters);
  }, 120_000);

  it('extreme plans too: closed channels, bare or lavish capacity, any staffing, bankruptcy', () => {
    // Far from the company's settings, where whole games are not the point: three quarters of
    // channels opened and closed at will, capacity from none to three times today's, staffing
    // over its whole range.
    const extremeArb = fc.record({
      channels: fc.record(
        Object.fromEntries(
          scenario.channels.map((c) => {
            const capacity = scenario.company.start.channels[c.id]?.capacity ?? 0;
            return [
              c.id,
              fc.record({
                open: fc.boolean(),
                funding: fc.integer({ min: 0, max: 3000 }),
                capacity: fc.integer({ min: 0, max: 3 * capacity + 5 }),
                connected: fc.boolean(),
              }),
            ];
          }),
        ),
      ),
      staffing: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(quarterArb, extremeArb), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (quarters, seed) => {
          let state = newGame(scenario, seed, 'normal');
          for (const [{ decisions, picks, share, redraw }, extreme] of quarters) {
            const raw = {
              ...decisions,
              channels: extreme.channels,
              culture: { ...decisions.culture, staffing: extreme.staffing },
            } as QuarterDecisions;
            const d = repair(
              raw,
              state,
              picks,
              share,
              redraw.map((r, i) => r || i >= 4),
            );
            const check = validateDecisions(scenario, state, d);
            expect(check.ok ? [] : check.errors).toEqual([]);
            const a = playQuarter(scenario, state, d);
            expectSound(a.outcome, state, d.strategy.pricePosition);
            state = a.state;
            if (state.finished) break;
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
