import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import type { Scenario } from '../../src/engine';
import { createGameStore, type GameStore } from '../../src/state/gameStore';
import {
  SAVED_GAME_KEY,
  SAVED_GAME_VERSION,
  gameSlotKey,
  hasSavedGame,
  currentSaveData,
  migrateSaveV1,
  savedGameStatus,
} from '../../src/state/savedGame';
import { browserStorage, createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';
import { refusingStorage } from './refusingStorage';
import { saveMessage } from '../../src/ui/gameSaveNotice';

const airline = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
const hotel = (() => {
  const r = readLevelFile('levels/hotel.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
const scenarios = new Map<string, Scenario>([airline, hotel].map((s) => [s.id, s]));

/** One tab: its own store over the storage all tabs share, with its own ids and clock. */
function tab(storage: KeyValueStorage, id: string, clock = { t: 1_000 }): GameStore {
  return createGameStore({
    storage,
    scenario: (s) => scenarios.get(s),
    randomSeed: () => 11,
    newGameId: () => id,
    now: () => (clock.t += 1),
  });
}

function playQuarter(store: GameStore) {
  if (store.getState().session!.phase === 'briefing') store.getState().beginPlanning();
  expect(store.getState().commitQuarter()).toBe(true);
  store.getState().finishRun();
  store.getState().continueGame();
}

/**
 * A storage that can be filled up: writes throw a quota error while `full` (only writes to
 * `onlyKey`, when given: room for everything else).
 */
function fillableStorage(onlyKey?: string) {
  const state = { full: false };
  const storage = refusingStorage((k) => state.full && (onlyKey === undefined || k === onlyKey));
  return { storage, state };
}

const noActions = {
  download: () => {},
  downloadSave: () => {},
  readOldGame: () => {},
  reload: () => {},
  dismiss: () => {},
};

describe('saves: a failed save is shown at once', () => {
  it('says the save failed while storage is full, and clears once a save succeeds', () => {
    const { storage, state } = fillableStorage();
    const store = tab(storage, 'a');
    store.getState().start('airline', 'normal', 1);
    playQuarter(store);
    expect(saveMessage(store.getState(), noActions)).toBeNull();
    state.full = true;
    playQuarter(store);
    expect(store.getState().lastSave).toEqual({ ok: false, reason: 'storage-failed' });
    const failed = saveMessage(store.getState(), noActions);
    expect(failed?.key).toBe('saving.failed');
    expect(failed?.actions?.map((a) => a.name)).toEqual(['download', 'close']);
    state.full = false;
    playQuarter(store);
    expect(store.getState().lastSave).toEqual({ ok: true });
    expect(saveMessage(store.getState(), noActions)).toBeNull();
    // Nothing was lost: a reload continues with all three quarters.
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(3);
  });

  describe('browser storage', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('uses a full localStorage (its saves can still be continued) rather than memory', () => {
      const saved = createMemoryStorage({ [gameSlotKey('a')]: '{}' });
      const full = {
        ...saved,
        get length() {
          return saved.length;
        },
        key: (i: number) => saved.key(i),
        getItem: (k: string) => saved.getItem(k),
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      };
      vi.stubGlobal('window', { localStorage: full });
      const storage = browserStorage();
      expect(storage.persistent).toBe(true);
      expect(storage.getItem(gameSlotKey('a'))).toBe('{}');
      expect(storage.length).toBe(1);
    });

    it('falls back to memory, and says so, when localStorage cannot be read at all', () => {
      vi.stubGlobal('window', {
        get localStorage(): Storage {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      const storage = browserStorage();
      expect(storage.persistent).toBe(false);
      expect(savedGameStatus(storage)).toBe('unavailable');
    });
  });
});

describe('saves: two tabs', () => {
  it('a tab whose game was saved on in another tab knows it is stale and writes nothing', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'g');
    a.getState().start('airline', 'normal', 5);
    playQuarter(a);
    // Tab B continues the same game and plays on.
    const b = tab(storage, 'other');
    expect(b.getState().resume().ok).toBe(true);
    playQuarter(b);
    const newest = storage.getItem(gameSlotKey('g'));
    // The storage event reaches tab A.
    a.getState().storageChanged(gameSlotKey('g'));
    expect(a.getState().stale).toBe(true);
    expect(saveMessage(a.getState(), noActions)?.key).toBe('saving.stale');
    // A's pagehide save, and further play, leave B's progress alone.
    expect(a.getState().save()).toEqual({ ok: false, reason: 'stale' });
    a.getState().editDraft({ governance: { owner: 'ceo' } });
    expect(a.getState().commitQuarter()).toBe(true);
    expect(storage.getItem(gameSlotKey('g'))).toBe(newest);
    const reload = tab(storage, 'x');
    reload.getState().resume();
    expect(reload.getState().session!.log).toHaveLength(2);
  });

  it('notices being overtaken when it writes, even without a storage event', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'g');
    a.getState().start('airline', 'normal', 5);
    a.getState().beginPlanning();
    const b = tab(storage, 'other');
    b.getState().resume();
    playQuarter(b);
    const newest = storage.getItem(gameSlotKey('g'));
    expect(a.getState().save()).toEqual({ ok: false, reason: 'stale' });
    expect(a.getState().stale).toBe(true);
    expect(storage.getItem(gameSlotKey('g'))).toBe(newest);
  });

  it('ignores storage events for other games and other keys', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'g');
    a.getState().start('airline', 'normal', 5);
    storage.setItem('nba.settings', '{}');
    a.getState().storageChanged('nba.settings');
    a.getState().storageChanged(gameSlotKey('h'));
    expect(a.getState().stale).toBe(false);
  });

  it('a different game started in another tab never destroys the first', () => {
    const storage = createMemoryStorage();
    const clock = { t: 1_000 };
    const a = tab(storage, 'airline-game', clock);
    a.getState().start('airline', 'normal', 5);
    playQuarter(a);
    playQuarter(a);
    const b = tab(storage, 'hotel-game', clock);
    b.getState().start('hotel', 'normal', 9);
    playQuarter(b);
    // Every write of B fired a storage event in A: none is about A's game.
    for (const key of [gameSlotKey('hotel-game'), `${gameSlotKey('hotel-game')}.lastGood`])
      a.getState().storageChanged(key);
    expect(a.getState().stale).toBe(false);
    playQuarter(a);
    expect(a.getState().lastSave).toEqual({ ok: true });
    // Continue offers the game saved last (A's third quarter); each stays reachable by its id.
    const fresh = tab(storage, 'x', clock);
    fresh.getState().resume();
    expect(fresh.getState().session!.scenario.id).toBe('airline');
    expect(fresh.getState().session!.log).toHaveLength(3);
    const hotelTab = tab(storage, 'y', clock);
    expect(hotelTab.getState().resume('hotel-game').ok).toBe(true);
    expect(hotelTab.getState().session!.scenario.id).toBe('hotel');
    expect(hotelTab.getState().session!.log).toHaveLength(1);
  });
});

