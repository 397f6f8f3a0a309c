import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { createGameStore, type GameStore } from '../../src/state/gameStore';
import { keepOldSave } from '../../src/state/oldSaves';
import { gameSlotKey, type SavedGame } from '../../src/state/savedGame';
import { createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';
import { continueNeedsChoice } from '../../src/ui/continueDialog';

const tutorial = (() => {
  const r = readLevelFile('levels/tutorial.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

let next = 0;
function store(storage: KeyValueStorage): GameStore {
  return createGameStore({
    storage,
    scenario: (id) => (id === 'tutorial' ? tutorial : undefined),
    newGameId: () => `g${next++}`,
  });
}

/** What Continue finds in storage, as the title counts it. */
function choiceShown(storage: KeyValueStorage): boolean {
  const state = store(storage).getState();
  return continueNeedsChoice({
    games: state.savedGames().length,
    damaged: state.damagedGames().length,
    old: state.oldGames().length,
  });
}

describe('Continue asks which game whenever there is more than one thing to show', () => {
  it('opens a single game at once, but lists one game beside a damaged one', () => {
    const storage = createMemoryStorage();
    store(storage).getState().start('tutorial', 'normal', 1);
    expect(choiceShown(storage)).toBe(false);
    // A second game whose save cannot be read: the chooser names it beside the one to open.
    const broken = store(storage);
    broken.getState().start('tutorial', 'normal', 2);
    const id = broken.getState().session!.id;
    storage.setItem(gameSlotKey(id), 'garbage');
    storage.setItem(`${gameSlotKey(id)}.lastGood`, 'garbage');
    expect(choiceShown(storage)).toBe(true);
  });

  it('lists a damaged game even when it is the only one, so its download is offered', () => {
    const storage = createMemoryStorage();
    const broken = store(storage);
    broken.getState().start('tutorial', 'normal', 2);
    const id = broken.getState().session!.id;
    storage.setItem(gameSlotKey(id), 'garbage');
    storage.setItem(`${gameSlotKey(id)}.lastGood`, 'garbage');
    expect(store(storage).getState().damagedGames()).toHaveLength(1);
    expect(choiceShown(storage)).toBe(true);
  });

  it('lists two games to open', () => {
    const storage = createMemoryStorage();
    store(storage).getState().start('tutorial', 'normal', 1);
    store(storage).getState().start('tutorial', 'normal', 2);
    expect(choiceShown(storage)).toBe(true);
  });

  it('lists one game beside an old game kept to read, and an old game alone', () => {
    const storage = createMemoryStorage();
    const s = store(storage);
    s.getState().start('tutorial', 'normal', 1);
    const id = s.getState().session!.id;
    const saved = (JSON.parse(storage.getItem(gameSlotKey(id))!) as { data: SavedGame }).data;
    // As Continue keeps it when it carries a game over to a new revision of its level.
    keepOldSave(storage, { ...saved, scenario: { id: 'tutorial', revision: 0 } });
    expect(store(storage).getState().oldGames()).toHaveLength(1);
    expect(choiceShown(storage)).toBe(true);
    storage.removeItem(gameSlotKey(id));
    storage.removeItem(`${gameSlotKey(id)}.lastGood`);
    expect(choiceShown(storage)).toBe(true);
  });
});
