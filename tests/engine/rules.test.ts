import { describe, expect, it } from 'vitest';
import * as K from '../../src/engine/constants';
import { modelOf } from '../../src/engine/model';
import { makePrefs, makeTraits, prefChannel, traitDeviation } from '../../src/engine/pool';
import { meanWithMargin, npsWithMargin, shareWithMargin } from '../../src/engine/quarter/measure';
import { effectiveness } from '../../src/engine/quarter/slow';
import { defaultDecisions, newGame, playQuarter } from '../../src/engine';
import { airline } from './helpers';

const scenario = airline();

describe('rules, one by one', () => {
  it('NPS is % promoters − % detractors, with a margin that shrinks with the sample', () => {
    expect(npsWithMargin(50, 20, 100).score).toBeCloseTo(30, 9);
    expect(npsWithMargin(500, 200, 1000).margin!).toBeLessThan(npsWithMargin(50, 20, 100).margin!);
    expect(npsWithMargin(0, 0, 0)).toEqual({ score: null, margin: null });
    expect(shareWithMargin(80, 100).score).toBeCloseTo(80, 9);
    expect(meanWithMargin(50, 260, 10).score).toBeCloseTo(5, 9);
  });

  it('a small sample that answers all alike still has a margin of error (adjusted Wald)', () => {
    // 0 of 17 satisfied: Agresti–Coull gives p̃ = 2/21, so 1.96·√(p̃(1−p̃)/21) ≈ 12.6 points.
    const none = shareWithMargin(0, 17);
    expect(none.score).toBe(0);
    expect(none.margin!).toBeCloseTo(100 * 1.96 * Math.sqrt(((2 / 21) * (19 / 21)) / 21), 1);
    expect(shareWithMargin(17, 17).margin).toBeCloseTo(none.margin!, 9);
    // 12 of 12 detractors: NPS −100, yet not ±0.
    const all = npsWithMargin(0, 12, 12);
    expect(all.score).toBe(-100);
    expect(all.margin!).toBeGreaterThan(10);
    // Large samples: the adjustment fades and the margin approaches the plain Wald interval.
    const wald = 100 * 1.96 * Math.sqrt((0.8 * 0.2) / 10_000);
    expect(shareWithMargin(8000, 10_000).margin!).toBeCloseTo(wald, 1);
  });

  it('reliability weighs most at a touchpoint that speaks to all dimensions alike', () => {
    const m = modelOf(scenario);
    const t = m.touchpoints.findIndex((x) => x.id === 'disruption');
    const w = Array.from(m.tpWeights.slice(t * 5, t * 5 + 5));
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // disruption: reliability .3, responsiveness .3 → reliability counts more.
    expect(w[0]).toBeGreaterThan(w[4]!);
  });

  it('customer traits are fixed by identity and spread around the segment', () => {
    const m = modelOf(scenario);
    expect(makeTraits(99, 5)).toBe(makeTraits(99, 5));
    const devs = Array.from({ length: 500 }, (_, i) => traitDeviation(makeTraits(99, i), 0));
    expect(Math.max(...devs)).toBeLessThanOrEqual(K.EXPECTATION_SPREAD + 1e-12);
    expect(Math.min(...devs)).toBeGreaterThanOrEqual(-K.EXPECTATION_SPREAD - 1e-12);
    // Budget travellers prefer chat/social after the trip, never the airport desk there.
    const g = m.segIndex.get('budget')!;
    const after = scenario.stages.findIndex((s) => s.id === 'after');
    const desk = m.chIndex.get('airportDesk')!;
    for (let i = 0; i < 300; i++) expect(prefChannel(makePrefs(m, 7, i, g), after)).not.toBe(desk);
  });

  it('investment effectiveness needs an owner, measurement and a link to the promise', () => {
    const d = defaultDecisions(scenario, newGame(scenario, 1, 'normal'));
    d.governance.owner = 'none';
    const none = effectiveness(d.governance.owner, false, false, 0);
    d.governance.owner = 'ceo';
    const all = effectiveness(d.governance.owner, true, true, 0);
    expect(none).toBeCloseTo(K.EFFECTIVENESS_BASE, 9);
    expect(all).toBeCloseTo(1, 9);
    expect(effectiveness(d.governance.owner, true, true, 0.5)).toBeLessThan(all);
  });

  it('the pool never grows: arrivals fill empty slots only', () => {
    let s = newGame(scenario, 2, 'normal');
    for (let q = 0; q < 3; q++) {
      s = playQuarter(scenario, s, defaultDecisions(scenario, s)).state;
      expect(s.pool.segment).toHaveLength(scenario.population.capacity);
    }
  });

  it('outcomes carry ~40 paths, a few verbatims as keys, channel loads and measured touchpoints', () => {
    const s = newGame(scenario, 3, 'normal');
    const o = playQuarter(scenario, s, defaultDecisions(scenario, s)).outcome;
    expect(o.paths).toHaveLength(K.PATH_SAMPLE);
    expect(o.verbatims.length).toBeGreaterThan(0);
    expect(o.verbatims.length).toBeLessThanOrEqual(K.MAX_VERBATIMS);
    for (const v of o.verbatims) expect(v.key).toMatch(/^(engine|level-airline)\./);
    const loyalty = o.touchpoints.find((t) => t.id === 'loyalty')!;
    expect(loyalty.measured.metric).toBe('nps');
    expect(loyalty.measured.responses).toBeGreaterThan(0);
    const seat = o.touchpoints.find((t) => t.id === 'seat')!;
    expect(seat.measured.score).toBeNull();
    expect(o.channels.find((c) => c.id === 'callCentre')!.load).toBeGreaterThan(0);
  });

  it('running out of cash ends the game', () => {
    const poor = JSON.parse(JSON.stringify(scenario)) as typeof scenario;
    poor.company.cash = -1_000_000;
    const s = newGame(poor, 1, 'normal');
    const r = playQuarter(poor, s, defaultDecisions(poor, s));
    expect(r.outcome.gameOver).toBe(true);
    expect(r.state.finished).toBe(true);
  });
});
