import { gameIdOfSlot, gameSlotKey } from './hasSavedGame';
import { levelArchiveKey, pruneLevelArchive } from './levelArchive';
import { readOldSaves, removeOldSaves } from './oldSaves';
import { readSlots, type SlotRead } from './savedGame';
import type { KeyValueStorage } from './storage';

/** How many games keep their slot: the newest ones; older ones are removed when a game starts. */
export const KEPT_GAMES = 10;

/** A game not finished and saved within this time may be in play in another tab: never removed. */
export const IN_PLAY_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A slot Continue lists as damaged (damagedGames): its newest entry cannot be read, nothing in it
 * can, it holds another slot's game, or a level this version lacks. The player was told of it and
 * may still download what it holds, so it is never pruned.
 */
function damagedSlot(slot: SlotRead, levelKnown: (id: string) => boolean): boolean {
  const save = slot.candidates[0]?.save;
  return (
    !save ||
    slot.newestDamaged ||
    gameSlotKey(save.id) !== slot.key ||
    !levelKnown(save.scenario.id)
  );
}

/**
 * Removes the slots (each with its backup) of finished or abandoned games beyond the KEPT_GAMES
 * most recently saved: without this, every game ever started stayed in storage until it was
 * full. Never the game `inPlay`, nor an unfinished game saved within IN_PLAY_MS (another tab
 * may be playing it), nor a damaged slot (damagedSlot; nor do those count among the kept). The
 * old saves (oldSaves.ts) of a game go with its slot. Then the kept levels (levelArchive.ts) no
 * remaining save, backup or old save was played under. Returns the slots removed.
 */
export function pruneOldSlots(
  storage: KeyValueStorage,
  inPlay: string,
  now: number,
  levelKnown: (id: string) => boolean = () => true,
): string[] {
  const slots = readSlots(storage); // newest first
  const healthy = slots.filter((slot) => !damagedSlot(slot, levelKnown));
  const mayBePlayed = (slot: SlotRead) => {
    const save = slot.candidates[0]?.save;
    return !!save && save.phase !== 'end' && now - save.savedAt < IN_PLAY_MS;
  };
  const removed = healthy
    .slice(KEPT_GAMES)
    .filter((slot) => slot.key !== gameSlotKey(inPlay) && !mayBePlayed(slot))
    .map((slot) => slot.key);
  for (const key of removed) {
    storage.removeItem(key);
    storage.removeItem(`${key}.lastGood`);
  }
  // A game's old saves go with its slot; the kept levels with the last save played under them
  // (a slot's newest entry or backup, or an old save).
  for (const key of removed) removeOldSaves(storage, gameIdOfSlot(key));
  const inUse = [
    ...slots
      .filter((slot) => !removed.includes(slot.key))
      .flatMap((slot) => slot.candidates.map((c) => c.save)),
    ...readOldSaves(storage).map((old) => old.save),
  ].map((save) => levelArchiveKey(save.scenario.id, save.scenario.revision));
  pruneLevelArchive(storage, new Set(inUse));
  return removed;
}
