import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { balanceOf, type BalanceSummary } from '../../src/content/balance/report';
import { attainment } from '../../src/content/balance/score';
import { randomStrategies } from '../../src/content/balance/strategies';
import type { Scenario } from '../../src/engine';

const load = (id: string): Scenario => {
  const r = readLevelFile(`levels/${id}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
};

// Few games so the suite stays fast; `npm run balance` plays many more.
const FEW = { games: 3, seed: 1, seeds: 1 };
const summaries = new Map<string, BalanceSummary>();
const summary = (id: string) => {
  if (!summaries.has(id)) summaries.set(id, balanceOf(load(id), FEW));
  return summaries.get(id)!;
};

afterEach(() => vi.restoreAllMocks());

describe.each(['tutorial', 'hotel', 'airline'])(
  'balance of %s',
  (id) => {
    it('has at least three different promises in the top band', () => {
      const b = summary(id);
      expect(b.topBand.promises.length).toBeGreaterThanOrEqual(3);
      expect(b.checks.threeStrategiesOnTop).toBe(true);
    });

    // Link 12: neither family dominates the balanced scorecard, so a low-cost and a premium promise,
    // each kept with every lever, both reach the top band.
    it('has a low-cost and a premium promise in its top band', () => {
      const s = load(id);
      const prices = new Set(
        summary(id).topBand.promises.map((p) => s.promises.brand.find((x) => x.id === p)!.price),
      );
      expect([...prices].filter((p) => p !== 'mid').sort()).toEqual(['low', 'premium']);
    });

    it('has no single-lever plan among the best', () => {
      const b = summary(id);
      const top = b.best.filter((x) => b.topBand.strategies.includes(x.id));
      for (const plan of top) expect(plan.levers.length).toBeGreaterThan(1);
      expect(b.checks.noSingleLeverOnTop).toBe(true);
    });

    it('leaves a company that does nothing near its sector average', () => {
      const b = summary(id);
      expect(b.doNothing.nps).toBeGreaterThanOrEqual(b.doNothing.sectorNps[0]);
      expect(b.doNothing.nps).toBeLessThanOrEqual(b.doNothing.sectorNps[1]);
    });

    it('has no plan ending beyond what the sector’s leaders reach (SIMULATION.md calibration)', () => {
      expect(summary(id).beyondLeaders).toEqual([]);
    });

    it('matches its pinned balance summary', async () => {
      await expect(`${JSON.stringify(summary(id), null, 1)}\n`).toMatchFileSnapshot(
        `./__snapshots__/balance-${id}.snap`,
      );
    });
  },
  120_000,
);

describe('balance machinery', () => {
  it('never uses Math.random: plans come from the engine’s seeded generator', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const s = load('tutorial');
    const a = randomStrategies(s, 6, 7);
    expect(randomStrategies(s, 6, 7)).toEqual(a);
    expect(randomStrategies(s, 6, 8)).not.toEqual(a);
    expect(() => balanceOf(s, { games: 1, seed: 2, seeds: 1 })).not.toThrow();
  });

  it('scores a scorecard line by how far it misses, within the metric’s tolerance', () => {
    const s = load('hotel');
    const line = (actual: number, direction: 'atLeast' | 'atMost' = 'atLeast') => ({
      metric: 'nps',
      target: 50,
      actual,
      direction,
    });
    expect(attainment(s, line(60))).toBe(1);
    expect(attainment(s, line(30))).toBeCloseTo(0.5);
    expect(attainment(s, line(-20))).toBe(0);
    expect(attainment(s, line(40, 'atMost'))).toBe(1);
    expect(attainment(s, line(70, 'atMost'))).toBeCloseTo(0.5);
    expect(attainment(s, line(Number.NaN))).toBe(0);
  });
});
