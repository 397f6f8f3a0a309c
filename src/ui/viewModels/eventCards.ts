import type { GameState, QuarterDecisions, Scenario } from '../../engine';
import type { ChoiceOption, Text } from './planControls';

/** What an event's card shows: the event, and the responses the level offers (if any). */
export interface EventCard {
  eventId: string;
  title: Text;
  description: Text;
  /** Struck in an earlier quarter and still in force: the response is chosen again. */
  ongoing: boolean;
  /** Quarters it still lasts, this one included. */
  quartersLeft: number;
  /** The level's responses plus "no response"; empty when there is nothing to answer. */
  options: ChoiceOption[];
  /** The response in the draft now ('none' when there is none). */
  value: string;
}

export const NO_RESPONSE = 'none';

/** The events in force this quarter, in the level's order (the only ones the engine lets you answer). */
function activeEvents(scenario: Scenario, state: GameState) {
  return scenario.events.filter((ev) => ev.id in state.company.activeEvents);
}

/**
 * The events whose card still waits for the player: in force this quarter, neither answered on
 * their card nor given a response in the plan's Events tab. The quarter waits for these.
 */
export function pendingEvents(
  scenario: Scenario,
  state: GameState,
  draft: QuarterDecisions,
  answered: readonly string[],
): string[] {
  return activeEvents(scenario, state)
    .filter((ev) => !answered.includes(ev.id) && !(ev.id in draft.events))
    .map((ev) => ev.id);
}

export function eventCard(
  scenario: Scenario,
  state: GameState,
  draft: QuarterDecisions,
  eventId: string,
): EventCard | null {
  const ev = activeEvents(scenario, state).find((e) => e.id === eventId);
  if (!ev) return null;
  const left = state.company.activeEvents[ev.id]!;
  return {
    eventId: ev.id,
    title: { key: ev.name },
    description: { key: ev.description },
    ongoing: left !== ev.duration,
    quartersLeft: left,
    options: ev.responses.length
      ? [
          ...ev.responses.map((r) => ({
            value: r.id,
            label: { key: 'game.plan.withCost', params: { name: r.name, amount: r.cost } },
            detail: { key: r.description },
          })),
          { value: NO_RESPONSE, label: { key: 'game.plan.noResponse' } },
        ]
      : [],
    value: draft.events[ev.id] ?? NO_RESPONSE,
  };
}
