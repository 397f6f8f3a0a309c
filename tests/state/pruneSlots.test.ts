import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { createGameStore } from '../../src/state/gameStore';
import { IN_PLAY_MS, KEPT_GAMES, gameSlotKey } from '../../src/state/savedGame';
import { gameSlotKeys } from '../../src/state/hasSavedGame';
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
      scenario: () => tutorial,
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
});
