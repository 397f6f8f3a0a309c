import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { replay, type Scenario } from '../../src/engine';
import { createGameStore, lastOutcome } from '../../src/state/gameStore';
import { gameSlotKey, hasSavedGame } from '../../src/state/savedGame';
import { createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';
import { refusingStorage } from './refusingStorage';

const airline = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

/** A shorter airline (three quarters) keeps the whole-game flows quick. */
const shortAirline: Scenario = { ...airline, id: 'short', quarters: 3 };
/** An airline with almost no cash: the first quarter bankrupts it. */
const broke: Scenario = {
  ...airline,
  id: 'broke',
  company: { ...airline.company, cash: -1_000_000 },
};
const scenarios = new Map([airline, shortAirline, broke].map((s) => [s.id, s]));

function makeStore(storage: KeyValueStorage = createMemoryStorage()) {
  return createGameStore({
    storage,
    scenario: (id) => scenarios.get(id),
    randomSeed: () => 7,
    newGameId: () => 'g1',
  });
}

/** The slot of the game `makeStore` starts. */
const SLOT = gameSlotKey('g1');

function playQuarterThrough(store: ReturnType<typeof makeStore>) {
  expect(store.getState().commitQuarter()).toBe(true);
  store.getState().finishRun();
  store.getState().continueGame();
}

describe('game store: starting', () => {
  it('starts at the briefing with the engine’s first state and the company’s settings', () => {
    const store = makeStore();
    expect(store.getState().start('airline', 'normal', 42)).toBe(true);
    const s = store.getState().session!;
    expect(s.phase).toBe('briefing');
    expect(s.seed).toBe(42);
    expect(s.state.quarter).toBe(0);
    expect(s.log).toEqual([]);
    expect(s.draft.strategy.brandPromise).toBe(airline.company.start.strategy.brandPromise);
    store.getState().beginPlanning();
    expect(store.getState().session!.phase).toBe('plan');
  });

  it('draws a seed when none is given and refuses an unknown scenario', () => {
    const store = makeStore();
    expect(store.getState().start('nowhere', 'easy')).toBe(false);
    expect(store.getState().session).toBeNull();
    store.getState().start('airline', 'hard');
    expect(store.getState().session!.seed).toBe(7);
    expect(store.getState().session!.difficulty).toBe('hard');
  });

  it('saves a new game at once, so Continue resumes it', () => {
    const storage = createMemoryStorage();
    expect(hasSavedGame(storage)).toBe(false);
    makeStore(storage).getState().start('airline', 'normal', 3);
    expect(hasSavedGame(storage)).toBe(true);
  });
});

describe('game store: a quarter', () => {
  it('edits the draft by patch, and only while planning', () => {
    const store = makeStore();
    store.getState().start('airline', 'normal', 1);
    store.getState().editDraft({ governance: { owner: 'ceo' } });
    expect(store.getState().session!.draft.governance.owner).not.toBe('ceo');
    store.getState().beginPlanning();
    store.getState().editDraft({ governance: { owner: 'ceo' } });
    expect(store.getState().session!.draft.governance.owner).toBe('ceo');
    store.getState().resetDraft();
    expect(store.getState().session!.draft.governance.owner).toBe(
      airline.company.start.governance.owner,
    );
  });

  it('refuses an invalid plan with the engine’s reasons and plays nothing', () => {
    const store = makeStore();
    store.getState().start('airline', 'normal', 1);
    store.getState().beginPlanning();
    store.getState().editDraft({ culture: { training: 99_999 } });
    expect(store.getState().commitQuarter()).toBe(false);
    const { refusal, session } = store.getState();
    expect(refusal?.map((e) => e.code)).toContain('engine.error.overBudget');
    expect(session!.phase).toBe('plan');
    expect(session!.log).toHaveLength(0);
    // The next edit clears the reason: it no longer describes the plan on screen.
    store.getState().editDraft({ culture: { training: 0 } });
    expect(store.getState().refusal).toBeNull();
  });

  it('plays a valid plan exactly as the engine’s replay does, then run → review → plan', () => {
    const store = makeStore();
    store.getState().start('airline', 'normal', 11);
    store.getState().beginPlanning();
    store.getState().editDraft({ governance: { owner: 'team' } });
    expect(store.getState().commitQuarter()).toBe(true);
    let s = store.getState().session!;
    expect(s.phase).toBe('run');
    expect(s.log).toHaveLength(1);
    expect(s.log[0]!.governance.owner).toBe('team');
    const record = replay(airline, 11, 'normal', s.log);
    expect(s.results).toEqual(record.results);
    expect(lastOutcome(store.getState())).toEqual(record.results[0]);
    store.getState().finishRun();
    expect(store.getState().session!.phase).toBe('review');
    store.getState().continueGame();
    s = store.getState().session!;
    expect(s.phase).toBe('plan');
    expect(s.state.quarter).toBe(1);
    // One-off choices do not carry into the next quarter's draft; lasting ones do.
    expect(s.draft.journey.initiatives).toEqual([]);
    expect(s.draft.governance.owner).toBe('team');
  });

  it('ignores intents out of their phase', () => {
    const store = makeStore();
    store.getState().start('airline', 'normal', 1);
    expect(store.getState().commitQuarter()).toBe(false);
    store.getState().finishRun();
    store.getState().continueGame();
    expect(store.getState().session!.phase).toBe('briefing');
  });
});

describe('game store: the end', () => {
  it('ends after the last quarter', () => {
    const store = makeStore();
    store.getState().start('short', 'normal', 5);
    store.getState().beginPlanning();
    for (let q = 0; q < 3; q++) playQuarterThrough(store);
    const s = store.getState().session!;
    expect(s.phase).toBe('end');
    expect(s.results).toHaveLength(3);
    expect(s.state.finished).toBe(true);
  });

  it('ends early when the money runs out', () => {
    const store = makeStore();
    store.getState().start('broke', 'normal', 5);
    store.getState().beginPlanning();
    playQuarterThrough(store);
    const s = store.getState().session!;
    expect(s.results.at(-1)!.gameOver).toBe(true);
    expect(s.phase).toBe('end');
    expect(s.results).toHaveLength(1);
  });
});

describe('game store: saves', () => {
  it('resumes exactly where the player was, with the same numbers', () => {
    const storage = createMemoryStorage();
    const first = makeStore(storage);
    first.getState().start('airline', 'easy', 99);
    first.getState().beginPlanning();
    first.getState().editDraft({ understanding: { leadersDays: 2 } });
    playQuarterThrough(first);
    first.getState().editDraft({ governance: { council: true } });
    expect(first.getState().saveAndQuit().ok).toBe(true);
    expect(first.getState().session).toBeNull();

    const second = makeStore(storage);
    expect(second.getState().resume()).toEqual({ ok: true });
    const s = second.getState().session!;
    expect(s.phase).toBe('plan');
    expect(s.difficulty).toBe('easy');
    expect(s.log).toHaveLength(1);
    expect(s.draft.governance.council).toBe(true);
    expect(s.results).toEqual(replay(airline, 99, 'easy', s.log).results);
  });

  it('saves after every committed quarter, with the phase', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().start('airline', 'normal', 2);
    store.getState().beginPlanning();
    store.getState().commitQuarter();
    const saved = JSON.parse(storage.getItem(SLOT)!) as {
      data: { phase: string; decisions: unknown[] };
    };
    expect(saved.data.phase).toBe('run');
    expect(saved.data.decisions).toHaveLength(1);
    // A second store (a reload) resumes in the quarter just played.
    const reload = makeStore(storage);
    reload.getState().resume();
    expect(reload.getState().session!.results).toEqual(store.getState().session!.results);
    // Watched to the end: a reload comes back to the Review of that quarter.
    store.getState().finishRun();
    const again = makeStore(storage);
    again.getState().resume();
    expect(again.getState().session!.phase).toBe('review');
    expect(again.getState().session!.results).toEqual(store.getState().session!.results);
  });

  it('falls back to the last good save when the current one is corrupted', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().start('airline', 'normal', 4);
    store.getState().beginPlanning();
    store.getState().commitQuarter(); // the save now holds one quarter, its backup the start
    storage.setItem(SLOT, '{"version":2,"data":{"broken":');
    const reload = makeStore(storage);
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(0);
  });

  it('falls back when a save parses but the engine cannot replay it', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().start('airline', 'normal', 4);
    store.getState().beginPlanning();
    store.getState().commitQuarter();
    const raw = JSON.parse(storage.getItem(SLOT)!) as {
      data: { decisions: { journey: { peak: string | null } }[] };
    };
    raw.data.decisions[0]!.journey.peak = 'noSuchTouchpoint';
    storage.setItem(SLOT, JSON.stringify(raw));
    const reload = makeStore(storage);
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(0);
  });

  it('never replaces the last good save with a failed write', () => {
    let full = false;
    const storage = refusingStorage(() => full);
    const store = makeStore(storage);
    store.getState().start('airline', 'normal', 8);
    store.getState().beginPlanning();
    playQuarterThrough(store);
    full = true;
    playQuarterThrough(store);
    expect(store.getState().lastSave).toEqual({ ok: false, reason: 'storage-failed' });
    const reload = makeStore(storage);
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(1);
  });

  it('reports no save, and a save for a scenario no longer shipped', () => {
    const storage = createMemoryStorage();
    expect(makeStore(storage).getState().resume()).toEqual({ ok: false, reason: 'no-save' });
    const store = makeStore(storage);
    store.getState().start('short', 'normal', 1);
    const without = createGameStore({ storage, scenario: () => undefined });
    expect(without.getState().resume()).toEqual({ ok: false, reason: 'unknown-scenario' });
  });

  it('a tampered phase cannot skip the game: a finished log resumes at the end', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().start('short', 'normal', 6);
    store.getState().beginPlanning();
    for (let q = 0; q < 3; q++) playQuarterThrough(store);
    const raw = JSON.parse(storage.getItem(SLOT)!) as { data: { phase: string } };
    raw.data.phase = 'plan';
    storage.setItem(SLOT, JSON.stringify(raw));
    const reload = makeStore(storage);
    reload.getState().resume();
    expect(reload.getState().session!.phase).toBe('end');
  });
});

