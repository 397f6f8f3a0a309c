import { browserStorage, type KeyValueStorage } from './storage';

// Apart from savedGame.ts, which needs the engine's schemas: the title asks this before the rest
// of the game has loaded.

/** Where a game in progress is kept (with `.lastGood` beside it; see storage.ts). */
export const SAVED_GAME_KEY = 'nba.savedGame';

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

/** True when there is a game to continue: enables Continue on the title screen. */
export function hasSavedGame(storage: KeyValueStorage = browserStorage()): boolean {
  return (
    looksLikeSave(storage.getItem(SAVED_GAME_KEY)) ||
    looksLikeSave(storage.getItem(`${SAVED_GAME_KEY}.lastGood`))
  );
}
