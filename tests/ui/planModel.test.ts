import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readLevelFile } from '../../src/content/readLevelFile';
import {
  QuarterDecisionsSchema,
  applyPatch,
  costOf,
  budgetOf,
  defaultDecisions,
  newGame,
  playQuarter,
  validateDecisions,
  type GameState,
  type Scenario,
} from '../../src/engine';
import type { PlanControl } from '../../src/ui/viewModels/planControls';
import { planModel, type Selection } from '../../src/ui/viewModels/planModel';

const airline: Scenario = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

/** Every decision field as a path, `*` standing for an id in a record. */
function leverPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  if (schema instanceof z.core.$ZodObject)
    return Object.entries(schema._zod.def.shape as Record<string, z.core.$ZodType>).flatMap(
      ([key, child]) => leverPaths(child, prefix ? `${prefix}.${key}` : key),
    );
  if (schema instanceof z.core.$ZodRecord) {
    const value = (schema as unknown as { _zod: { def: { valueType: z.core.$ZodType } } })._zod.def
      .valueType;
    return leverPaths(value, `${prefix}.*`);
  }
  return [prefix];
}

/** A state in which an event is happening, so its response is a lever too. */
function stateWithEvent(): GameState {
  let state = newGame(airline, 1, 'normal');
  while (Object.keys(state.company.activeEvents).length === 0 && !state.finished)
    state = playQuarter(airline, state, defaultDecisions(airline, state)).state;
  return state;
}

function allControls(state: GameState): PlanControl[] {
  const draft = defaultDecisions(airline, state);
  const selections: Selection[] = [
    null,
    ...airline.stages.flatMap((s) =>
      s.touchpoints.map((tp) => ({ kind: 'touchpoint' as const, id: tp.id })),
    ),
    ...airline.channels.map((ch) => ({ kind: 'channel' as const, id: ch.id })),
  ];
  return selections.flatMap((selection) =>
    planModel({ scenario: airline, state, draft, refusal: null, selection }).pillars.flatMap((p) =>
      p.groups.flatMap((g) => g.controls),
    ),
  );
}