describe('game store: events on their card', () => {
  /** The short airline played to the quarter its storm strikes (quarter 3, index 2). */
  function atStorm() {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().start('short', 'normal', 5);
    store.getState().beginPlanning();
    playQuarterThrough(store);
    playQuarterThrough(store);
    expect(Object.keys(store.getState().session!.state.company.activeEvents)).toContain('storm');
    return { store, storage };
  }

  it('puts the chosen response into the draft, and "no response" takes any out', () => {
    const { store } = atStorm();
    expect(store.getState().session!.answeredEvents).toEqual([]);
    store.getState().answerEvent('storm', 'proactiveRebooking');
    let s = store.getState().session!;
    expect(s.draft.events).toEqual({ storm: 'proactiveRebooking' });
    expect(s.answeredEvents).toEqual(['storm']);
    store.getState().answerEvent('storm', null);
    s = store.getState().session!;
    expect(s.draft.events).toEqual({});
    expect(s.answeredEvents).toEqual(['storm']);
  });

  it('ignores an answer to an event not in force or a response the level does not offer', () => {
    const { store } = atStorm();
    store.getState().answerEvent('cabinCrewStrike', 'negotiate');
    store.getState().answerEvent('storm', 'prayForSun');
    const s = store.getState().session!;
    expect(s.draft.events).toEqual({});
    expect(s.answeredEvents).toEqual([]);
  });

  it('keeps the answers across save and continue, and starts the next quarter without them', () => {
    const { store, storage } = atStorm();
    store.getState().answerEvent('storm', 'extraCallStaff');
    store.getState().saveAndQuit();
    const again = makeStore(storage);
    expect(again.getState().resume().ok).toBe(true);
    expect(again.getState().session!.answeredEvents).toEqual(['storm']);
    expect(again.getState().session!.draft.events).toEqual({ storm: 'extraCallStaff' });
    playQuarterThrough(again);
    expect(again.getState().session!.log.at(-1)!.events).toEqual({ storm: 'extraCallStaff' });
    expect(again.getState().session!.answeredEvents).toEqual([]);
  });
});
