import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/engine';
import { airline, play, strongPlan } from './helpers';

// Scripted whole games, rounded, so any balance change shows up as a diff of numbers.
const scenario = airline();
const summary = (r: GameRecord) =>
  r.results.map((o) => ({
    q: o.quarter,
    nps: Math.round(o.true.nps),
    csat: Math.round(o.true.csat),
    ces: Math.round(o.true.ces * 10) / 10,
    retention: Math.round(o.true.retention),
    customers: o.true.customers,
    engagement: Math.round(o.true.engagement),
    gaps: Object.values(o.true.gaps).map((g) => Math.round(g * 100) / 100),
    profit: o.true.profit,
    measuredNps: o.measured.nps === null ? null : Math.round(o.measured.nps),
    events: o.events.map((e) => e.id),
  }));

describe('golden games', () => {
  it('do nothing, seed 1', async () => {
    await expect(JSON.stringify(summary(play(scenario, 1)), null, 1)).toMatchFileSnapshot(
      './__snapshots__/airline-idle-seed1.snap',
    );
  });
  it('strong plan, seed 1', async () => {
    await expect(
      JSON.stringify(summary(play(scenario, 1, strongPlan)), null, 1),
    ).toMatchFileSnapshot('./__snapshots__/airline-strong-seed1.snap');
  });
});
