import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  costOf,
  newGame,
  type DecisionsPatch,
  type QuarterDecisions,
  type Scenario,
} from '../../src/engine';
import { airline, mean, playFor } from './helpers';

// One test per causal link of the simulation design: two plans that differ in one lever, played
// with the same seeds (common random numbers), and the direction the finding predicts.
const scenario = airline();
const seeds = [11, 12];

function run(
  patch: DecisionsPatch | ((q: number) => DecisionsPatch),
  quarters = 4,
  sc: Scenario = scenario,
) {
  return seeds.map(
    (seed) =>
      playFor(sc, seed, quarters, (q, base) =>
        applyPatch(base, typeof patch === 'function' ? patch(q) : patch),
      ).outcomes,
  );
}
type Runs = ReturnType<typeof run>;
const at = (runs: Runs, q: number, f: (o: Runs[number][number]) => number) =>
  mean(runs.map((r) => f(r[q]!)));
const over = (runs: Runs, f: (o: Runs[number][number]) => number, from = 1) =>
  mean(runs.flatMap((r) => r.slice(from).map(f)));

/** A copy of the scenario with changes, for levers the airline file does not offer. */
function variant(change: (s: Scenario) => void): Scenario {
  const s = JSON.parse(JSON.stringify(scenario)) as Scenario;
  change(s);
  return s;
}
const touchpoint = (s: Scenario, id: string) =>
  s.stages.flatMap((x) => x.touchpoints).find((t) => t.id === id)!;