describe('plan view-model', () => {
  it('says the game’s length as given (a class plays fewer quarters than its scenario)', () => {
    const state = newGame(airline, 3, 'normal');
    const input = { scenario: airline, state, draft: defaultDecisions(airline, state) };
    expect(planModel({ ...input, refusal: null, selection: null }).quarters).toBe(airline.quarters);
    expect(planModel({ ...input, refusal: null, selection: null, quarters: 4 }).quarters).toBe(4);
  });

  it('every lever of the decision schema has a control on the plan screen', () => {
    const levers = leverPaths(QuarterDecisionsSchema);
    expect(levers.length).toBeGreaterThan(25);
    const covered = new Set(allControls(stateWithEvent()).map((c) => c.lever));
    expect(levers.filter((l) => !covered.has(l))).toEqual([]);
  });

  it('every control’s patch sets the field it names, and the draft stays schema-valid', () => {
    const state = stateWithEvent();
    const draft = defaultDecisions(airline, state);
    for (const control of allControls(state)) {
      let patched;
      if (control.kind === 'toggle') patched = applyPatch(draft, control.patch(!control.value));
      else if (control.kind === 'number') patched = applyPatch(draft, control.patch(control.max));
      else if (control.kind === 'multi')
        patched = applyPatch(draft, control.patch(control.options.slice(0, 1).map((o) => o.value)));
      else {
        const other = control.options.find((o) => o.value !== control.value)!;
        patched = applyPatch(draft, control.patch(other.value));
      }
      expect(QuarterDecisionsSchema.safeParse(patched).success, control.id).toBe(true);
      expect(patched, control.id).not.toEqual(draft);
    }
  });

  it('every control says what it costs, if only that it costs nothing directly', () => {
    const controls = allControls(stateWithEvent());
    for (const c of controls) expect(c.cost, c.id).toBeDefined();
    const costOf = (lever: string) => controls.find((c) => c.lever === lever)!.cost!.key;
    expect(costOf('strategy.pricePosition')).toBe('game.cost.none');
    expect(costOf('culture.training')).toBe('game.cost.asSet');
    expect(costOf('channels.*.funding')).toBe('game.cost.asSet');
    expect(costOf('culture.staffing')).toBe('game.cost.staffing');
    expect(costOf('understanding.research')).toBe('game.cost.perOption');
    expect(costOf('journey.initiatives')).toBe('game.cost.perOption');
    expect(costOf('metrics.surveys.*.metric')).toBe('game.cost.surveyMetric');
    // A control with a price of its own keeps it.
    expect(costOf('understanding.leadersDays')).toBe('game.cost.perLeaderDay');
  });

  it('the budget is the engine’s: spent is costOf, lines add up to it, left is what remains', () => {
    const state = newGame(airline, 3, 'normal');
    const draft = applyPatch(defaultDecisions(airline, state), {
      governance: { owner: 'ceo', council: true },
      channels: { chat: { funding: 500 } },
    });
    const model = planModel({ scenario: airline, state, draft, refusal: null, selection: null });
    expect(model.budget.spent).toBeCloseTo(costOf(airline, state, draft).total);
    expect(model.budget.budget).toBe(budgetOf(airline, state));
    const sum = model.budget.lines.reduce((a, l) => a + l.amount, 0);
    expect(sum).toBeCloseTo(model.budget.spent);
    expect(model.budget.left).toBeCloseTo(model.budget.budget - model.budget.spent);
    expect(model.budget.over).toBe(false);
  });

  it('shows the engine’s refusal and marks the touchpoint it names on the map', () => {
    const state = newGame(airline, 3, 'normal');
    const fixed = airline.stages.flatMap((s) => s.touchpoints).find((tp) => !tp.removable)!;
    const draft = applyPatch(defaultDecisions(airline, state), {
      journey: { touchpoints: { [fixed.id]: { removed: true } } },
    });
    const check = validateDecisions(airline, state, draft);
    expect(check.ok).toBe(false);
    const refusal = check.ok ? null : check.errors;
    const model = planModel({ scenario: airline, state, draft, refusal, selection: null });
    expect(model.refusal.map((r) => r.key)).toContain('engine.error.notRemovable');
    expect(model.map.touchpoints.find((tp) => tp.id === fixed.id)?.refused).toBe(true);
    expect(model.map.touchpoints.filter((tp) => tp.refused)).toHaveLength(1);
  });

  it('the map follows the draft: closed channels leave touchpoints unserved; selection shows', () => {
    const state = newGame(airline, 3, 'normal');
    const tp = airline.stages[0]!.touchpoints[0]!;
    const closeAll = Object.fromEntries(tp.channels.map((c) => [c, { open: false }]));
    const draft = applyPatch(defaultDecisions(airline, state), { channels: closeAll });
    const model = planModel({
      scenario: airline,
      state,
      draft,
      refusal: null,
      selection: { kind: 'channel', id: tp.channels[0]! },
    });
    expect(model.map.touchpoints.find((x) => x.id === tp.id)?.served).toBe(false);
    expect(model.map.channels.find((c) => c.id === tp.channels[0])?.selected).toBe(true);
    expect(model.map.channels.find((c) => c.id === tp.channels[0])?.open).toBe(false);
    // The selected channel's controls lead the journey pillar.
    const journey = model.pillars.find((p) => p.id === 'journey')!;
    expect(journey.groups[0]!.id).toBe(`channel.${tp.channels[0]}`);
  });

  it('offers event responses only while an event is happening', () => {
    const quiet = newGame(airline, 3, 'normal');
    const model = (state: GameState) =>
      planModel({
        scenario: airline,
        state,
        draft: defaultDecisions(airline, state),
        refusal: null,
        selection: null,
      });
    const busy = stateWithEvent();
    expect(model(busy).pillars.some((p) => p.id === 'events')).toBe(true);
    if (Object.keys(quiet.company.activeEvents).length === 0)
      expect(model(quiet).pillars.some((p) => p.id === 'events')).toBe(false);
  });
});

describe('money sliders are scaled to the scenario (truth 8)', () => {
  const level = (id: string): Scenario => {
    const r = readLevelFile(`levels/${id}.json`);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.value;
  };
  /** The range of a money slider, as a share of the scenario's quarterly budget. */
  const reach = (s: Scenario, lever: string, selection: Selection) => {
    const state = newGame(s, 1, 'normal');
    const draft = defaultDecisions(s, state);
    const control = planModel({ scenario: s, state, draft, refusal: null, selection })
      .pillars.flatMap((p) => p.groups.flatMap((g) => g.controls))
      .find((c) => c.lever === lever);
    if (!control || control.kind !== 'number') throw new Error(lever);
    // About 40 steps over the range, whatever the company's size.
    expect(control.max / control.step, `${s.id} ${lever}`).toBeGreaterThanOrEqual(20);
    expect(control.max / control.step, `${s.id} ${lever}`).toBeLessThanOrEqual(45);
    return control.max / s.company.budget;
  };
  it('a touchpoint investment and training reach the same share of the budget in every level', () => {
    const shares = ['tutorial', 'hotel', 'airline'].map((id) => {
      const s = level(id);
      const tp = s.stages[0]!.touchpoints[0]!.id;
      return {
        investment: reach(s, 'journey.touchpoints.*.investment', { kind: 'touchpoint', id: tp }),
        training: reach(s, 'culture.training', null),
      };
    });
    for (const x of shares) {
      expect(x.investment).toBeGreaterThan(0.05);
      expect(x.investment).toBeLessThan(0.065);
      expect(x.training).toBeGreaterThan(0.035);
      expect(x.training).toBeLessThan(0.045);
    }
  });
});
