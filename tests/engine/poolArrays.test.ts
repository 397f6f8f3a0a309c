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

  it('a chain of handed-on states interleaved with another game gives both games exactly as played alone', () => {
    // The pool of a handed-on state is recycled for a later quarter's new state: whichever game
    // that quarter belongs to, no state anyone holds may share it.
    const alone = (seed: number) => {
      const outcomes: string[] = [];
      const states: string[] = [];
      let s = newGame(scenario, seed, 'normal');
      while (!s.finished) {
        const step = next(s);
        s = step.state;
        outcomes.push(JSON.stringify(step.outcome));
        states.push(JSON.stringify(s));
      }
      return { outcomes, states };
    };
    const expectedA = alone(21);
    const expectedB = alone(22);
    let a = newGame(scenario, 21, 'normal');
    let b = newGame(scenario, 22, 'normal');
    const keptB: GameState[] = [];
    const seenA: string[] = [];
    while (!a.finished || !b.finished) {
      if (!a.finished) {
        handOnPool(a);
        const step = next(a);
        a = step.state;
        seenA.push(JSON.stringify(step.outcome));
      }
      if (!b.finished) {
        b = next(b).state;
        keptB.push(b);
      }
    }
    expect(seenA).toEqual(expectedA.outcomes);
    expect(JSON.stringify(a)).toBe(expectedA.states.at(-1));
    // Game B's states were kept and read only at the end: none was overwritten by A's quarters.
    expect(keptB.map((s) => JSON.stringify(s))).toEqual(expectedB.states);
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

  it('keeps a state’s pool when the walk’s memory grows for a larger game, or is used by a game of another size', () => {
    // A new state's pool stays in the walk's memory until something else needs that memory.
    const expected = JSON.stringify(next(after(2)).state.pool);
    const lent = next(after(2)).state;
    const bigger = {
      ...scenario,
      population: { ...scenario.population, capacity: scenario.population.capacity * 4 },
    };
    const big = newGame(bigger, 3, 'normal');
    playQuarter(bigger, big, defaultDecisions(bigger, big));
    expect(JSON.stringify(lent.pool)).toBe(expected);
    const again = next(after(2)).state;
    const smaller = {
      ...scenario,
      population: {
        ...scenario.population,
        capacity: Math.round(scenario.population.capacity / 2),
      },
    };
    const small = newGame(smaller, 3, 'normal');
    playQuarter(smaller, small, defaultDecisions(smaller, small));
    expect(JSON.stringify(again.pool)).toBe(expected);
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
