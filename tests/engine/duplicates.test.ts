import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/content/levelLoader';
import {
  PlanSchema,
  applyPatch,
  defaultDecisions,
  newGame,
  validateDecisions,
} from '../../src/engine';
import { tutorialJson } from '../content/fixtures';
import { airline } from './helpers';

const scenario = airline();
const state = newGame(scenario, 1, 'normal');
const base = defaultDecisions(scenario, state);
const errorsOf = (input: unknown) => {
  const r = validateDecisions(scenario, state, input);
  return r.ok ? [] : r.errors;
};

describe('a choice made twice is refused, as the game never makes it', () => {
  it('the same initiative twice (it was counted, and charged, twice)', () => {
    const id = scenario.initiatives[0]!.id;
    expect(errorsOf(applyPatch(base, { journey: { initiatives: [id, id] } }))).toEqual([
      { path: 'journey.initiatives.1', code: 'engine.error.duplicate', params: { id } },
    ]);
  });

  it('the same target segment twice (charged per copy)', () => {
    const id = scenario.segments[0]!.id;
    expect(errorsOf(applyPatch(base, { strategy: { targetSegments: [id, id] } }))).toEqual([
      { path: 'strategy.targetSegments.1', code: 'engine.error.duplicate', params: { id } },
    ]);
  });

  it('the same customer promise twice', () => {
    const id = scenario.promises.customer[0]!.id;
    expect(errorsOf(applyPatch(base, { strategy: { customerPromises: [id, id] } }))).toEqual([
      { path: 'strategy.customerPromises.1', code: 'engine.error.duplicate', params: { id } },
    ]);
  });

  it('a level whose starting settings repeat a choice is refused by every loader', () => {
    const level = tutorialJson();
    const segment = level.segments[0].id;
    const initiative = level.initiatives[0].id;
    level.company.start.strategy.targetSegments = [segment, segment];
    level.company.start.journey.initiatives = [initiative, initiative];
    const r = parseLevel('level.json', level);
    expect(r.ok ? [] : r.errors).toEqual([
      `level.json: company.start.strategy.targetSegments.1: the segment "${segment}" is chosen twice (first at strategy.targetSegments.0)`,
      `level.json: company.start.journey.initiatives.1: the initiative "${initiative}" is chosen twice (first at journey.initiatives.0)`,
    ]);
  });
});

describe('a plan longer than the longest game is refused by its schema', () => {
  it('13 entries: too many, at most 12', () => {
    const r = PlanSchema.safeParse({ quarters: Array.from({ length: 13 }, () => ({})) });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'too_big', maximum: 12, path: ['quarters'] });
    expect(PlanSchema.safeParse({ quarters: Array.from({ length: 12 }, () => ({})) }).success).toBe(
      true,
    );
  });
});
