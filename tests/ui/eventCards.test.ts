import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { defaultDecisions, newGame, playQuarter, type Scenario } from '../../src/engine';
import { eventCard, pendingEvents } from '../../src/ui/viewModels/eventCards';

const tutorial = (() => {
  const r = readLevelFile('levels/tutorial.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

/** The tutorial's second quarter, when its rainy week strikes. */
function secondQuarter(scenario: Scenario = tutorial) {
  const first = newGame(scenario, 1, 'normal');
  const state = playQuarter(scenario, first, defaultDecisions(scenario, first)).state;
  return { state, draft: defaultDecisions(scenario, state) };
}

describe('event cards', () => {
  it('waits for an event in force until it is answered on its card or in the Events tab', () => {
    const { state, draft } = secondQuarter();
    expect(pendingEvents(tutorial, state, draft, [])).toEqual(['rainyWeek']);
    expect(pendingEvents(tutorial, state, draft, ['rainyWeek'])).toEqual([]);
    const answered = { ...draft, events: { rainyWeek: 'extraMechanic' } };
    expect(pendingEvents(tutorial, state, answered, [])).toEqual([]);
    const first = newGame(tutorial, 1, 'normal');
    expect(pendingEvents(tutorial, first, defaultDecisions(tutorial, first), [])).toEqual([]);
  });

  it('offers the level’s responses with their costs, and "no response" last', () => {
    const { state, draft } = secondQuarter();
    const card = eventCard(tutorial, state, draft, 'rainyWeek')!;
    expect(card.title.key).toBe('level-tutorial.event.rainyWeek.name');
    expect(card.ongoing).toBe(false);
    expect(card.options.map((o) => o.value)).toEqual(['extraMechanic', 'honestMessage', 'none']);
    const cost = tutorial.events[0]!.responses[0]!.cost;
    expect(card.options[0]!.label.params).toMatchObject({ amount: cost });
    expect(card.value).toBe('none');
    expect(eventCard(tutorial, state, draft, 'nothing')).toBeNull();
  });

  it('has nothing to choose when the level gives an event no responses', () => {
    const bare: Scenario = {
      ...tutorial,
      events: tutorial.events.map((e) => ({ ...e, responses: [] })),
    };
    const { state, draft } = secondQuarter(bare);
    expect(eventCard(bare, state, draft, 'rainyWeek')!.options).toEqual([]);
  });
});
