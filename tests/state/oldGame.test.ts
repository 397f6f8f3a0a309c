import { describe, expect, it } from 'vitest';
import { canonicalJson, replay } from '../../src/engine';
import { gameRecordOf } from '../../src/state/gameRecord';
import type { GameStore } from '../../src/state/gameStore';
import { archivedLevel, levelArchiveKey } from '../../src/state/levelArchive';
import { airline, oldGameStore, playTwoQuarters, revised } from './oldGameFixture';
import { pruneOldSlots } from '../../src/state/pruneSaves';
import type { SavedGame } from '../../src/state/savedGame';
import { OLD_SAVE_PREFIX } from '../../src/state/oldSaves';
import { createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';
import { refusingStorage } from './refusingStorage';
import { saveMessage } from '../../src/ui/gameSaveNotice';

const oldKey = levelArchiveKey('airline', airline.revision);
const store = oldGameStore;

/** Two airline quarters under the shipped revision, the second starting the initiative. */
function play(storage: KeyValueStorage): { id: string; store: GameStore } {
  const s = store(storage, airline);
  playTwoQuarters(s);
  return { id: s.getState().session!.id, store: s };
}

const noActions = {
  download: () => {},
  downloadSave: () => {},
  readOldGame: () => {},
  reload: () => {},
  dismiss: () => {},
};

/** Rewrites a slot's save (its backup removed, so only this one is tried). */
function rewrite(storage: KeyValueStorage, id: string, change: (save: SavedGame) => void) {
  const key = `nba.game.${id}`;
  const entry = JSON.parse(storage.getItem(key)!) as { data: SavedGame };
  change(entry.data);
  storage.setItem(key, JSON.stringify(entry));
  storage.removeItem(`${key}.lastGood`);
}

describe('the level a game was played with is kept, once per revision', () => {
  it('is kept with the first save and shared by every game of that revision', () => {
    const storage = createMemoryStorage();
    play(storage);
    play(storage);
    const kept = [...storage.entries.keys()].filter((k) => k.startsWith('nba.level.'));
    expect(kept).toEqual([oldKey]);
    expect(canonicalJson(archivedLevel(storage, 'airline', airline.revision))).toBe(
      canonicalJson(airline),
    );
  });

  it('is not read when it was changed in storage (the schema checks it as a shipped level)', () => {
    const storage = createMemoryStorage();
    play(storage);
    const level = JSON.parse(storage.getItem(oldKey)!) as { quarters: number };
    level.quarters = -3;
    storage.setItem(oldKey, JSON.stringify(level));
    expect(archivedLevel(storage, 'airline', airline.revision)).toBeNull();
    storage.setItem(oldKey, '{"cut');
    expect(archivedLevel(storage, 'airline', airline.revision)).toBeNull();
  });

  it('never costs the save: with no room for the level, the game is saved all the same', () => {
    const inner = createMemoryStorage();
    const full = refusingStorage((k) => k.startsWith('nba.level.'), inner);
    const { store: s, id } = play(full);
    expect(s.getState().lastSave).toEqual({ ok: true });
    expect(inner.getItem(`nba.game.${id}`)).not.toBeNull();
    expect(inner.getItem(oldKey)).toBeNull();
  });

  it('goes when no saved game refers to it any more', () => {
    const storage = createMemoryStorage();
    const { id } = play(storage);
    storage.setItem(levelArchiveKey('airline', 0), '{}');
    pruneOldSlots(storage, id, Date.now());
    expect(storage.getItem(levelArchiveKey('airline', 0))).toBeNull();
    expect(storage.getItem(oldKey)).not.toBeNull();
    storage.removeItem(`nba.game.${id}`);
    storage.removeItem(`nba.game.${id}.lastGood`);
    pruneOldSlots(storage, 'other', Date.now());
    expect(storage.getItem(oldKey)).toBeNull();
  });
});

describe("an older revision's game whose decisions no longer hold", () => {
  it('offers its debrief: replayed with its own level, the figures the player saw, nothing saved', () => {
    const storage = createMemoryStorage();
    const { id } = play(storage);
    const s = store(storage, revised);
    expect(s.getState().resume()).toEqual({ ok: true });
    expect(s.getState().session!.log).toHaveLength(1);
    const revision = s.getState().recovered!.revision!;
    expect(revision.old).toBe('readable');
    let offered: SavedGame | null = null;
    const message = saveMessage(s.getState(), {
      ...noActions,
      readOldGame: (save) => (offered = save),
    });
    expect(message).toMatchObject({ key: 'saving.revisionCut' });
    expect(message!.more).toBeUndefined();
    expect(message!.actions!.map((a) => a.name)).toEqual([
      'read-old-game',
      'download-saved',
      'close',
    ]);
    message!.actions![0]!.run();
    expect(offered).toBe(revision.saved);

    const before = canonicalJson(Object.fromEntries(storage.entries));
    const sessionBefore = s.getState().session;
    const old = s.getState().oldGame(revision.saved);
    if (!old.ok) throw new Error(old.reason);
    // The same game as the engine's own replay of its seed, decisions and old level.
    const expected = replay(airline, 5, 'normal', revision.saved.decisions);
    expect(canonicalJson(old.game.results)).toBe(canonicalJson(expected.results));
    expect(old.game.results).toHaveLength(2);
    expect(old.game.scenario.revision).toBe(airline.revision);
    expect(old.game.currentRevision).toBe(revised.revision);
    expect(old.game.figures).toBe('same');
    expect(old.game.id).toBe(id);
    // Reading it changes nothing: no save written, the game in play as it was.
    expect(canonicalJson(Object.fromEntries(storage.entries))).toBe(before);
    expect(s.getState().session).toBe(sessionBefore);
  });

  it('says when the replay does not give the figures saved with it, and when none were saved', () => {
    const storage = createMemoryStorage();
    const { id } = play(storage);
    const s = store(storage, revised);
    rewrite(storage, id, (save) => (save.seen = '0123456789abcdef'));
    expect(s.getState().oldGame(read(storage, id))).toMatchObject({
      ok: true,
      game: { figures: 'differ' },
    });
    rewrite(storage, id, (save) => delete save.seen);
    expect(s.getState().oldGame(read(storage, id))).toMatchObject({
      ok: true,
      game: { figures: 'unknown' },
    });
  });

  it('saved before levels were kept: says the old game cannot be shown, and why', () => {
    const storage = createMemoryStorage();
    play(storage);
    storage.removeItem(oldKey);
    const s = store(storage, revised);
    expect(s.getState().resume()).toEqual({ ok: true });
    const revision = s.getState().recovered!.revision!;
    expect(revision.old).toBe('noLevel');
    expect(s.getState().oldGame(revision.saved)).toEqual({ ok: false, reason: 'noLevel' });
    const message = saveMessage(s.getState(), noActions);
    expect(message!.more).toEqual([
      { key: 'saving.oldLevelMissing', values: { from: airline.revision } },
    ]);
    expect(message!.actions!.map((a) => a.name)).toEqual(['download-saved', 'close']);
  });

  it('with no room to keep the old save apart, says so and offers it to read now and download', () => {
    const inner = createMemoryStorage();
    play(inner);
    const full = refusingStorage((k) => k.startsWith(OLD_SAVE_PREFIX), inner);
    const s = store(full, revised);
    expect(s.getState().resume()).toEqual({ ok: true });
    const revision = s.getState().recovered!.revision!;
    expect(revision).toMatchObject({ old: 'readable', notKept: true });
    expect(s.getState().oldGames()).toEqual([]);
    const message = saveMessage(s.getState(), noActions);
    expect(message!.more).toEqual([{ key: 'saving.oldNotKept' }]);
    expect(message!.actions!.map((a) => a.name)).toEqual([
      'read-old-game',
      'download-saved',
      'close',
    ]);
    // With room, the same carry-over keeps it and says nothing of the kind.
    const roomy = store(inner, revised);
    expect(roomy.getState().resume()).toEqual({ ok: true });
    expect(roomy.getState().recovered!.revision!.notKept).toBeUndefined();
    expect(roomy.getState().oldGames()).toHaveLength(1);
  });

  it('a save its own level refuses (changed after it was made) is not offered to read', () => {
    const storage = createMemoryStorage();
    const { id } = play(storage);
    rewrite(storage, id, (save) => {
      save.decisions[1]!.journey.initiatives = ['retiredProject'];
    });
    const s = store(storage, revised);
    expect(s.getState().resume()).toEqual({ ok: true });
    expect(s.getState().recovered!.revision!.old).toBe('refused');
    const message = saveMessage(s.getState(), noActions);
    expect(message!.actions!.map((a) => a.name)).toEqual(['download-saved', 'close']);
  });
});

/** A slot's save as stored. */
function read(storage: KeyValueStorage, id: string): SavedGame {
  return (JSON.parse(storage.getItem(`nba.game.${id}`)!) as { data: SavedGame }).data;
}

describe("importing an older revision's record the current one refuses", () => {
  function exported(storage: KeyValueStorage) {
    const { store: s } = play(storage);
    return JSON.parse(JSON.stringify(gameRecordOf(s.getState().session!))) as unknown;
  }

  it('offers the old game to read when this browser kept its level', () => {
    const storage = createMemoryStorage();
    const record = exported(storage);
    const s = store(storage, revised);
    const result = s.getState().importRecord(record);
    expect(result).toMatchObject({
      ok: false,
      refusal: {
        key: 'saving.import.olderRevision',
        values: { from: airline.revision, to: revised.revision, quarter: 2 },
      },
      oldGame: { figures: 'same', results: expect.any(Array) },
    });
    expect(s.getState().session).toBeNull();
  });

  it('refuses with the reason when the level as it was is not here', () => {
    const record = exported(createMemoryStorage());
    const s = store(createMemoryStorage(), revised);
    const result = s.getState().importRecord(record);
    expect(result).toEqual({
      ok: false,
      refusal: {
        key: 'saving.import.olderRevisionNoLevel',
        values: { level: airline.name, from: airline.revision, to: revised.revision, quarter: 2 },
      },
    });
  });
});

describe('Continue lists the games it cannot open', () => {
  it('as damaged, with their name and what is stored, apart from the games it can open', () => {
    const storage = createMemoryStorage();
    const { id } = play(storage);
    const { id: broken } = play(storage);
    storage.setItem(`nba.game.${broken}`, storage.getItem(`nba.game.${broken}`)!.slice(0, 120));
    storage.setItem(`nba.game.${broken}.lastGood`, 'garbage');
    storage.setItem(
      'nba.game.elsewhere',
      JSON.stringify({
        version: 2,
        data: { ...read(storage, id), id: 'elsewhere', scenario: { id: 'moon', revision: 1 } },
      }),
    );
    const s = store(storage, airline);
    expect(
      s
        .getState()
        .savedGames()
        .map((g) => g.id),
    ).toEqual([id]);
    const damaged = s.getState().damagedGames();
    expect(damaged).toHaveLength(2);
    expect(damaged).toContainEqual({
      id: broken,
      name: airline.name,
      reason: 'unreadable',
      stored: {
        [`nba.game.${broken}`]: storage.getItem(`nba.game.${broken}`),
        [`nba.game.${broken}.lastGood`]: 'garbage',
      },
    });
    expect(damaged).toContainEqual(
      expect.objectContaining({ id: 'elsewhere', name: null, reason: 'unknownLevel' }),
    );
  });
});
