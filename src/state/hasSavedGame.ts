import { storageKeys, type KeyValueStorage } from './storage';

// Apart from savedGame.ts, which needs the engine's schemas: the title asks this before the rest
// of the game has loaded.

/** Where a game saved by earlier versions is kept (with `.lastGood` beside it; see storage.ts). */
export const SAVED_GAME_KEY = 'nba.savedGame';
/** Each game has its own slot, `nba.game.<id>`, so a game started in another tab leaves it be. */
export const GAME_SLOT_PREFIX = 'nba.game.';
/** The id of the one game an earlier version saved (in SAVED_GAME_KEY). */
export const LEGACY_GAME_ID = 'legacy';
const BACKUP_SUFFIX = '.lastGood';

/** The slot of a game. */
export function gameSlotKey(id: string): string {
  return id === LEGACY_GAME_ID ? SAVED_GAME_KEY : `${GAME_SLOT_PREFIX}${id}`;
}

/** The game id a slot key holds (gameSlotKey's inverse). */
export function gameIdOfSlot(key: string): string {
  return key === SAVED_GAME_KEY ? LEGACY_GAME_ID : key.slice(GAME_SLOT_PREFIX.length);
}

/** Every slot that holds something (its newest entry or only its backup). */
export function gameSlotKeys(storage: KeyValueStorage): string[] {
  const slots = new Set<string>();
  for (const key of storageKeys(storage)) {
    const slot = key.endsWith(BACKUP_SUFFIX) ? key.slice(0, -BACKUP_SUFFIX.length) : key;
    if (slot === SAVED_GAME_KEY || slot.startsWith(GAME_SLOT_PREFIX)) slots.add(slot);
  }
  return [...slots].sort();
}

function looksLikeSave(raw: string | null): boolean {
  if (raw === null) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      'version' in parsed &&
      typeof parsed.version === 'number' &&
      'data' in parsed &&
      parsed.data !== null
    );
  } catch {
    return false;
  }
}

/**
 * What the title can say about Continue: a game to continue, one to continue while another
 * game's newest save cannot be read (it may be the newer game, so the player is told), none yet,
 * saves that are all damaged, or a browser that keeps nothing (storage blocked, so this visit's
 * games are not kept).
 */
export type SavedGameStatus = 'available' | 'someDamaged' | 'none' | 'damaged' | 'unavailable';

export function savedGameStatus(
  storage: KeyValueStorage & { readonly persistent?: boolean },
): SavedGameStatus {
  const slots = gameSlotKeys(storage);
  const readable = slots.some(
    (slot) =>
      looksLikeSave(storage.getItem(slot)) || looksLikeSave(storage.getItem(slot + BACKUP_SUFFIX)),
  );
  // A damaged entry says nothing of when it was saved: it may be the game played last.
  const damaged = slots.some((slot) => {
    const raw = storage.getItem(slot);
    return raw !== null && !looksLikeSave(raw);
  });
  if (readable) return damaged ? 'someDamaged' : 'available';
  if (storage.persistent === false) return 'unavailable';
  return slots.length > 0 ? 'damaged' : 'none';
}

/** True when there is a game to continue: enables Continue on the title screen. */
export function hasSavedGame(storage: KeyValueStorage): boolean {
  const status = savedGameStatus(storage);
  return status === 'available' || status === 'someDamaged';
}
