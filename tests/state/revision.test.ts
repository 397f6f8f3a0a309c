import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { createGameStore, type GameStore } from '../../src/state/gameStore';
import { createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';
import { saveMessage } from '../../src/ui/gameSaveNotice';
import { airline, initiative, playTwoQuarters } from './oldGameFixture';

function store(storage: KeyValueStorage, scenario: Scenario): GameStore {
  return createGameStore({
    storage,
    scenario: (id) => (id === scenario.id ? scenario : undefined),
    randomSeed: () => 5,
    newGameId: () => 'g1',
  });
}

/** Two airline quarters saved under the shipped revision, the second starting an initiative. */
function savedGame(): KeyValueStorage {
  const storage = createMemoryStorage();
  const s = store(storage, airline);
  playTwoQuarters(s);
  return storage;
}

const noActions = {
  download: () => {},
  downloadSave: () => {},
  readOldGame: () => {},
  reload: () => {},
  dismiss: () => {},
};

describe('a save of an older level revision', () => {
  it('is replayed under the new revision when every decision is still valid, and says so', () => {
    const storage = savedGame();
    const revised = { ...airline, revision: airline.revision + 1 };
    const s = store(storage, revised);
    expect(s.getState().resume()).toEqual({ ok: true });
    const session = s.getState().session!;
    expect(session.log).toHaveLength(2);
    expect(session.scenario.revision).toBe(airline.revision + 1);
    expect(session.phase).toBe('plan');
    expect(s.getState().recovered?.revision).toMatchObject({
      from: airline.revision,
      to: airline.revision + 1,
    });
    const message = saveMessage(s.getState(), noActions);
    expect(message).toMatchObject({
      key: 'saving.revisionReplayed',
      values: { count: 2, total: 2, from: airline.revision, to: airline.revision + 1 },
    });
    expect(message!.actions!.map((a) => a.name)).toEqual(['download-saved', 'close']);
  });

  it('keeps the quarters still valid when a later decision is not, and offers the save as it was', () => {
    const storage = savedGame();
    // The new revision drops the initiative started in quarter 2.
    const revised = {
      ...airline,
      revision: airline.revision + 1,
      initiatives: airline.initiatives.filter((x) => x.id !== initiative),
    };
    const s = store(storage, revised);
    expect(s.getState().resume()).toEqual({ ok: true });
    const session = s.getState().session!;
    expect(session.log).toHaveLength(1);
    expect(session.phase).toBe('plan');
    expect(session.state.quarter).toBe(1);
    let offered: unknown = null;
    const message = saveMessage(s.getState(), {
      ...noActions,
      downloadSave: (save) => (offered = save),
    });
    expect(message).toMatchObject({ key: 'saving.revisionCut', values: { count: 1, total: 2 } });
    message!.actions!.find((a) => a.name === 'download-saved')!.run();
    expect(offered).toMatchObject({
      scenario: { id: 'airline', revision: airline.revision },
      decisions: [{}, { journey: { initiatives: [initiative] } }].map(() => expect.anything()),
    });
    // Played on, the game is saved under the new revision.
    expect(s.getState().commitQuarter()).toBe(true);
    const raw = JSON.parse(storage.getItem('nba.game.g1')!) as {
      data: { scenario: { revision: number }; decisions: unknown[] };
    };
    expect(raw.data.scenario.revision).toBe(airline.revision + 1);
    expect(raw.data.decisions).toHaveLength(2);
  });

  it('says the newest save was lost as well when only an older backup could be replayed', () => {
    const storage = savedGame();
    storage.setItem('nba.game.g1', '{"version": 2, "data": {"broken');
    const s = store(storage, { ...airline, revision: airline.revision + 1 });
    expect(s.getState().resume()).toEqual({ ok: true });
    // The backup is the save one step before the damaged one.
    const quarters = s.getState().session!.log.length;
    expect(s.getState().recovered?.newestLost).toBe(true);
    const message = saveMessage(s.getState(), noActions);
    expect(message).toMatchObject({ key: 'saving.revisionReplayed', values: { count: quarters } });
    expect(message!.more).toEqual(
      expect.arrayContaining([{ key: 'saving.recovered', values: { count: quarters } }]),
    );
  });
});

describe('a save whose figures do not replay as the player saw them', () => {
  it('is said at once when a valid save was changed (here its seed), and not for an untouched one', () => {
    const untouched = store(savedGame(), airline);
    expect(untouched.getState().resume()).toEqual({ ok: true });
    expect(untouched.getState().recovered).toBeNull();

    const storage = savedGame();
    const raw = JSON.parse(storage.getItem('nba.game.g1')!) as { data: { seed: number } };
    raw.data.seed += 1;
    storage.setItem('nba.game.g1', JSON.stringify(raw));
    const s = store(storage, airline);
    expect(s.getState().resume()).toEqual({ ok: true });
    expect(s.getState().session!.seed).toBe(6);
    expect(s.getState().recovered).toMatchObject({ figuresChanged: true, newestLost: false });
    expect(saveMessage(s.getState(), noActions)).toMatchObject({ key: 'saving.figuresChanged' });
  });
});