describe('saves: Continue offers every saved game', () => {
  it('lists each readable game, the most recent first, with how far it got', () => {
    const storage = createMemoryStorage();
    const clock = { t: 1_000 };
    const a = tab(storage, 'airline-game', clock);
    a.getState().start('airline', 'hard', 5);
    playQuarter(a);
    playQuarter(a);
    const b = tab(storage, 'hotel-game', clock);
    b.getState().start('hotel', 'normal', 9);
    playQuarter(b);
    storage.setItem(gameSlotKey('broken'), 'garbage');
    const list = tab(storage, 'x', clock).getState().savedGames();
    expect(list).toEqual([
      {
        id: 'hotel-game',
        scenarioId: 'hotel',
        name: hotel.name,
        difficulty: 'normal',
        played: 1,
        quarters: hotel.quarters,
        finished: false,
        savedAt: expect.any(Number) as number,
      },
      {
        id: 'airline-game',
        scenarioId: 'airline',
        name: airline.name,
        difficulty: 'hard',
        played: 2,
        quarters: airline.quarters,
        finished: false,
        savedAt: expect.any(Number) as number,
      },
    ]);
    expect(list[0]!.savedAt).toBeGreaterThan(list[1]!.savedAt);
    // The game overtaken by the other tab's is still reachable by its entry.
    const reload = tab(storage, 'y', clock);
    expect(reload.getState().resume(list[1]!.id).ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(2);
    expect(
      createGameStore({ storage, scenario: () => undefined })
        .getState()
        .savedGames(),
    ).toEqual([]);
  });
});

describe('saves: the format is versioned', () => {
  it('migrates a version 1 save (one game, no id) to version 2 by a named step', () => {
    expect(SAVED_GAME_VERSION).toBe(2);
    expect(migrateSaveV1({ seed: 1 })).toEqual({ seed: 1, id: 'legacy', savedAt: 0 });
    expect(migrateSaveV1('nonsense')).toBeNull();
  });

  it('brings every reader of saves to this version: as is, migrated, or refused when newer', () => {
    const data = { seed: 1 };
    expect(currentSaveData(SAVED_GAME_VERSION, data)).toBe(data);
    expect(currentSaveData(1, data)).toEqual(migrateSaveV1(data));
    expect(currentSaveData(SAVED_GAME_VERSION + 1, data)).toBeNull();
    expect(currentSaveData('2', data)).toBeNull();
  });

  it('continues a game saved by version 1 in its old slot and keeps saving it there', () => {
    const storage = createMemoryStorage();
    const a = tab(storage, 'g');
    a.getState().start('airline', 'normal', 3);
    playQuarter(a);
    const v2 = JSON.parse(storage.getItem(gameSlotKey('g'))!) as {
      data: Record<string, unknown>;
    };
    const v1data: Record<string, unknown> = { ...v2.data };
    delete v1data.id;
    delete v1data.savedAt;
    const old = createMemoryStorage({
      [SAVED_GAME_KEY]: JSON.stringify({ version: 1, data: v1data }),
    });
    const store = tab(old, 'new');
    expect(store.getState().resume().ok).toBe(true);
    expect(store.getState().session!.log).toHaveLength(1);
    expect(store.getState().session!.id).toBe('legacy');
    playQuarter(store);
    const written = JSON.parse(old.getItem(SAVED_GAME_KEY)!) as {
      version: number;
      data: { decisions: unknown[] };
    };
    expect(written.version).toBe(2);
    expect(written.data.decisions).toHaveLength(2);
  });
});

describe('saves: a damaged save is never silently replaced', () => {
  function twoQuarters(storage: KeyValueStorage) {
    const a = tab(storage, 'g');
    a.getState().start('airline', 'normal', 4);
    playQuarter(a);
    playQuarter(a);
    return a;
  }

  it('says what was recovered from the backup and that the newest step was lost', () => {
    const storage = createMemoryStorage();
    // The third quarter is committed (the newest save), the backup is the plan before it.
    expect(twoQuarters(storage).getState().commitQuarter()).toBe(true);
    storage.setItem(gameSlotKey('g'), '{"version":2,"data":{"broken":');
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(2);
    expect(reload.getState().session!.phase).toBe('plan');
    expect(reload.getState().recovered).toEqual({
      quarters: 2,
      newestLost: true,
      draftLost: false,
    });
    const message = saveMessage(reload.getState(), noActions);
    expect(message).toMatchObject({ key: 'saving.recovered', values: { count: 2 } });
  });

  it('a bad draft alone keeps every committed quarter and says the plan was lost', () => {
    const storage = createMemoryStorage();
    const a = twoQuarters(storage);
    a.getState().editDraft({ governance: { owner: 'ceo' } });
    a.getState().save();
    const raw = JSON.parse(storage.getItem(gameSlotKey('g'))!) as {
      data: { draft: { governance: unknown } };
    };
    raw.data.draft.governance = 'not a governance';
    storage.setItem(gameSlotKey('g'), JSON.stringify(raw));
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.log).toHaveLength(2);
    expect(reload.getState().session!.phase).toBe('plan');
    expect(reload.getState().recovered).toEqual({
      quarters: 2,
      newestLost: false,
      draftLost: true,
    });
    expect(saveMessage(reload.getState(), noActions)?.key).toBe('saving.draftLost');
  });

  it('with both entries unreadable, Continue says the save is damaged', () => {
    const storage = createMemoryStorage();
    twoQuarters(storage);
    storage.setItem(gameSlotKey('g'), 'garbage');
    storage.setItem(`${gameSlotKey('g')}.lastGood`, '{"version":2');
    expect(savedGameStatus(storage)).toBe('damaged');
    expect(tab(storage, 'x').getState().resume()).toEqual({ ok: false, reason: 'unreadable' });
    expect(savedGameStatus(createMemoryStorage())).toBe('none');
  });

  /** An older hotel game 'old', then a newer airline game 'new' three quarters in. */
  function olderAndNewer(storage: KeyValueStorage) {
    const clock = { t: 1_000 };
    const old = tab(storage, 'old', clock);
    old.getState().start('hotel', 'normal', 3);
    playQuarter(old);
    const newer = tab(storage, 'new', clock);
    newer.getState().start('airline', 'normal', 4);
    for (let q = 0; q < 3; q++) playQuarter(newer);
  }

  it('a newer game whose save cannot be read at all is named, not skipped for an older one', () => {
    const storage = createMemoryStorage();
    olderAndNewer(storage);
    storage.setItem(gameSlotKey('new'), 'garbage');
    storage.setItem(`${gameSlotKey('new')}.lastGood`, 'garbage');
    expect(savedGameStatus(storage)).toBe('someDamaged');
    expect(hasSavedGame(storage)).toBe(true);
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.id).toBe('old');
    expect(reload.getState().recovered).toEqual({
      quarters: 1,
      newestLost: false,
      draftLost: false,
      otherGamesDamaged: 1,
    });
    expect(saveMessage(reload.getState(), noActions)).toMatchObject({
      key: 'saving.otherDamaged',
      values: { count: 1 },
    });
  });

  it('a newer game whose backup is older than another game is named too', () => {
    const storage = createMemoryStorage();
    olderAndNewer(storage);
    // Its backup is readable but saved before 'old' was: sorted by it, 'old' looks newest.
    const backup = JSON.parse(storage.getItem(`${gameSlotKey('new')}.lastGood`)!) as {
      data: { savedAt: number };
    };
    backup.data.savedAt = 0;
    storage.setItem(`${gameSlotKey('new')}.lastGood`, JSON.stringify(backup));
    storage.setItem(gameSlotKey('new'), '{"version":2,"data":');
    expect(savedGameStatus(storage)).toBe('someDamaged');
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().session!.id).toBe('old');
    expect(reload.getState().recovered?.otherGamesDamaged).toBe(1);
  });

  it('says both what this game lost and that another game could not be read', () => {
    const storage = createMemoryStorage();
    olderAndNewer(storage);
    storage.setItem(gameSlotKey('new'), 'garbage');
    storage.setItem(`${gameSlotKey('new')}.lastGood`, 'garbage');
    const raw = JSON.parse(storage.getItem(gameSlotKey('old'))!) as { data: { draft: unknown } };
    raw.data.draft = 'not a plan';
    storage.setItem(gameSlotKey('old'), JSON.stringify(raw));
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(saveMessage(reload.getState(), noActions)).toMatchObject({
      key: 'saving.draftLost',
      more: [{ key: 'saving.otherDamaged', values: { count: 1 } }],
    });
  });

  it('a newest save that reads but cannot be played never pushes the playable backup out', () => {
    // Room for the backup but not for the newest entry: the write that fails is the last one.
    const { storage, state: refuse } = fillableStorage(gameSlotKey('g'));
    expect(twoQuarters(storage).getState().commitQuarter()).toBe(true);
    const backup = storage.getItem(`${gameSlotKey('g')}.lastGood`);
    // The third quarter's decisions name an initiative the level does not have: the schema
    // reads it, the engine refuses it.
    const raw = JSON.parse(storage.getItem(gameSlotKey('g'))!) as {
      data: { decisions: { journey: { initiatives: string[] } }[] };
    };
    raw.data.decisions[2]!.journey.initiatives = ['no-such-initiative'];
    storage.setItem(gameSlotKey('g'), JSON.stringify(raw));
    const reload = tab(storage, 'x');
    expect(reload.getState().resume().ok).toBe(true);
    expect(reload.getState().recovered).toMatchObject({ quarters: 2, newestLost: true });
    refuse.full = true;
    expect(reload.getState().save()).toEqual({ ok: false, reason: 'storage-failed' });
    expect(storage.getItem(`${gameSlotKey('g')}.lastGood`)).toBe(backup);
    // Nothing more lost: the next visit still goes on from the two quarters.
    const again = tab(storage, 'y');
    expect(again.getState().resume().ok).toBe(true);
    expect(again.getState().session!.log).toHaveLength(2);
    // Once a playable save is first, writes rotate as before.
    refuse.full = false;
    expect(again.getState().save()).toEqual({ ok: true });
    expect(storage.getItem(`${gameSlotKey('g')}.lastGood`)).toBe(backup);
    expect(again.getState().save()).toEqual({ ok: true });
    expect(storage.getItem(`${gameSlotKey('g')}.lastGood`)).not.toBe(backup);
    const last = tab(storage, 'z');
    expect(last.getState().resume().ok).toBe(true);
    expect(last.getState().recovered).toBeNull();
  });

  it('a save read without loss says nothing', () => {
    const storage = createMemoryStorage();
    twoQuarters(storage);
    const reload = tab(storage, 'x');
    reload.getState().resume();
    expect(reload.getState().recovered).toBeNull();
    expect(saveMessage(reload.getState(), noActions)).toBeNull();
  });
});
