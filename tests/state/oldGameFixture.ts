import { expect } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import type { Scenario } from '../../src/engine';
import { createGameStore, type GameStore } from '../../src/state/gameStore';
import type { KeyValueStorage } from '../../src/state/storage';

/** The shipped airline level. */
export const airline = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
/** An initiative the next revision drops, so a game that started it cannot replay there. */
export const initiative = airline.initiatives[0]!.id;
/** The level's next revision, which no longer has the initiative started in quarter 2. */
export const revised: Scenario = {
  ...airline,
  revision: airline.revision + 1,
  initiatives: airline.initiatives.filter((x) => x.id !== initiative),
};

let next = 0;
/** A game store on `storage` that knows only `scenario`; `clock`, when given, ticks 10 ms a read. */
export function oldGameStore(
  storage: KeyValueStorage,
  scenario: Scenario,
  clock?: { t: number },
): GameStore {
  return createGameStore({
    storage,
    scenario: (id) => (id === scenario.id ? scenario : undefined),
    newGameId: () => `g${next++}`,
    ...(clock && { now: () => (clock.t += 10) }),
  });
}

/**
 * Two airline quarters played in `s` under the shipped revision (seed 5), the second starting the
 * initiative the next revision drops.
 */
export function playTwoQuarters(s: GameStore): void {
  s.getState().start('airline', 'normal', 5);
  s.getState().beginPlanning();
  for (const patch of [{}, { journey: { initiatives: [initiative] } }]) {
    s.getState().editDraft(patch);
    expect(s.getState().commitQuarter()).toBe(true);
    s.getState().finishRun();
    s.getState().continueGame();
  }
}
