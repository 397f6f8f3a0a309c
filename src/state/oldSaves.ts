import { storageKeys, type KeyValueStorage } from './storage';
import { SAVED_GAME_VERSION, SavedGameSchema, currentSaveData, type SavedGame } from './savedGame';

/**
 * Saves of an older level revision, kept as they were once Continue has carried their game over
 * to the new revision and cut quarters a decision of which no longer holds. The game's own slot
 * soon holds only the new revision's saves; this copy keeps the old game readable (its debrief,
 * with the level kept for that revision) for as long as the game's slot is kept.
 */
export const OLD_SAVE_PREFIX = 'nba.oldGame.';

/** Where the save of game `id` under `revision` is kept. */
export function oldSaveKey(id: string, revision: number): string {
  return `${OLD_SAVE_PREFIX}${id}.r${revision}`;
}

/** Keeps a save as it is (once per game and revision). Returns whether it is kept. */
export function keepOldSave(storage: KeyValueStorage, save: SavedGame): boolean {
  const key = oldSaveKey(save.id, save.scenario.revision);
  const text = JSON.stringify({ version: SAVED_GAME_VERSION, data: save });
  if (storage.getItem(key) === text) return true;
  storage.setItem(key, text);
  return storage.getItem(key) === text;
}

/** A kept old save: its storage key, the save (checked by the schema: storage can be edited) and its text. */
export interface OldSave {
  key: string;
  save: SavedGame;
  stored: string;
}

/** Every kept old save that can be read, the one saved most recently first. */
export function readOldSaves(storage: KeyValueStorage): OldSave[] {
  const saves: OldSave[] = [];
  for (const key of storageKeys(storage)) {
    if (!key.startsWith(OLD_SAVE_PREFIX)) continue;
    const stored = storage.getItem(key);
    const save = decodeOldSave(stored);
    if (save && stored !== null && key === oldSaveKey(save.id, save.scenario.revision))
      saves.push({ key, save, stored });
  }
  return saves.sort((a, b) => b.save.savedAt - a.save.savedAt);
}

function decodeOldSave(raw: string | null): SavedGame | null {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) return null;
    if (!('version' in parsed)) return null;
    const valid = SavedGameSchema.safeParse(currentSaveData(parsed.version, parsed.data));
    return valid.success ? valid.data : null;
  } catch {
    return null;
  }
}

/** Removes the old saves of game `id` (its slot is being removed). */
export function removeOldSaves(storage: KeyValueStorage, id: string): void {
  const prefix = `${OLD_SAVE_PREFIX}${id}.r`;
  for (const key of storageKeys(storage))
    if (key.startsWith(prefix) && /^\d+$/.test(key.slice(prefix.length))) storage.removeItem(key);
}
