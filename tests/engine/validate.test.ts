import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  budgetOf,
  costOf,
  defaultDecisions,
  newGame,
  playQuarter,
  InvalidDecisionsError,
  validateDecisions as validate0,
} from '../../src/engine';
import { airline } from './helpers';

const scenario = airline();
const state = newGame(scenario, 1, 'normal');
const base = defaultDecisions(scenario, state);
const errors = (input: unknown) => validate(input);
const errors2 = (st: typeof state, input: unknown) => {
  const r = validate0(scenario, st, input);
  return r.ok ? [] : r.errors;
};
function validate(input: unknown) {
  const r = validate0(scenario, state, input);
  return r.ok ? [] : r.errors;
}

describe('validateDecisions', () => {
  it('accepts the company’s own settings', () => {
    expect(errors(base)).toEqual([]);
  });

  it('refuses an unknown id with the path and the id', () => {
    const e = errors(applyPatch(base, { strategy: { brandPromise: 'cheapAndCheerful' } }));
    expect(e).toContainEqual({
      path: 'strategy.brandPromise',
      code: 'engine.error.unknownId',
      params: { id: 'cheapAndCheerful' },
    });
    const e2 = errors({
      ...base,
      channels: {
        ...base.channels,
        pigeon: { open: true, funding: 0, capacity: 0, connected: false },
      },
    });
    expect(e2.map((x) => x.path)).toContain('channels.pigeon');
  });

  it('refuses an unknown field (a typo) with its path, as the published JSON Schema says', () => {
    const typo = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
    const chat = (typo.channels as Record<string, Record<string, unknown>>).chat!;
    chat.capacty = chat.capacity;
    expect(errors(typo)).toEqual([
      {
        path: 'channels.chat.capacty',
        code: 'engine.error.unknownField',
        params: { fields: 'capacty' },
      },
    ]);
    const two = { ...base, chanels: {}, budget: 1 };
    expect(errors(two)).toEqual([
      { path: 'chanels', code: 'engine.error.unknownField', params: { fields: 'chanels' } },
      { path: 'budget', code: 'engine.error.unknownField', params: { fields: 'budget' } },
    ]);
  });

  it('refuses out-of-range values with the limit', () => {
    const e = errors(applyPatch(base, { understanding: { leadersDays: 9 } }));
    expect(e).toContainEqual({
      path: 'understanding.leadersDays',
      code: 'engine.error.tooBig',
      params: { max: 4 },
    });
    const e2 = errors(applyPatch(base, { strategy: { customerPromises: ['a', 'b', 'c', 'd'] } }));
    expect(e2[0]!.code).toBe('engine.error.tooBig');
  });

  it('refuses a plan over budget, saying cost and budget', () => {
    const d = applyPatch(base, { culture: { training: 50000 } });
    const e = errors(d);
    expect(e).toEqual([
      {
        path: '',
        code: 'engine.error.overBudget',
        params: {
          cost: Math.round(costOf(scenario, state, d).total),
          budget: budgetOf(scenario, state),
        },
      },
    ]);
  });

  it('refuses removing a touchpoint that cannot go and leaving one without an open channel', () => {
    expect(
      errors(applyPatch(base, { journey: { touchpoints: { booking: { removed: true } } } }))[0]!
        .code,
    ).toBe('engine.error.notRemovable');
    expect(errors(applyPatch(base, { channels: { cabinCrew: { open: false } } }))[0]!.code).toBe(
      'engine.error.touchpointWithoutChannel',
    );
  });

  it('refuses responses to events that are not happening', () => {
    const e = errors({ ...base, events: { storm: 'proactiveRebooking' } });
    expect(e[0]!.code).toBe('engine.error.eventNotActive');
  });

  it('playQuarter throws the same reasons for invalid decisions, with the quarter', () => {
    const d = applyPatch(base, { culture: { training: 50000 } });
    expect(() => playQuarter(scenario, state, d)).toThrow(InvalidDecisionsError);
    const next = playQuarter(scenario, state, base).state;
    let thrown: unknown;
    try {
      playQuarter(scenario, next, d);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvalidDecisionsError);
    const e = thrown as InvalidDecisionsError;
    expect(e.quarter).toBe(1);
    expect(e.errors.map((x) => x.code)).toEqual(['engine.error.overBudget']);
    expect(e.errors).toEqual(errors2(next, d));
    expect(e.message).toMatch(
      /^invalid decisions in quarter 2: \(plan\) engine\.error\.overBudget/,
    );
  });

  it('costs are itemised by pillar and add up', () => {
    const c = costOf(scenario, state, base);
    const sum =
      c.strategy +
      c.understanding +
      c.metrics +
      c.journey +
      c.channels +
      c.governance +
      c.culture +
      c.events;
    expect(c.total).toBeCloseTo(sum, 9);
    expect(c.channels).toBeGreaterThan(0);
    const closed = costOf(
      scenario,
      state,
      applyPatch(base, { channels: { social: { open: false } } }),
    );
    expect(closed.channels).toBeLessThan(c.channels);
  });
});
