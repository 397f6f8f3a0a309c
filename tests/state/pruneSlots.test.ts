import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { createGameStore } from '../../src/state/gameStore';
import { IN_PLAY_MS, KEPT_GAMES } from '../../src/state/pruneSaves';
import { gameSlotKey } from '../../src/state/savedGame';
import { gameSlotKeys, savedGameStatus } from '../../src/state/hasSavedGame';
import { createMemoryStorage } from '../../src/state/storage';

const tutorial = (() => {
  const r = readLevelFile('levels/tutorial.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

function tabs() {
  const storage = createMemoryStorage();
  const clock = { t: 1_000 };
  let n = 0;
  const tab = () =>
    createGameStore({
      storage,
      scenario: (id: string) => (id === 'tutorial' ? tutorial : undefined),
      newGameId: () => `game-${n++}`,
      now: () => (clock.t += 10),
    });
  return { storage, clock, tab };
}

describe('old save slots are bounded', () => {
  it(`games abandoned for a week beyond the ${KEPT_GAMES} newest lose their slot when a game starts`, () => {
    const { storage, clock, tab } = tabs();
    for (let i = 0; i < KEPT_GAMES + 4; i++) tab().getState().start('tutorial', 'normal', i);
    expect(gameSlotKeys(storage)).toHaveLength(KEPT_GAMES + 4); // all recent: maybe in play
    clock.t += IN_PLAY_MS;
    const s = tab();
    s.getState().start('tutorial', 'normal', 99);
    const slots = gameSlotKeys(storage);
    expect(slots).toHaveLength(KEPT_GAMES);
    expect(slots).toContain(gameSlotKey(s.getState().session!.id));
    // The oldest went, with their backups; the newest stayed.
    expect(slots).not.toContain(gameSlotKey('game-0'));
    expect(slots).toContain(gameSlotKey(`game-${KEPT_GAMES + 3}`));
    expect([...storage.entries.keys()].some((k) => k.startsWith(gameSlotKey('game-0')))).toBe(
      false,
    );
  });

  it('never removes a game saved within the week (another tab may be playing it)', () => {
    const { storage, tab } = tabs();
    const first = tab();
    first.getState().start('tutorial', 'normal', 1);
    for (let i = 0; i < KEPT_GAMES + 2; i++) tab().getState().start('tutorial', 'normal', i);
    expect(gameSlotKeys(storage)).toContain(gameSlotKey(first.getState().session!.id));
    first.getState().beginPlanning();
    expect(first.getState().commitQuarter()).toBe(true);
    expect(first.getState().lastSave).toEqual({ ok: true });
  });

  it('never removes a damaged slot, and does not count it among the kept', () => {
    const { storage, clock, tab } = tabs();
    // Three games Continue lists as damaged, saved before all the others: nothing in the
    // first can be read, the second's newest entry cannot (its backup can), the third is of a
    // level this version lacks.
    for (let i = 0; i < 3; i++) tab().getState().start('tutorial', 'normal', i);
    storage.setItem(gameSlotKey('game-0'), 'garbage');
    storage.setItem(`${gameSlotKey('game-0')}.lastGood`, 'garbage');
    const g1 = tab();
    g1.getState().resume('game-1');
    g1.getState().beginPlanning();
    g1.getState().save(); // a backup to read
    storage.setItem(gameSlotKey('game-1'), '{"version":2,"data":{"cut');
    const g2 = JSON.parse(storage.getItem(gameSlotKey('game-2'))!) as {
      data: { scenario: { id: string } };
    };
    g2.data.scenario.id = 'retired';
    storage.setItem(gameSlotKey('game-2'), JSON.stringify(g2));
    storage.removeItem(`${gameSlotKey('game-2')}.lastGood`);
    const damaged = [gameSlotKey('game-0'), gameSlotKey('game-1'), gameSlotKey('game-2')];
    const stored = damaged.map((key) => [storage.getItem(key), storage.getItem(`${key}.lastGood`)]);
    const listed = tab().getState().damagedGames();
    expect(listed.map((g) => g.id)).toEqual(['game-2', 'game-0']);
    expect(savedGameStatus(storage)).toBe('someDamaged'); // game-1: said on the title
    for (let i = 0; i < KEPT_GAMES + 2; i++)
      tab()
        .getState()
        .start('tutorial', 'normal', i + 10);
    clock.t += IN_PLAY_MS;
    tab().getState().start('tutorial', 'normal', 99);
    const slots = gameSlotKeys(storage);
    for (const key of damaged) expect(slots).toContain(key);
    expect(
      damaged.map((key) => [storage.getItem(key), storage.getItem(`${key}.lastGood`)]),
    ).toEqual(stored);
    // The healthy games pruned are the oldest healthy ones; KEPT_GAMES of them stay.
    expect(slots.filter((key) => !damaged.includes(key))).toHaveLength(KEPT_GAMES);
    expect(slots).not.toContain(gameSlotKey('game-4'));
  });
});
