import { describe, expect, it } from 'vitest';
import { defaultDecisions, hashRecord, newGame, playQuarter, replay } from '../../src/engine';
import { draw, mix32, streamKey, uniform } from '../../src/engine/rng';
import { airline, play, strongPlan } from './helpers';

const scenario = airline();

describe('determinism', () => {
  it('the generator is a pure function of seed, stream and index', () => {
    const k = streamKey(42, 3, 7);
    expect(draw(k, 5)).toBe(draw(streamKey(42, 3, 7), 5));
    expect(draw(k, 5)).not.toBe(draw(k, 6));
    expect(streamKey(42, 3, 7)).not.toBe(streamKey(43, 3, 7));
    expect(mix32(0)).toBe(0);
    const xs = Array.from({ length: 20000 }, (_, i) => uniform(k, i));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(m).toBeGreaterThan(0.49);
    expect(m).toBeLessThan(0.51);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('same scenario, seed and decisions give the same record, hash included', () => {
    const a = play(scenario, 7, strongPlan);
    const b = play(scenario, 7, strongPlan);
    expect(b).toEqual(a);
    expect(hashRecord(a)).toBe(a.hash);
    expect(play(scenario, 8, strongPlan).hash).not.toBe(a.hash);
  });

  it('state survives JSON: snapshot → JSON → restore → continue gives identical results', () => {
    let s = newGame(scenario, 5, 'normal');
    for (let q = 0; q < 3; q++) s = playQuarter(scenario, s, defaultDecisions(scenario, s)).state;
    const restored = JSON.parse(JSON.stringify(s)) as typeof s;
    const a = playQuarter(scenario, s, defaultDecisions(scenario, s));
    const b = playQuarter(scenario, restored, defaultDecisions(scenario, restored));
    expect(b.outcome).toEqual(a.outcome);
    expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.state));
  });

  it('playQuarter does not change its input state', () => {
    const s = newGame(scenario, 9, 'normal');
    const before = JSON.stringify(s);
    playQuarter(scenario, s, defaultDecisions(scenario, s));
    expect(JSON.stringify(s)).toBe(before);
  });

  it('common random numbers: a lever that touches nobody leaves every customer’s luck alone', () => {
    // Changing only the NPS target (a number the player writes down) changes nothing simulated.
    const base = newGame(scenario, 3, 'normal');
    const d1 = defaultDecisions(scenario, base);
    const d2 = {
      ...d1,
      metrics: { ...d1.metrics, targets: { nps: 40, csat: null, ces: null, bonus: false } },
    };
    const a = playQuarter(scenario, base, d1).outcome;
    const b = playQuarter(scenario, base, d2).outcome;
    expect(b.true).toEqual(a.true);
    expect(b.measured).toEqual(a.measured);
  });

  it('replay folds playQuarter over the log and stops when the game is over', () => {
    const r = play(scenario, 4);
    expect(r.results).toHaveLength(scenario.quarters);
    const again = replay(scenario, r.seed, r.difficulty, r.decisions);
    expect(again.hash).toBe(r.hash);
  });
});
