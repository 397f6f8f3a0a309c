import { describe, expect, it } from 'vitest';
import { defaultDecisions, newGame, playQuarter, type GameState } from '../../src/engine';
import { allocPool, handOnPool } from '../../src/engine/poolArrays';
import { airline } from './helpers';

const scenario = airline();

function after(quarters: number): GameState {
  let s = newGame(scenario, 11, 'normal');
  for (let q = 0; q < quarters; q++)
    s = playQuarter(scenario, s, defaultDecisions(scenario, s)).state;
  return s;
}

const next = (s: GameState) => playQuarter(scenario, s, defaultDecisions(scenario, s));

describe('the pool kept as typed arrays between quarters', () => {
  it('is turned into plain arrays only when state.pool is read', () => {
    const s = after(2);
    expect(Object.getOwnPropertyDescriptor(s, 'pool')?.get).toBeTypeOf('function');
    expect(Array.isArray(s.pool.loyalty)).toBe(true);
    expect(s.pool.segment).toHaveLength(scenario.population.capacity);
    expect(Object.getOwnPropertyDescriptor(s, 'pool')?.value).toBe(s.pool);
    expect(Object.keys(s)).toContain('pool');
  });

  it('gives the same quarter from the state, a JSON copy and a spread copy; the input is not changed', () => {
    const s = after(3);
    const a = next(s);
    const before = JSON.stringify(s.pool);
    const json = JSON.parse(JSON.stringify(s)) as GameState;
    const spread: GameState = { ...s, company: { ...s.company } };
    expect(next(json).outcome).toEqual(a.outcome);
    expect(next(spread).outcome).toEqual(a.outcome);
    expect(next(s).outcome).toEqual(a.outcome);
    expect(JSON.stringify(s.pool)).toBe(before);
    expect(JSON.stringify(next(json).state)).toBe(JSON.stringify(a.state));
  });

  it('a state whose pool is handed on gives the next quarter exactly as a copy would, and can no longer show its pool', () => {
    const copied = next(next(after(2)).state);
    const mid = next(after(2)).state;
    handOnPool(mid);
    const handed = next(mid);
    expect(handed.outcome).toEqual(copied.outcome);
    expect(JSON.stringify(handed.state)).toBe(JSON.stringify(copied.state));
    expect(() => mid.pool).toThrow(/handed on/);
    // A state never handed on keeps its own pool: the quarter copies it.
    const kept = after(3);
    const first = JSON.stringify(next(kept).state);
    expect(JSON.stringify(next(kept).state)).toBe(first);
  });

  it('gives each new state a pool of its own, though the walk works on the pool in its own memory', () => {
    const a = next(after(2)).state;
    // Other quarters reuse the walk's memory before a's pool is read.
    next(after(3));
    playQuarter(
      scenario,
      newGame(scenario, 5, 'normal'),
      defaultDecisions(scenario, newGame(scenario, 5, 'normal')),
    );
    const again = next(after(2)).state;
    expect(JSON.stringify(a.pool)).toBe(JSON.stringify(again.pool));
    expect(JSON.stringify(next(a).state)).toBe(JSON.stringify(next(again).state));
  });

  it('honours a pool written over the cached one', () => {
    const s = after(2);
    const a = next(s);
    const emptied = { ...s.pool, segment: s.pool.segment.map(() => -1) };
    const t = after(2);
    t.pool = emptied;
    const b = next(t);
    expect(b.outcome.true.simulatedCustomers).toBeLessThan(a.outcome.true.simulatedCustomers / 2);
  });

  it('keeps the eight arrays of one buffer apart', () => {
    const p = allocPool(5);
    const arrays = Object.values(p);
    expect(arrays).toHaveLength(8);
    arrays.forEach((a, k) => {
      a[0] = k + 1;
      a[4] = k + 11;
    });
    arrays.forEach((a, k) => {
      expect(a).toHaveLength(5);
      expect([a[0], a[1], a[3], a[4]]).toEqual([k + 1, 0, 0, k + 11]);
    });
  });
});
