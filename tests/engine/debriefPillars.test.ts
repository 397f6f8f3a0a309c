import { describe, expect, it } from 'vitest';
import {
  debriefOf,
  planToLog,
  replay,
  type DriverGroup,
  type QuarterOutcome,
} from '../../src/engine';
import * as K from '../../src/engine/constants';
import { lifetimeValue } from '../../src/engine/debrief';
import { airline, groupEffect } from './helpers';

// The debrief's return per pillar (money spent beside profit, retention and lifetime value) must
// be what replays of the player's own game show, computed here again from the building blocks.
const scenario = airline();
const SEED = 2;

const effect = (
  log: ReturnType<typeof planToLog>,
  group: DriverGroup,
  f: (os: QuarterOutcome[]) => number,
) => groupEffect(scenario, SEED, log, group, f);

describe('the debrief’s return per pillar', () => {
  const log = planToLog(
    scenario.company.start,
    { quarters: [{ culture: { training: 300, empowerment: 'high' } }] },
    3,
  );
  const debrief = debriefOf(scenario, SEED, 'normal', log);
  const pillar = (id: string) => debrief.pillars.find((p) => p.pillar === id)!;
  const profit = (os: QuarterOutcome[]) => os.reduce((a, o) => a + o.true.profit, 0);

  it('is the replay’s difference: profit, retention and lifetime value with the pillar taken away', () => {
    const culture = pillar('culture');
    expect(culture.profit).toBe(Math.round(effect(log, 'culture', profit)));
    expect(culture.retention).toBe(
      Math.round(effect(log, 'culture', (os) => os[os.length - 1]!.true.retention) * 10) / 10,
    );
    expect(culture.clv).toBe(
      Math.round(effect(log, 'culture', (os) => lifetimeValue(scenario, os[os.length - 1]!))),
    );
    // The training money is the pillar's investment, and it shows as spent beyond the start.
    expect(culture.extraSpent).toBeGreaterThan(0);
  });

  it('reads zero for a pillar the player never touched, whatever it costs to run', () => {
    const governance = pillar('governance');
    expect(governance).toMatchObject({ extraSpent: 0, profit: 0, retention: 0, clv: 0, nps: 0 });
  });

  it('counts lifetime value on the cost to serve the price position charged', () => {
    const at = (price: 'low' | 'premium') => {
      const l = planToLog(
        scenario.company.start,
        { quarters: [{ strategy: { pricePosition: price } }] },
        1,
      );
      return replay(scenario, SEED, 'normal', l).results[0]!;
    };
    for (const price of ['low', 'premium'] as const) {
      const o = at(price);
      const { fixedCosts, costPerCustomer } = scenario.company;
      const toServe = costPerCustomer * o.true.simulatedCustomers * K.PRICE_COST_TO_SERVE[price];
      const expected = ((o.true.revenue - toServe) / o.true.customers) * 1000;
      const churn = Math.max(1 / 40, 1 - o.true.retention / 100);
      // Operations are rounded to whole k€ with the rest of the costs: a hair of difference.
      expect(lifetimeValue(scenario, o)).toBeCloseTo(expected / churn, -1);
      expect(fixedCosts).toBeGreaterThan(0);
    }
  });
});