describe('lessons: one per causal link', () => {
  it('1 promise → expectations: an over-ambitious promise opens the communication gap; changing it costs credibility', () => {
    const fitting = run({ strategy: { brandPromise: 'caring' } });
    const overPromise = run({ strategy: { brandPromise: 'premiumComfort' } });
    expect(over(overPromise, (o) => o.true.gaps.communication)).toBeGreaterThan(
      over(fitting, (o) => o.true.gaps.communication),
    );
    const steady = run({ strategy: { brandPromise: 'effortless' } });
    const flipping = run((q) => ({ strategy: { brandPromise: q % 2 ? 'caring' : 'effortless' } }));
    expect(at(flipping, 3, (o) => o.true.credibility)).toBeLessThan(
      at(steady, 3, (o) => o.true.credibility),
    );
  });

  it('2 five dimensions: the same shortfall hurts more on reliability than on tangibles', () => {
    const rel = run(
      {},
      2,
      variant((s) => s.segments.forEach((g) => (g.expectations.reliability += 0.08))),
    );
    const tan = run(
      {},
      2,
      variant((s) => s.segments.forEach((g) => (g.expectations.tangibles += 0.08))),
    );
    expect(over(rel, (o) => o.true.nps, 0)).toBeLessThan(over(tan, (o) => o.true.nps, 0));
  });

  it('3 Kano: a missing must-be hurts far more than a missing delighter', () => {
    const sc = variant((s) => (touchpoint(s, 'bagDrop').removable = true));
    const noMustBe = run({ journey: { touchpoints: { bagDrop: { removed: true } } } }, 2, sc);
    const noDelighter = run({ journey: { touchpoints: { loyalty: { removed: true } } } }, 2, sc);
    expect(over(noMustBe, (o) => o.true.nps, 0)).toBeLessThan(
      over(noDelighter, (o) => o.true.nps, 0) - 5,
    );
  });

  it('4 effort → disloyalty: an overloaded call centre lowers ease and then retention', () => {
    // Against a call centre staffed for its demand (load about ½), not the starting one that
    // already queues at peaks: the lever is the difference between no queue and a long one.
    const normal = run({ channels: { callCentre: { capacity: 40 } } });
    const overloaded = run({ channels: { callCentre: { capacity: 12 } } });
    expect(over(overloaded, (o) => o.true.ces, 0)).toBeLessThan(over(normal, (o) => o.true.ces, 0));
    expect(over(overloaded, (o) => o.true.retention)).toBeLessThan(
      over(normal, (o) => o.true.retention),
    );
    // Effort has more sources than waits: channels left unconnected (silos, repeated stories at a
    // switch) and a preferred channel that is closed.
    const ease = (r: Runs) => over(r, (o) => o.true.ces, 0);
    const all = ['website', 'app', 'callCentre', 'chat', 'email', 'social', 'airportDesk'];
    const connected = run({
      channels: Object.fromEntries(all.map((id) => [id, { connected: true }])),
    });
    const siloed = run({
      channels: Object.fromEntries(all.map((id) => [id, { connected: false }])),
    });
    expect(ease(siloed)).toBeLessThan(ease(connected));
    const withoutApp = run({ channels: { app: { open: false } } });
    expect(ease(withoutApp)).toBeLessThan(ease(run({})));
  });

  // Closing four channels frees their money for the rest, and the few must then carry the demand
  // moved onto them: the plan sizes the call centre and the apps for it (a starved call centre
  // overflows, which is the queues' lesson, not this one). SIMULATION.md link 5.
  it('5 channels: the same budget on a few connected channels beats many thin ones', () => {
    const few: DecisionsPatch = {
      channels: {
        website: { connected: true, funding: 500, capacity: 10 },
        app: { connected: true, funding: 500, capacity: 10 },
        callCentre: { connected: true, funding: 1500, capacity: 34 },
        chat: { open: false },
        email: { open: false },
        social: { open: false },
        kiosk: { open: false },
        airportDesk: { connected: true, funding: 1100, capacity: 25 },
      },
    };
    const start = newGame(scenario, 1, 'normal');
    const base = applyPatch(scenario.company.start, {});
    const fewCost = costOf(scenario, start, applyPatch(base, few)).total;
    // Many: every channel open and unconnected; spread the same money thinly as funding.
    const many = (extra: number): QuarterDecisions => {
      const d = applyPatch(base, {});
      for (const ch of Object.values(d.channels)) ch.connected = false;
      d.channels.website!.connected = true;
      d.channels.app!.connected = true;
      const each = extra / Object.keys(d.channels).length;
      for (const ch of Object.values(d.channels)) ch.funding += each;
      return d;
    };
    const extra = fewCost - costOf(scenario, start, many(0)).total;
    const manyPlan = many(Math.max(0, extra));
    expect(Math.abs(costOf(scenario, start, manyPlan).total - fewCost)).toBeLessThan(
      fewCost * 0.01,
    );
    const a = run(few);
    const b = seeds.map((seed) => playFor(scenario, seed, 4, () => manyPlan).outcomes);
    expect(over(a, (o) => o.true.nps)).toBeGreaterThan(over(b, (o) => o.true.nps));
  });

  it('6 journey over touchpoints: one bad touchpoint out of thirteen pulls the whole NPS down', () => {
    const good = run({}, 2);
    const oneBad = run(
      {},
      2,
      variant((s) => (touchpoint(s, 'boarding').quality -= 0.3)),
    );
    const npsDrop = over(good, (o) => o.true.nps, 0) - over(oneBad, (o) => o.true.nps, 0);
    const csatDrop = over(good, (o) => o.true.csat, 0) - over(oneBad, (o) => o.true.csat, 0);
    expect(npsDrop).toBeGreaterThan(10);
    // Averages over touchpoints (CSAT) barely show what the journey (NPS) feels.
    expect(npsDrop).toBeGreaterThan(2 * csatDrop);
  });

  it('7 peak–end: the same improvement counts more at the end of the journey than at its start', () => {
    const sc = variant((s) => {
      const first = touchpoint(s, 'search');
      const last = touchpoint(s, 'loyalty');
      for (const t of [first, last]) {
        t.reach = 0.9;
        t.kano = 'linear';
        t.intensity = 1;
        t.dims = {
          reliability: 0.3,
          assurance: 0.2,
          tangibles: 0.2,
          empathy: 0.2,
          responsiveness: 0.1,
        };
        t.quality = 0.75;
      }
    });
    const atEnd = run({ journey: { end: 'loyalty' } }, 2, sc);
    const atStart = run({ journey: { end: 'search' } }, 2, sc);
    expect(over(atEnd, (o) => o.true.nps, 0)).toBeGreaterThan(over(atStart, (o) => o.true.nps, 0));
    // A designed peak counts too: the same touchpoint made a peak lifts the remembered whole.
    const withPeak = run({ journey: { peak: 'search' } }, 2, sc);
    const noPeak = run({ journey: { peak: null } }, 2, sc);
    expect(over(withPeak, (o) => o.true.nps, 0)).toBeGreaterThan(
      over(noPeak, (o) => o.true.nps, 0),
    );
  });

  it('8 closing the loop raises response rates and shrinks the knowledge gap', () => {
    const open = run({ understanding: { closeTheLoop: false } });
    const closed = run({ understanding: { closeTheLoop: true } });
    expect(at(closed, 3, (o) => o.measured.responseRate ?? 0)).toBeGreaterThan(
      at(open, 3, (o) => o.measured.responseRate ?? 0),
    );
    expect(at(closed, 3, (o) => o.true.gaps.knowledge)).toBeLessThan(
      at(open, 3, (o) => o.true.gaps.knowledge),
    );
  });

  it('9 leaders with customers shrink the knowledge and standards gaps', () => {
    const none = run({ understanding: { leadersDays: 0 } });
    const days = run({ understanding: { leadersDays: 4 } });
    expect(at(days, 3, (o) => o.true.gaps.knowledge)).toBeLessThan(
      at(none, 3, (o) => o.true.gaps.knowledge),
    );
    expect(at(days, 3, (o) => o.true.gaps.standards)).toBeLessThan(
      at(none, 3, (o) => o.true.gaps.standards),
    );
  });

  it('10 governance: a CEO-led owner closes gaps; a team without mandate does little', () => {
    const none = run({ governance: { owner: 'none', council: false } });
    const team = run({ governance: { owner: 'team', council: false } });
    const ceo = run({ governance: { owner: 'ceo', council: true } });
    const std = (r: Runs) => at(r, 3, (o) => o.true.gaps.standards);
    expect(std(ceo)).toBeLessThan(std(team));
    expect(std(none) - std(team)).toBeLessThan(std(team) - std(ceo));
    expect(at(ceo, 3, (o) => o.true.gaps.delivery)).toBeLessThan(
      at(none, 3, (o) => o.true.gaps.delivery),
    );
    // The owner alone, the council held equal, still closes the standards gap.
    const ceoAlone = run({ governance: { owner: 'ceo', council: false } });
    expect(std(ceoAlone)).toBeLessThan(std(team));
    // And a mandate connects a channel sooner than no owner does.
    const linked = (owner: 'none' | 'ceo') =>
      run({ governance: { owner, council: false }, channels: { chat: { connected: true } } }, 2);
    const chat = (r: Runs) => at(r, 1, (o) => o.channels.find((c) => c.id === 'chat')!.connection);
    expect(chat(linked('ceo'))).toBeGreaterThan(chat(linked('none')));
  });

  it('11 service-profit chain: culture raises engagement with a lag; overload erodes it', () => {
    const base = run({});
    const culture = run({
      culture: { hiringForAttitude: true, training: 800, wellbeing: 600, empowerment: 'high' },
    });
    const early = at(culture, 0, (o) => o.true.engagement) - at(base, 0, (o) => o.true.engagement);
    const late = at(culture, 3, (o) => o.true.engagement) - at(base, 3, (o) => o.true.engagement);
    expect(late).toBeGreaterThan(early);
    expect(late).toBeGreaterThan(5);
    expect(over(culture, (o) => o.true.nps, 2)).toBeGreaterThan(over(base, (o) => o.true.nps, 2));
    const overloaded = run({ culture: { staffing: 0.75 } });
    expect(at(overloaded, 3, (o) => o.true.engagement)).toBeLessThan(
      at(base, 3, (o) => o.true.engagement),
    );
  });

  it('12 price is separate from satisfaction: low fares win new and price-sensitive customers', () => {
    const mid = run({ strategy: { brandPromise: 'caring', pricePosition: 'mid' } });
    const low = run({ strategy: { brandPromise: 'lowFaresSimple', pricePosition: 'low' } });
    expect(over(low, (o) => o.true.newCustomers)).toBeGreaterThan(
      over(mid, (o) => o.true.newCustomers),
    );
    expect(over(low, (o) => o.true.customersBySegment.budget ?? 0)).toBeGreaterThan(
      over(mid, (o) => o.true.customersBySegment.budget ?? 0),
    );
  });

  it('13 loyalty → money: better experiences keep customers and bring more revenue per customer', () => {
    const base = run({});
    const better = run({
      channels: { callCentre: { capacity: 24 }, airportDesk: { capacity: 25 } },
    });
    expect(over(better, (o) => o.true.retention)).toBeGreaterThan(
      over(base, (o) => o.true.retention),
    );
    const perCustomer = (o: Runs[number][number]) => o.true.revenue / o.true.simulatedCustomers;
    expect(over(better, perCustomer)).toBeGreaterThan(over(base, perCustomer));
  });

  it('14 delays: research pays off a quarter later; reputation drops faster than it builds', () => {
    const none = run({ understanding: { research: 'none' } }, 2);
    const deep = run((q) => ({ understanding: { research: q === 0 ? 'deep' : 'none' } }), 2);
    const gap = (r: Runs, q: number) => at(r, q, (o) => o.true.gaps.knowledge);
    expect(Math.abs(gap(deep, 0) - gap(none, 0))).toBeLessThan(1e-9);
    expect(gap(deep, 1)).toBeLessThan(gap(none, 1));
    // A viral complaint at quarter 4 costs more reputation in one quarter than is regained in one.
    const game = seeds.map((s) => playFor(scenario, s, 6, (_q, b) => b).outcomes);
    const drop = at(game, 3, (o) => o.true.reputation) - at(game, 4, (o) => o.true.reputation);
    const regain = at(game, 5, (o) => o.true.reputation) - at(game, 4, (o) => o.true.reputation);
    expect(drop).toBeGreaterThan(regain);
  });

  it('15 most initiatives fail: money without owner, measurement or promise is mostly wasted', () => {
    const bare = { governance: { owner: 'none' as const }, strategy: { customerPromises: [] } };
    const backed = {
      governance: { owner: 'ceo' as const },
      strategy: { customerPromises: ['bagOnTheBelt'] },
      metrics: { surveys: { baggageClaim: { metric: 'csat' as const, sampleSize: 200 } } },
    };
    const sat = (r: Runs) =>
      over(r, (o) => o.touchpoints.find((t) => t.id === 'baggageClaim')!.true.satisfaction ?? 0, 0);
    const invest = { journey: { touchpoints: { baggageClaim: { investment: 1500 } } } };
    const gainBare =
      sat(
        run(
          [bare, invest].reduce((a, b) => merge(a, b), {}),
          2,
        ),
      ) - sat(run(bare, 2));
    const gainBacked = sat(run(merge(backed, invest), 2)) - sat(run(backed, 2));
    expect(gainBacked).toBeGreaterThan(2 * gainBare);
  });
});

function merge(a: DecisionsPatch, b: DecisionsPatch): DecisionsPatch {
  return {
    ...a,
    ...b,
    journey: { ...a.journey, ...b.journey },
    metrics: { ...a.metrics, ...b.metrics },
  };
}
