import { describe, expect, it } from 'vitest';
import { canonicalJson, replay, type Scenario } from '../../src/engine';
import { gameRecordOf } from '../../src/state/gameRecord';
import type { GameStore } from '../../src/state/gameStore';
import { archivedLevel, levelArchiveKey } from '../../src/state/levelArchive';
import { airline, initiative, oldGameStore, revised } from './oldGameFixture';
import { oldSaveKey } from '../../src/state/oldSaves';
import { IN_PLAY_MS, KEPT_GAMES } from '../../src/state/pruneSaves';
import { SAVED_GAME_VERSION, gameSlotKey, type SavedGame } from '../../src/state/savedGame';
import { createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';

const oldLevelKey = levelArchiveKey('airline', airline.revision);
const store = (storage: KeyValueStorage, scenario: Scenario, clock = { t: 1_000 }): GameStore =>
  oldGameStore(storage, scenario, clock);

function quarter(s: GameStore, patch = {}) {
  if (s.getState().session!.phase === 'briefing') s.getState().beginPlanning();
  s.getState().editDraft(patch);
  expect(s.getState().commitQuarter()).toBe(true);
  s.getState().finishRun();
  s.getState().continueGame();
}

/** Two airline quarters under the shipped revision, the second starting the initiative. */
function play(storage: KeyValueStorage, clock = { t: 1_000 }): { id: string; saved: SavedGame } {
  const s = store(storage, airline, clock);
  s.getState().start('airline', 'normal', 5);
  quarter(s);
  quarter(s, { journey: { initiatives: [initiative] } });
  const id = s.getState().session!.id;
  const saved = (JSON.parse(storage.getItem(gameSlotKey(id))!) as { data: SavedGame }).data;
  return { id, saved };
}

/** Continue under the revised level (a quarter cut), then three more quarters played on. */
function carryOverAndPlayOn(storage: KeyValueStorage, clock = { t: 1_000 }): GameStore {
  const s = store(storage, revised, clock);
  expect(s.getState().resume()).toEqual({ ok: true });
  expect(s.getState().recovered!.revision!.old).toBe('readable');
  for (let q = 0; q < 3; q++) quarter(s);
  return s;
}

describe("an older revision's game stays readable after play goes on", () => {
  it('is kept apart with its level, listed to read, and replays as it was played', () => {
    const storage = createMemoryStorage();
    const { id, saved } = play(storage);
    const s = carryOverAndPlayOn(storage);
    // The slot holds only the new revision's saves now.
    for (const key of [gameSlotKey(id), `${gameSlotKey(id)}.lastGood`]) {
      const entry = JSON.parse(storage.getItem(key)!) as { data: SavedGame };
      expect(entry.data.scenario.revision).toBe(revised.revision);
    }
    // A new game prunes: the level the old game needs stays, as its save does.
    store(storage, revised).getState().start('airline', 'normal', 7);
    expect(storage.getItem(oldSaveKey(id, airline.revision))).not.toBeNull();
    expect(archivedLevel(storage, 'airline', airline.revision)).not.toBeNull();
    const listed = s.getState().oldGames();
    expect(listed).toEqual([
      {
        id,
        name: airline.name,
        difficulty: 'normal',
        from: airline.revision,
        to: revised.revision,
        played: 2,
        savedAt: saved.savedAt,
        status: 'readable',
        save: saved,
        stored: JSON.stringify({ version: SAVED_GAME_VERSION, data: saved }),
      },
    ]);
    const old = s.getState().oldGame(listed[0]!.save);
    if (!old.ok) throw new Error(old.reason);
    expect(old.game.figures).toBe('same');
    expect(canonicalJson(old.game.results)).toBe(
      canonicalJson(replay(airline, 5, 'normal', saved.decisions).results),
    );
  });

  it('goes, with its level, when its game is pruned as abandoned', () => {
    const storage = createMemoryStorage();
    const clock = { t: 1_000 };
    const { id } = play(storage, clock);
    carryOverAndPlayOn(storage, clock);
    for (let i = 0; i < KEPT_GAMES; i++)
      store(storage, revised, clock).getState().start('airline', 'normal', i);
    clock.t += IN_PLAY_MS;
    store(storage, revised, clock).getState().start('airline', 'normal', 99);
    expect(storage.getItem(gameSlotKey(id))).toBeNull();
    expect(storage.getItem(oldSaveKey(id, airline.revision))).toBeNull();
    expect(storage.getItem(oldLevelKey)).toBeNull();
    expect(store(storage, revised).getState().oldGames()).toEqual([]);
  });

  it('is not kept when its decisions all hold under the new revision (nothing was cut)', () => {
    const storage = createMemoryStorage();
    const { id } = play(storage);
    const s = store(storage, { ...airline, revision: airline.revision + 1 });
    expect(s.getState().resume()).toEqual({ ok: true });
    expect(s.getState().session!.log).toHaveLength(2);
    expect(storage.getItem(oldSaveKey(id, airline.revision))).toBeNull();
  });
});

describe("importing an older revision's game once play has gone on", () => {
  it('its exported record still opens to read: the level stayed with the old save', () => {
    const storage = createMemoryStorage();
    const { saved } = play(storage);
    const record = JSON.parse(
      JSON.stringify(
        gameRecordOf({
          scenario: airline,
          seed: saved.seed,
          difficulty: saved.difficulty,
          log: saved.decisions,
          results: replay(airline, saved.seed, saved.difficulty, saved.decisions).results,
        }),
      ),
    ) as unknown;
    carryOverAndPlayOn(storage);
    store(storage, revised).getState().start('airline', 'normal', 7);
    const s = store(storage, revised);
    expect(s.getState().importRecord(record)).toMatchObject({
      ok: false,
      refusal: {
        key: 'saving.import.olderRevision',
        values: { level: airline.name, from: airline.revision, to: revised.revision, quarter: 2 },
      },
      oldGame: { figures: 'same', scenario: { revision: airline.revision } },
    });
    expect(s.getState().session).toBeNull();
  });

  it('the file "download the game as saved" offers is imported: to read, or to play on', () => {
    const storage = createMemoryStorage();
    const { saved } = play(storage);
    const file = JSON.parse(
      JSON.stringify({ version: SAVED_GAME_VERSION, data: saved }),
    ) as unknown;
    // Under the revision it was saved with: continued, as a game of its own.
    const same = store(storage, airline);
    expect(same.getState().importRecord(file)).toEqual({ ok: true });
    expect(same.getState().session!.log).toHaveLength(2);
    expect(same.getState().session!.phase).toBe('plan');
    // Under the new revision, with the old level kept: its debrief, read only.
    const s = store(storage, revised);
    expect(s.getState().importRecord(file)).toMatchObject({
      ok: false,
      refusal: { key: 'saving.import.olderRevision' },
      oldGame: { figures: 'same', results: expect.any(Array) },
    });
    expect(s.getState().session).toBeNull();
    // Without it: said in words, the level named and both revisions.
    const elsewhere = store(createMemoryStorage(), revised);
    expect(elsewhere.getState().importRecord(file)).toEqual({
      ok: false,
      refusal: {
        key: 'saving.import.olderRevisionNoLevel',
        values: { level: airline.name, from: airline.revision, to: revised.revision, quarter: 2 },
      },
    });
    // A save file that is not one says where.
    expect(
      elsewhere
        .getState()
        .importRecord({ version: SAVED_GAME_VERSION, data: { ...saved, seed: -1 } }),
    ).toEqual({
      ok: false,
      refusal: { key: 'saving.import.notRecord', values: { path: 'data.seed' } },
    });
  });
});
