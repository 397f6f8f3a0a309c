import { canonicalJson, type Scenario } from '../engine';
import { parseLevel } from '../content/levelLoader';
import { storageKeys, type KeyValueStorage } from './storage';

/**
 * Each level revision a saved game was played under, kept once per scenario and revision (not
 * per save: a level is some 40 kB). When a level's revision is raised, a game saved under the old
 * one can still be replayed bit for bit with the level it was played with, and its debrief read.
 */
export const LEVEL_ARCHIVE_PREFIX = 'nba.level.';

export function levelArchiveKey(id: string, revision: number): string {
  return `${LEVEL_ARCHIVE_PREFIX}${id}.r${revision}`;
}

/**
 * Keeps the level as it is now under its id and revision, unless that exact text is there
 * already. Called after a game's own save was written: a storage too full for the level never
 * costs the save. Returns whether the level is kept.
 */
export function keepLevel(storage: KeyValueStorage, scenario: Scenario): boolean {
  const key = levelArchiveKey(scenario.id, scenario.revision);
  const text = canonicalJson(scenario);
  if (storage.getItem(key) === text) return true;
  storage.setItem(key, text);
  return storage.getItem(key) === text;
}

/**
 * The level kept for a scenario's revision, checked by the engine's schema as a shipped level is
 * (storage can be edited): null when none was kept (a game saved before levels were kept, or a
 * storage that was full) or it cannot be read.
 */
export function archivedLevel(
  storage: KeyValueStorage,
  id: string,
  revision: number,
): Scenario | null {
  const raw = storage.getItem(levelArchiveKey(id, revision));
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = parseLevel(`${id}@${revision}`, data);
  if (!parsed.ok || parsed.value.id !== id || parsed.value.revision !== revision) return null;
  return parsed.value;
}

/** Removes every kept level no saved game refers to (`inUse`: keys by levelArchiveKey). */
export function pruneLevelArchive(storage: KeyValueStorage, inUse: ReadonlySet<string>): void {
  for (const key of storageKeys(storage))
    if (key.startsWith(LEVEL_ARCHIVE_PREFIX) && !inUse.has(key)) storage.removeItem(key);
}
