import { STREAM, streamKey, uniform } from '../rng';
import type { QuarterDecisions } from '../schema/decisions';
import type { Scenario } from '../schema/scenario';
import type { EventPlan } from '../schema/record';
import type { GameState } from '../schema/state';
import { attachPool, poolArraysOf } from '../poolArrays';

/**
 * Decides which events strike in the quarter about to be played (state.quarter), so the player
 * sees them while planning and can choose a response. Fixed events strike in their quarter; random
 * ones with their probability, scaled by the difficulty; each event strikes at most once.
 */
export function rollEvents(scenario: Scenario, state: GameState): void {
  const c = state.company;
  const next: Record<string, number> = {};
  for (const [id, left] of Object.entries(c.activeEvents)) if (left > 1) next[id] = left - 1;
  c.activeEvents = next;
  strikeEvents(scenario, state);
}

/** The events that strike now (after those still in force), in the scenario's order. */
function strikeEvents(scenario: Scenario, state: GameState): void {
  const c = state.company;
  if (state.quarter >= scenario.quarters) return;
  const severity = scenario.difficulty[state.difficulty].events;
  const key = streamKey(state.seed, state.quarter, STREAM.events);
  scenario.events.forEach((ev, i) => {
    if (c.pastEvents.includes(ev.id) || severity <= 0) return;
    const strikes =
      ev.quarter !== null
        ? ev.quarter === state.quarter
        : uniform(key, i) < Math.min(1, ev.probability * severity);
    if (strikes) {
      c.activeEvents[ev.id] = ev.duration;
      c.pastEvents.push(ev.id);
    }
  });
}

/** Why an event plan does not fit its scenario: a dotted path and the reason in words. */
export interface EventPlanError {
  path: string;
  message: string;
}

/** Each way `plan` does not fit `scenario` (empty when it fits). */
export function eventPlanErrors(scenario: Scenario, plan: EventPlan): EventPlanError[] {
  if (plan.mode === 'none') return [];
  const errors: EventPlanError[] = [];
  if (plan.quarters.length > scenario.quarters)
    errors.push({
      path: 'events.quarters',
      message: `${plan.quarters.length} quarters, but ${scenario.id} lasts ${scenario.quarters}: at most ${scenario.quarters}`,
    });
  const ids = scenario.events.map((ev) => ev.id);
  const seen = new Map<string, number>();
  plan.quarters.forEach((list, q) =>
    list.forEach((id, i) => {
      const path = `events.quarters.${q}.${i}`;
      const before = seen.get(id);
      if (!ids.includes(id))
        errors.push({
          path,
          message: `"${id}" is not an event of ${scenario.id} (its events: ${ids.join(', ') || 'none'})`,
        });
      else if (before !== undefined)
        errors.push({
          path,
          message: `"${id}" is already chosen for quarter ${before + 1}: an event strikes at most once`,
        });
      seen.set(id, before ?? q);
    }),
  );
  return errors;
}

/** A plan that does not fit its scenario, refused before any quarter is played. */
export class InvalidEventPlanError extends Error {
  constructor(readonly errors: EventPlanError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.name = 'InvalidEventPlanError';
  }
}

const planned = new WeakMap<Scenario, Map<string, Scenario>>();

/**
 * The scenario as the engine plays it under `plan`: no event strikes by chance; a chosen event
 * strikes in the quarter it was chosen for, and no other does. The event list itself is kept, so
 * responses, cards and texts find their event. Without a plan, the scenario itself. The same plan
 * gives the same object, so the engine's per-scenario caches still hold.
 */
export function scenarioWithEvents(scenario: Scenario, plan: EventPlan | undefined): Scenario {
  if (!plan) return scenario;
  const errors = eventPlanErrors(scenario, plan);
  if (errors.length) throw new InvalidEventPlanError(errors);
  const key = JSON.stringify(plan);
  let byPlan = planned.get(scenario);
  if (!byPlan) planned.set(scenario, (byPlan = new Map()));
  const hit = byPlan.get(key);
  if (hit) return hit;
  const chosen = new Map<string, number>();
  if (plan.mode === 'chosen')
    plan.quarters.forEach((list, q) => list.forEach((id) => chosen.set(id, q)));
  const result: Scenario = {
    ...scenario,
    events: scenario.events.map((ev) => ({
      ...ev,
      quarter: chosen.get(ev.id) ?? null,
      probability: 0,
    })),
  };
  byPlan.set(key, result);
  return result;
}

