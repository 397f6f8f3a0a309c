import { describe, expect, it } from 'vitest';
import * as K from '../../src/engine/constants';
import { modelOf } from '../../src/engine/model';
import { makeTraits } from '../../src/engine/pool';
import { allocPool, type PoolArrays } from '../../src/engine/poolArrays';
import { noImpact, type EventImpact } from '../../src/engine/quarter/events';
import { arrive, decideStaying } from '../../src/engine/quarter/market';
import { moveSlowVariables } from '../../src/engine/quarter/slow';
import { buildTables, tableInputs, type Tables } from '../../src/engine/quarter/tables';
import { emptyTotals, walk } from '../../src/engine/quarter/walk';
import {
  defaultDecisions,
  newGame,
  playQuarter,
  type CompanyState,
  type GameState,
  type QuarterDecisions,
} from '../../src/engine';
import { airline } from './helpers';

// Each rule is called directly with small hand-made inputs on the airline's model, so a test
// fails when that rule changes, not when calibration elsewhere moves.
const scenario = airline();
const model = modelOf(scenario);
const { T, C, G } = model;
const start = newGame(scenario, 1, 'normal');
const tp = (id: string) => model.tpIndex.get(id)!;
const ch = (id: string) => model.chIndex.get(id)!;

const decisions = (): QuarterDecisions => defaultDecisions(scenario, start);
const company = (): CompanyState => structuredClone(start.company);
/** No events in force. */
const calm = (): EventImpact => noImpact();
const heads = new Float64Array([1500, 1800, 1900]);
const tables = (c = company(), d = decisions()): Tables =>
  buildTables(tableInputs(model, c, d, calm(), 0), heads);

/** `n` customers of segment 0 with fixed identities and spread-out traits. */
function customers(n: number, fill: Partial<Record<'loyalty' | 'memory' | 'effort', number>> = {}) {
  const pool = allocPool(n);
  for (let i = 0; i < n; i++) {
    pool.segment[i] = 0;
    pool.ident[i] = i;
    pool.traits[i] = makeTraits(99, i);
    pool.loyalty[i] = fill.loyalty ?? 0.5;
    pool.memory[i] = fill.memory ?? 0;
    pool.effort[i] = fill.effort ?? K.EFFORT_TYPICAL;
  }
  return pool;
}

/**
 * Tables for the walk with everything but the rule under test switched off: the touchpoints in
 * `moods` are reached by everyone and served by `via` (else the website), with that satisfaction
 * before the customer's own expectations and the contact's noise; no effort, no surveys, linear
 * Kano, equal intensity.
 */
function walkTables(
  moods: Record<string, number>,
  via: Record<string, string> = {},
  from: Tables = tables(),
): Tables {
  const tb: Tables = {
    ...from,
    route: new Int8Array(T * C).fill(-1),
    effort: new Float64Array(T * C),
    base: new Float64Array(G * T * C),
    reach256: new Int32Array(T),
    kanoLoss: new Float64Array(T).fill(1),
    kanoGain: new Float64Array(T).fill(1),
    intensity: new Float64Array(T).fill(1),
    service: new Uint8Array(T),
    metric: new Int32Array(T),
    sample: new Int32Array(T),
    responseRate: new Float64Array(T),
  };
  for (const [id, mood] of Object.entries(moods)) {
    const t = tp(id);
    tb.reach256[t] = 256;
    tb.route.fill(ch(via[id] ?? 'website'), t * C, (t + 1) * C);
    for (let g = 0; g < G; g++) tb.base.fill(mood, (g * T + t) * C, (g * T + t + 1) * C);
  }
  return tb;
}

function walkOnce(tb: Tables, pool: PoolArrays = customers(400)) {
  const out = emptyTotals(model);
  walk(
    model,
    tb,
    pool,
    { seed: 7, quarter: 0, spend: new Float64Array(G), closeTheLoop: false },
    out,
  );
  return { pool, out };
}

