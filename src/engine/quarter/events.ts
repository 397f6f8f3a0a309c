import { STREAM, streamKey, uniform } from '../rng';
import type { QuarterDecisions } from '../schema/decisions';
import type { Scenario } from '../schema/scenario';
import type { GameState } from '../schema/state';

/**
 * Decides which events strike in the quarter about to be played (state.quarter), so the player
 * sees them while planning and can choose a response. Fixed events strike in their quarter; random
 * ones with their probability, scaled by the difficulty; each event strikes at most once.
 */
export function rollEvents(scenario: Scenario, state: GameState): void {
  const c = state.company;
  const next: Record<string, number> = {};
  for (const [id, left] of Object.entries(c.activeEvents)) if (left > 1) next[id] = left - 1;
  if (state.quarter < scenario.quarters) {
    const severity = scenario.difficulty[state.difficulty].events;
    const key = streamKey(state.seed, state.quarter, STREAM.events);
    scenario.events.forEach((ev, i) => {
      if (c.pastEvents.includes(ev.id) || severity <= 0) return;
      const strikes =
        ev.quarter !== null
          ? ev.quarter === state.quarter
          : uniform(key, i) < Math.min(1, ev.probability * severity);
      if (strikes) {
        next[ev.id] = ev.duration;
        c.pastEvents.push(ev.id);
      }
    });
  }
  c.activeEvents = next;
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