/**
 * The state with the current quarter's events struck again under another scenario (from
 * `scenarioWithEvents`): a trainer chose an event for the quarter after the one before it was
 * played. The same state a replay under that plan reaches. Pure: `state` is not changed (the new
 * state shares its unchanged parts, which the engine never writes to).
 */
export function restrikeEvents(scenario: Scenario, state: GameState): GameState {
  const c = state.company;
  const duration = new Map(scenario.events.map((ev) => [ev.id, ev.duration]));
  // An event struck this quarter still has its whole duration ahead; one from before has less.
  const struckNow = (id: string) => c.activeEvents[id] === duration.get(id);
  const next = attachPool<GameState>(
    {
      format: state.format,
      scenario: state.scenario,
      seed: state.seed,
      difficulty: state.difficulty,
      quarter: state.quarter,
      finished: state.finished,
      gameOver: state.gameOver,
      company: {
        ...c,
        activeEvents: Object.fromEntries(
          Object.entries(c.activeEvents).filter(([id]) => !struckNow(id)),
        ),
        pastEvents: c.pastEvents.filter((id) => !struckNow(id)),
      },
      decisions: state.decisions,
    },
    poolArraysOf(state),
  );
  if (!state.finished) strikeEvents(scenario, next);
  return next;
}

/** The combined effect of the events in force, after the chosen responses. */
export interface EventImpact {
  quality: Map<string, number>;
  reach: Map<string, number>;
  capacity: Map<string, number>;
  reputation: number;
  engagement: number;
  credibility: number;
  arrivals: number;
  churn: number;
  cost: number;
  list: { id: string; response: string | null; started: boolean }[];
}

/** The impact of a quarter with no event in force: nothing moved, arrivals at their usual rate. */
export function noImpact(): EventImpact {
  return {
    quality: new Map(),
    reach: new Map(),
    capacity: new Map(),
    reputation: 0,
    engagement: 0,
    credibility: 0,
    arrivals: 1,
    churn: 0,
    cost: 0,
    list: [],
  };
}

export function eventImpact(
  scenario: Scenario,
  state: GameState,
  d: QuarterDecisions,
): EventImpact {
  const severity = scenario.difficulty[state.difficulty].events;
  const impact = noImpact();
  for (const ev of scenario.events) {
    const left = state.company.activeEvents[ev.id];
    if (left === undefined) continue;
    const started = left === ev.duration;
    const response = ev.responses.find((r) => r.id === d.events[ev.id]) ?? null;
    const harm = severity * (1 - (response?.mitigation ?? 0));
    const e = ev.effects;
    for (const [tp, v] of Object.entries(e.quality))
      impact.quality.set(tp, (impact.quality.get(tp) ?? 0) + v * harm);
    for (const [tp, v] of Object.entries(e.reach))
      impact.reach.set(tp, (impact.reach.get(tp) ?? 0) + v * Math.min(1, severity));
    for (const [ch, v] of Object.entries(e.capacity))
      impact.capacity.set(ch, (impact.capacity.get(ch) ?? 1) * (1 - (1 - v) * harm));
    // One-off shocks land when the event starts; the response's own effects then too.
    if (started) {
      impact.reputation += e.reputation * harm + (response?.reputation ?? 0);
      impact.engagement += e.engagement * harm + (response?.engagement ?? 0);
      impact.credibility += response?.credibility ?? 0;
    }
    impact.arrivals *= 1 - (1 - e.arrivals) * harm;
    impact.churn += e.churn * harm;
    impact.cost += e.cost * severity;
    impact.list.push({ id: ev.id, response: response?.id ?? null, started });
  }
  return impact;
}