describe('rules by causal link (SIMULATION.md)', () => {
  it('link 4: demand above a channel’s capacity makes the queue wait, and the wait adds effort', () => {
    const queue = (load: number) => {
      const r = Math.min(load, K.LOAD_CEILING);
      const q = r / (1 - r) + Math.max(0, load - K.LOAD_CEILING) * K.QUEUE_OVERFLOW;
      return q / K.QUEUE_REFERENCE;
    };
    const call = ch('callCentre');
    const complaint = tp('complaint');
    const baseWait = scenario.channels[call]!.baseWait;
    const at = (capacity: number) => {
      const d = decisions();
      d.channels.callCentre!.capacity = capacity;
      return tables(company(), d);
    };
    const roomy = at(60);
    const tight = at(3);
    expect(roomy.load[call]).toBeLessThan(K.LOAD_CEILING);
    expect(tight.load[call]).toBeGreaterThan(1);
    // The wait is the scenario's base wait scaled by the queue factor of the load, exactly.
    for (const tb of [roomy, tight])
      expect(tb.wait[call]).toBeCloseTo(baseWait * queue(tb.load[call]!), 9);
    // Past capacity the queue piles up: far beyond the M/M/1 curve at the ceiling.
    expect(tight.wait[call]).toBeGreaterThan(baseWait * queue(K.LOAD_CEILING) * 2);
    // Demand beyond capacity abandons (share 1 − 1/load); those who abandon try the next channel
    // that serves the touchpoint, which takes their demand on top of its own.
    const j = complaint * C + call;
    expect(tight.route[j]).toBe(call);
    const abandon = (tb: Tables) => (tb.load[call]! > 1 ? 1 - 1 / tb.load[call]! : 0);
    expect(abandon(roomy)).toBe(0);
    expect(abandon(tight)).toBeGreaterThan(0.5);
    const email = ch('email');
    const chat = ch('chat');
    const grew =
      tight.demand[email]! - roomy.demand[email]! + tight.demand[chat]! - roomy.demand[chat]!;
    expect(grew).toBeGreaterThan(0);
    // The effort of a queue keeps growing with its load (tries, a switch, repeating oneself).
    expect(tight.effort[j]).toBeGreaterThan(roomy.effort[j]!);
    const manage = tp('booking') * C + call;
    const at3 = at(15);
    expect(at3.load[call]).toBeGreaterThan(1);
    expect(at3.load[call]).toBeLessThan(tight.load[call]!);
    expect(at3.effort[manage]).toBeGreaterThan(roomy.effort[manage]!);
    expect(tight.effort[manage]).toBeGreaterThan(at3.effort[manage]!);
  });

  it('link 4: CES is the mean of the answers of those served and those who gave up', () => {
    const call = ch('callCentre');
    const app = ch('app');
    const j = tp('complaint') * C + call;
    const answer = (effort: number) => Math.max(1, 7 - K.CES_PER_EFFORT * Math.max(0, effort));
    const at = (capacity: number) => {
      const d = decisions();
      d.channels.callCentre!.capacity = capacity;
      return tables(company(), d);
    };
    // Nobody abandons: the one answer of the contact's effort; from an unconnected channel, its
    // silo effort on top.
    const roomy = at(60);
    expect(roomy.ease[j]).toBe(answer(roomy.effort[j]!));
    const fromApp = (app + 1) * T * C + j;
    expect(roomy.ease[fromApp]).toBe(answer(roomy.effort[j]! + roomy.silo[app * C + call]!));
    // Half abandon: the mean effort is past the scale's floor, but those who got through answer
    // above it, so the mean answer does too; at a far worse queue it falls towards the floor.
    const half = at(7.5);
    expect(half.load[call]).toBeGreaterThan(2);
    expect(half.load[call]).toBeLessThan(2.5);
    expect(answer(half.effort[j]!)).toBe(1);
    expect(half.ease[j]).toBeGreaterThan(1.8);
    const jammed = at(0.8);
    expect(jammed.ease[j]).toBeLessThan(1.3);
    expect(jammed.ease[j]).toBeGreaterThanOrEqual(1);
  });
  it('link 4: who cannot switch to another channel gives up, the need unmet; who can, is served there', () => {
    // The same overloaded call centre, with and without the other channels that take complaints.
    const d = decisions();
    d.channels.callCentre!.capacity = 1;
    const closed = decisions();
    closed.channels.callCentre!.capacity = 1;
    for (const id of ['email', 'chat', 'social']) closed.channels[id]!.open = false;
    const call = ch('callCentre');
    const j = tp('complaint') * C + call;
    const open = tables(company(), d);
    const alone = tables(company(), closed);
    expect(open.route[j]).toBe(call);
    expect(alone.route[j]).toBe(call);
    // Unserved, the contact carries the shortfall of an unmet need on top of its effort: with
    // the effort term taken out (switching and waiting again cost effort of their own, without a
    // ceiling), the unmet need alone puts it well below a contact served elsewhere. The others
    // that take complaints are self-service, which resolves only the share of complaints that
    // do not need a person.
    const needMet = (tb: Tables, g: number) =>
      tb.base[(g * T + tp('complaint')) * C + call]! +
      K.EFFORT_TO_SATISFACTION * tb.effort[tp('complaint') * C + call]!;
    const resolved = 1 - K.SELF_SERVICE_UNRESOLVED;
    for (let g = 0; g < G; g++)
      expect(needMet(alone, g)).toBeLessThan(
        needMet(open, g) - K.ABANDON_SHORTFALL * resolved * 0.5,
      );
  });

  it('links 3–4: a contact that needs a person is mostly not resolved in self-service', () => {
    // The same scenario, once with e-mail answered by people: an overloaded call centre's
    // complaints go on to e-mail either way; handled by a person there, far more are resolved.
    const staffed = structuredClone(scenario);
    staffed.channels.find((c) => c.id === 'email')!.kind = 'human';
    const d = decisions();
    d.channels.callCentre!.capacity = 1;
    const at = (s: typeof scenario) => {
      const m = modelOf(s);
      const inputs = tableInputs(m, company(), d, calm(), 0);
      const j = tp('complaint') * C + ch('callCentre');
      expect(inputs.alt[j]).toBe(ch('email'));
      const tb = buildTables(inputs, heads);
      return (g: number) =>
        tb.base[(g * T + tp('complaint')) * C + ch('callCentre')]! +
        K.EFFORT_TO_SATISFACTION * tb.effort[j]!;
    };
    const person = at(staffed);
    const self = at(scenario);
    for (let g = 0; g < G; g++)
      expect(person(g) - self(g)).toBeGreaterThan(
        K.ABANDON_SHORTFALL * K.SELF_SERVICE_UNRESOLVED * 0.5,
      );
  });

  it('link 3: Kano — must-be punishes a shortfall and adds little, linear is even, delighters mostly add', () => {
    const ids = { mustBe: 'booking', linear: 'search', delighter: 'inflightService' } as const;
    const real = tables();
    for (const [shape, id] of Object.entries(ids) as [keyof typeof K.KANO, string][]) {
      expect(real.kanoLoss[tp(id)]).toBe(K.KANO[shape].loss);
      expect(real.kanoGain[tp(id)]).toBe(K.KANO[shape].gain);
    }
    const moods = (m: number) => Object.fromEntries(Object.values(ids).map((id) => [id, m]));
    const shaped = (m: number) => {
      const tb = walkTables(moods(m));
      tb.kanoLoss = real.kanoLoss;
      tb.kanoGain = real.kanoGain;
      return walkOnce(tb).out.satSum;
    };
    const even = (m: number) => walkOnce(walkTables(moods(m))).out.satSum;
    // ±0.5 dominates a contact's noise and the customer's own expectations, so each side holds.
    const [lossKano, lossEven, gainKano, gainEven] = [
      shaped(-0.5),
      even(-0.5),
      shaped(0.5),
      even(0.5),
    ];
    const factor = (id: string, kano: Float64Array, plain: Float64Array) =>
      kano[tp(id)]! / plain[tp(id)]!;
    expect(factor(ids.mustBe, lossKano, lossEven)).toBeCloseTo(K.KANO.mustBe.loss, 9);
    expect(factor(ids.mustBe, gainKano, gainEven)).toBeCloseTo(K.KANO.mustBe.gain, 9);
    expect(factor(ids.linear, lossKano, lossEven)).toBeCloseTo(1, 9);
    expect(factor(ids.linear, gainKano, gainEven)).toBeCloseTo(1, 9);
    expect(factor(ids.delighter, lossKano, lossEven)).toBeCloseTo(K.KANO.delighter.loss, 9);
    expect(factor(ids.delighter, gainKano, gainEven)).toBeCloseTo(K.KANO.delighter.gain, 9);
    // The asymmetry itself, whatever the calibration.
    expect(K.KANO.mustBe.loss).toBeGreaterThan(1);
    expect(K.KANO.mustBe.gain).toBeLessThan(1);
    expect(K.KANO.delighter.gain).toBeGreaterThan(1);
    expect(K.KANO.delighter.loss).toBeLessThan(1);
  });

  it('links 6–7: peak–end — the end and the peak weigh far more than a contact in the middle', () => {
    // Five contacts; the first is clearly the most intense: 1.5 against at most −0.52 of a
    // customer's own expectations, noise and an incident, which weighs double as a negative
    // moment (NEGATIVE_INTENSITY), so it stays the peak.
    const journey = { search: 1.5, manageBooking: 0, checkin: 0, boarding: 0, inflightService: 0 };
    const memory = (m: Record<string, number>) => walkOnce(walkTables(m)).pool.memory;
    const before = memory(journey);
    const d = 0.1;
    const end = memory({ ...journey, inflightService: d });
    const middle = memory({ ...journey, checkin: d });
    const peak = memory({ ...journey, search: 1.5 + d });
    const n = Object.keys(journey).length;
    for (let i = 0; i < before.length; i++) {
      expect(middle[i]! - before[i]!).toBeCloseTo((K.PEAK_END.mean / n) * d, 9);
      expect(end[i]! - before[i]!).toBeCloseTo((K.PEAK_END.mean / n + K.PEAK_END.end) * d, 9);
      expect(peak[i]! - before[i]!).toBeCloseTo((K.PEAK_END.mean / n + K.PEAK_END.peak) * d, 9);
    }
    expect(K.PEAK_END.end).toBeGreaterThan(K.PEAK_END.mean / n);
    expect(K.PEAK_END.peak).toBeGreaterThan(K.PEAK_END.mean / n);
  });

  it('link 6: one bad touchpoint spoils the whole journey, far beyond its share of the average', () => {
    const journey = { search: 1, manageBooking: 0, checkin: 0, boarding: 0, inflightService: 0 };
    const good = walkOnce(walkTables(journey));
    // One contact in the middle goes badly: as a negative moment it becomes the peak.
    const bad = walkOnce(walkTables({ ...journey, checkin: -1 }));
    const share = K.PEAK_END.mean / Object.keys(journey).length;
    // Per customer the contact's own noise may hide it; the typical customer is hit far beyond
    // the contact's share of the average.
    const drops = Array.from(good.pool.memory, (m, i) => bad.pool.memory[i]! - m).sort(
      (a, b) => a - b,
    );
    expect(drops[drops.length >> 1]!).toBeLessThan(-(share + K.PEAK_END.peak));
    // … and fewer customers recommend.
    expect(bad.out.segPromoters[0]).toBeLessThan(good.out.segPromoters[0]!);
    expect(bad.out.segDetractors[0]).toBeGreaterThan(good.out.segDetractors[0]!);
  });

  it('links 4–5: a closed preferred channel means a switch, and a switch costs effort', () => {
    const search = tp('search');
    const social = ch('social');
    const open = tables();
    expect(open.route[search * C + social]).toBe(social);
    const d = decisions();
    d.channels.social!.open = false;
    const closed = tables(company(), d);
    const fallback = closed.route[search * C + social]!;
    expect(fallback).not.toBe(social);
    expect(fallback).toBeGreaterThanOrEqual(0);
    // Served by the same channel: the customer who preferred it directly vs the one switched to it.
    expect(closed.route[search * C + fallback]).toBe(fallback);
    expect(closed.effort[search * C + social]! - closed.effort[search * C + fallback]!).toBeCloseTo(
      K.SWITCH_EFFORT,
      9,
    );
  });

  it('links 4–5: moving between unconnected channels adds effort (silos); connected ones do not', () => {
    const journey = { search: 0, booking: 0 };
    const connectedTo = (v: number) => {
      const c = company();
      for (const id of Object.keys(c.connection)) c.connection[id] = v;
      return tables(c);
    };
    const meanEffort = (from: Tables, via: Record<string, string>) =>
      walkOnce(walkTables(journey, via, from)).pool.effort;
    const across = { search: 'website', booking: 'callCentre' };
    const silos = meanEffort(connectedTo(0), across);
    const linked = meanEffort(connectedTo(1), across);
    const same = meanEffort(connectedTo(0), { search: 'website', booking: 'website' });
    for (let i = 0; i < silos.length; i++) {
      // Two contacts, one switch between them: the silo effort is half the journey's mean.
      expect(silos[i]).toBeCloseTo(K.SILO_EFFORT / 2, 9);
      expect(linked[i]).toBeCloseTo(0, 9);
      expect(same[i]).toBeCloseTo(0, 9);
    }
  });

  it('links 4, 13: churn — effort and disappointment raise leaving, loyalty lowers it, within clamps', () => {
    const n = 4000;
    /** Who stays (1) or leaves (0): each customer's draw is fixed by identity, seed and quarter. */
    const stays = (fill: Parameters<typeof customers>[1]) => {
      const pool = customers(n, fill);
      const r = decideStaying(model, pool, decisions(), calm(), 5, 2);
      expect(r.before).toBe(n);
      return { stayed: r.stayed, who: Array.from(pool.segment, (g) => +(g >= 0)) };
    };
    const subset = (a: number[], b: number[]) => a.every((x, i) => x <= b[i]!);
    const typical = stays({});
    const effortful = stays({ effort: K.EFFORT_TYPICAL + 0.5 });
    const disappointed = stays({ memory: -0.5 });
    const loyal = stays({ loyalty: 0.7 });
    // A higher chance of leaving loses every customer a lower one loses, and more.
    expect(subset(effortful.who, typical.who)).toBe(true);
    expect(effortful.stayed).toBeLessThan(typical.stayed);
    expect(subset(disappointed.who, typical.who)).toBe(true);
    expect(disappointed.stayed).toBeLessThan(typical.stayed);
    expect(subset(typical.who, loyal.who)).toBe(true);
    expect(loyal.stayed).toBeGreaterThan(typical.stayed);
    // The base rate, roughly (4,000 draws: ±2 standard errors is about ±0.8 points).
    expect(1 - typical.stayed / n).toBeCloseTo(K.CHURN_BASE, 1);
    // Clamps: past the maximum, worse changes nothing; below the minimum, better changes nothing.
    const worst = stays({ loyalty: 0, memory: -5, effort: 1 });
    expect(stays({ loyalty: 0, memory: -10, effort: 1 }).who).toEqual(worst.who);
    expect(Math.abs(1 - worst.stayed / n - K.CHURN_MAX)).toBeLessThan(0.03);
    const best = stays({ loyalty: 1 });
    expect(stays({ loyalty: 0.95 }).who).toEqual(best.who);
    expect(Math.abs(1 - best.stayed / n - K.CHURN_MIN)).toBeLessThan(0.01);
  });

  it('link 13: new customers follow reputation, word of mouth, promise appeal and price', () => {
    const arrivals = (change: (c: CompanyState, d: QuarterDecisions) => void, coherent = true) => {
      const c = company();
      const d = decisions();
      change(c, d);
      const pool = allocPool(4000);
      pool.segment.fill(-1);
      return arrive(model, pool, c, d, calm(), coherent, 0, 3, 1);
    };
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const ratio = (a: number[], b: number[]) => total(a) / total(b);
    const base = arrivals(() => {});
    expect(total(base)).toBeGreaterThan(100);
    // Reputation and word of mouth lift every segment alike, by the log-appeal constants.
    // (Each segment's count is its expected arrivals rounded by a coin: ±1.)
    const known = arrivals((c) => (c.reputation += 25));
    expect(Math.abs(ratio(known, base) - Math.exp(K.APPEAL_PER_REPUTATION / 2))).toBeLessThan(0.02);
    const talked = arrivals((c) => {
      c.promoters += 0.2;
      c.detractors -= 0.2;
    });
    expect(Math.abs(ratio(talked, base) - Math.exp(K.APPEAL_PER_WORD_OF_MOUTH * 0.4))).toBeLessThan(
      0.02,
    );
    // A low price draws the price-sensitive most.
    const cheap = arrivals((_, d) => (d.strategy.pricePosition = 'low'));
    const gain = cheap.map((x, g) => x / base[g]!);
    const sensitivity = scenario.segments.map((s) => s.priceSensitivity);
    const budget = sensitivity.indexOf(Math.max(...sensitivity));
    const business = sensitivity.indexOf(Math.min(...sensitivity));
    expect(gain[budget]).toBeGreaterThan(gain[business]!);
    expect(
      Math.abs(
        gain[budget]! / gain[business]! -
          Math.exp(K.PRICE_APPEAL.low * (sensitivity[budget]! - sensitivity[business]!)),
      ),
    ).toBeLessThan(0.05);
    expect(Math.min(...gain)).toBeGreaterThan(1);
    // The promise draws the segments it appeals to, in proportion to credibility and coherence.
    const caring = scenario.segments.map(
      (s) => s.promiseAppeal[decisions().strategy.brandPromise]!,
    );
    const fan = caring.indexOf(Math.max(...caring));
    const believed = arrivals((c) => (c.credibility = 1));
    const doubted = arrivals((c) => (c.credibility = 0));
    const incoherent = arrivals((c) => (c.credibility = 1), false);
    expect(believed[fan]).toBeGreaterThan(doubted[fan]!);
    expect(believed[fan]).toBeGreaterThan(incoherent[fan]!);
    expect(incoherent[fan]).toBeGreaterThan(doubted[fan]!);
  });

  it('link 1: changing the brand promise costs credibility; so does each customer promise changed', () => {
    const credibilityAfter = (change: (d: QuarterDecisions) => void) => {
      const c = company();
      const d = decisions();
      change(d);
      moveSlowVariables(model, c, decisions(), d, calm(), 5000);
      return c.credibility;
    };
    const kept = credibilityAfter(() => {});
    expect(kept).toBeCloseTo(start.company.credibility, 9);
    const other = scenario.promises.brand.find((b) => b.id !== decisions().strategy.brandPromise)!;
    expect(kept - credibilityAfter((d) => (d.strategy.brandPromise = other.id))).toBeCloseTo(
      K.CREDIBILITY_CHANGE_COST,
      9,
    );
    const two = scenario.promises.customer.slice(0, 2).map((p) => p.id);
    expect(kept - credibilityAfter((d) => (d.strategy.customerPromises = two))).toBeCloseTo(
      2 * K.CREDIBILITY_CUSTOMER_PROMISE_CHANGE,
      9,
    );
  });

  it('link 1: a promise kept builds credibility quarter by quarter; one that does not fit the price builds less', () => {
    const credibility = (pricePosition: QuarterDecisions['strategy']['pricePosition']) => {
      let s: GameState = {
        ...start,
        company: { ...structuredClone(start.company), credibility: 0.2 },
      };
      const seen: number[] = [];
      for (let q = 0; q < 3; q++) {
        const d = defaultDecisions(scenario, s);
        d.strategy.pricePosition = pricePosition;
        const r = playQuarter(scenario, s, d);
        seen.push(r.outcome.true.credibility);
        s = r.state;
      }
      return seen;
    };
    const fits = credibility(decisions().strategy.pricePosition);
    expect(fits[0]).toBeGreaterThan(0.2);
    expect(fits[1]).toBeGreaterThan(fits[0]!);
    expect(fits[2]).toBeGreaterThan(fits[1]!);
    // A low price lowers what customers expect, so a caring promise is delivered more easily at a
    // low price; it still builds less credibility, as it does not fit the price.
    const misfit = credibility('low');
    expect(misfit[2]).toBeLessThan(fits[2]!);
  });

  it('link 14: a reputation is slow to build and quick to lose', () => {
    const moved = (reputation: number) => {
      const s: GameState = { ...start, company: { ...structuredClone(start.company), reputation } };
      const o = playQuarter(scenario, s, decisions()).outcome;
      expect(o.events).toEqual([]);
      const target = 50 + K.REPUTATION_PER_NPS * o.true.nps;
      return { share: (o.true.reputation - reputation) / (target - reputation), target };
    };
    const low = moved(10);
    const high = moved(95);
    expect(low.target).toBeGreaterThan(10);
    expect(high.target).toBeLessThan(95);
    // The share of the way to the target covered in one quarter: rising, falling.
    expect(low.share).toBeCloseTo(K.REPUTATION_UP_RATE, 2);
    expect(high.share).toBeCloseTo(K.REPUTATION_DOWN_RATE, 2);
    expect(K.REPUTATION_DOWN_RATE).toBeGreaterThan(K.REPUTATION_UP_RATE);
  });

  it('link 8: response rates fall with survey fatigue and rise when the loop is closed', () => {
    const rate = (fatigue: number, loopTrust: number) => {
      const c = company();
      c.fatigue = fatigue;
      c.loopTrust = loopTrust;
      const tb = tables(c);
      return { nps: tb.responseRate[tp('loyalty')]!, csat: tb.responseRate[tp('complaint')]! };
    };
    expect(rate(0, 0).nps).toBeCloseTo(K.RESPONSE_RELATIONSHIP, 9);
    expect(rate(0, 0).csat).toBeCloseTo(K.RESPONSE_TRANSACTIONAL, 9);
    expect(rate(0.5, 0).nps).toBeCloseTo(K.RESPONSE_RELATIONSHIP * 0.5, 9);
    expect(rate(0, 1).nps).toBeCloseTo(K.RESPONSE_RELATIONSHIP * (1 + K.LOOP_RESPONSE_GAIN), 9);
  });

  it('link 8: over-surveying tires customers (fatigue, capped) and closing the loop builds their trust', () => {
    const after = (sampleSize: number, closeTheLoop: boolean, quarters: number) => {
      let s = start;
      let o;
      for (let q = 0; q < quarters; q++) {
        const d = defaultDecisions(scenario, s);
        d.understanding.closeTheLoop = closeTheLoop;
        for (const id of ['search', 'checkin', 'seat'])
          d.metrics.surveys[id] = { metric: 'csat', sampleSize };
        d.metrics.surveys.loyalty = { metric: 'nps', sampleSize };
        const r = playQuarter(scenario, s, d);
        s = r.state;
        o = r.outcome;
      }
      return { company: s.company, measured: o!.measured };
    };
    const light = after(100, false, 2);
    const heavy = after(3000, false, 2);
    expect(heavy.company.fatigue).toBeGreaterThan(light.company.fatigue);
    expect(heavy.measured.responseRate!).toBeLessThan(light.measured.responseRate!);
    expect(after(3000, false, 6).company.fatigue).toBeCloseTo(K.FATIGUE_MAX, 9);
    const followed = after(100, true, 2);
    expect(followed.company.loopTrust).toBeGreaterThan(light.company.loopTrust);
    expect(followed.measured.responseRate!).toBeGreaterThan(light.measured.responseRate!);
  });

  it('links 11, 14: culture moves engagement with a lag; overload erodes engagement and delivery', () => {
    const slow = (change: (c: CompanyState, d: QuarterDecisions) => void) => {
      const c = company();
      const d = decisions();
      d.culture.training = 0;
      change(c, d);
      // Culture acts from the quarter after it is decided: what was decided last quarter (prev).
      moveSlowVariables(model, c, d, decisions(), calm(), 5000);
      return c;
    };
    const none = slow(() => {});
    const trained = slow(
      (_, d) => (d.culture.training = K.TRAINING_REFERENCE * scenario.company.budget),
    );
    // Decided this quarter, it moves nothing yet (link 14).
    const started = company();
    const now = decisions();
    now.culture.training = K.TRAINING_REFERENCE * scenario.company.budget;
    const before = decisions();
    before.culture.training = 0;
    moveSlowVariables(model, started, before, now, calm(), 5000);
    expect(started.engagement).toBeCloseTo(none.engagement, 9);
    // One quarter covers ENGAGEMENT_RATE of the way to the new target, no more.
    const full = K.ENGAGEMENT_FROM_TRAINING * (1 - Math.exp(-1));
    expect(trained.engagement - none.engagement).toBeCloseTo(K.ENGAGEMENT_RATE * full, 9);
    expect(trained.engagement - none.engagement).toBeLessThan(full);
    const calmLoad = slow((c) => (c.overload = 0.8));
    const overloaded = slow((c) => (c.overload = 1.5));
    expect(calmLoad.engagement - overloaded.engagement).toBeCloseTo(
      K.ENGAGEMENT_RATE * K.ENGAGEMENT_FROM_OVERLOAD * (1.5 - K.STRETCHED_LOAD),
      9,
    );
    // Stretched staff erode engagement before demand passes capacity (link 11).
    const stretched = slow((c) => (c.overload = 0.95));
    expect(calmLoad.engagement - stretched.engagement).toBeCloseTo(
      K.ENGAGEMENT_RATE * K.ENGAGEMENT_FROM_OVERLOAD * (0.95 - K.STRETCHED_LOAD),
      9,
    );
    expect(overloaded.gaps.delivery).toBeGreaterThan(calmLoad.gaps.delivery);
  });

  it('links 10, 14: governance closes the standards gap and connects channels over quarters', () => {
    const govern = (owner: 'none' | 'team' | 'ceo', council: boolean) => {
      const c = company();
      const d = decisions();
      d.governance = { owner, council, blueprint: false };
      d.channels.callCentre!.connected = true;
      // Governance decided last quarter acts now (link 14).
      moveSlowVariables(model, c, d, d, calm(), 5000);
      return c;
    };
    const none = govern('none', false);
    const team = govern('team', false);
    const ceo = govern('ceo', true);
    // A quarter covers GOVERNANCE_RATE of the way: the owner with a council, vs nobody.
    expect(none.gaps.standards - ceo.gaps.standards).toBeCloseTo(
      K.GOVERNANCE_RATE * (K.STANDARDS_FROM_OWNER.ceo + K.STANDARDS_FROM_COUNCIL),
      9,
    );
    // A team without mandate does little.
    expect(none.gaps.standards - team.gaps.standards).toBeLessThan(
      (none.gaps.standards - ceo.gaps.standards) / 3,
    );
    expect(ceo.gaps.delivery).toBeLessThan(none.gaps.delivery);
    // Connection builds at the owner's rate (plus the council's), a share of the way per quarter.
    const was = start.company.connection.callCentre ?? 0;
    expect(none.connection.callCentre).toBeCloseTo(was + K.CONNECTION_RATE.none * (1 - was), 9);
    expect(ceo.connection.callCentre).toBeCloseTo(
      was + (K.CONNECTION_RATE.ceo + K.CONNECTION_COUNCIL_BONUS) * (1 - was),
      9,
    );
    expect(ceo.connection.callCentre).toBeLessThan(1);
  });

  it('link 10: a CX executive with a mandate, and a blueprint project that only an owner carries', () => {
    const govern = (owner: (typeof K.OWNERS)[number], blueprint: boolean) => {
      const c = company();
      const d = decisions();
      d.governance = { owner, council: false, blueprint };
      moveSlowVariables(model, c, d, d, calm(), 5000);
      return c.gaps.standards;
    };
    // The executive closes the standards gap more than a team without mandate, less than the CEO.
    expect(govern('team', false)).toBeGreaterThan(govern('executive', false));
    expect(govern('executive', false)).toBeGreaterThan(govern('ceo', false));
    // The blueprint closes STANDARDS_FROM_BLUEPRINT of the target, times how far its owner carries
    // it; a quarter covers GOVERNANCE_RATE of the way. Without an owner nothing moves.
    for (const owner of K.OWNERS)
      expect(govern(owner, false) - govern(owner, true)).toBeCloseTo(
        K.GOVERNANCE_RATE * K.STANDARDS_FROM_BLUEPRINT * K.BLUEPRINT_BY_OWNER[owner],
        9,
      );
    expect(K.BLUEPRINT_BY_OWNER.none).toBe(0);
  });

  it('link 14: research pays off the quarter after it is bought', () => {
    const c = company();
    const d = decisions();
    const other = company();
    d.understanding.research = 'deep';
    moveSlowVariables(model, c, decisions(), d, calm(), 5000);
    moveSlowVariables(model, other, decisions(), decisions(), calm(), 5000);
    expect(c.gaps.knowledge).toBeCloseTo(other.gaps.knowledge, 9);
    moveSlowVariables(model, c, d, decisions(), calm(), 5000);
    moveSlowVariables(model, other, decisions(), decisions(), calm(), 5000);
    expect(other.gaps.knowledge - c.gaps.knowledge).toBeCloseTo(
      K.KNOWLEDGE_RATE * K.KNOWLEDGE_FROM_RESEARCH.deep,
      9,
    );
  });
});
