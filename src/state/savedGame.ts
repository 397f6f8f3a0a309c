import { z } from '../engine/schema/zodMini';
import { DecisionLogSchema, DifficultySchema, IdSchema, QuarterDecisionsSchema } from '../engine';
import { LEGACY_GAME_ID, gameSlotKey, gameSlotKeys } from './hasSavedGame';
import { createVersionedStore, type KeyValueStorage, type VersionedStore } from './storage';

export {
  GAME_SLOT_PREFIX,
  LEGACY_GAME_ID,
  SAVED_GAME_KEY,
  gameSlotKey,
  hasSavedGame,
  savedGameStatus,
} from './hasSavedGame';
/** 2: each game has an id and its own slot, and when it was saved (see migrateSaveV1). */
export const SAVED_GAME_VERSION = 2;

export const GAME_PHASES = ['briefing', 'plan', 'run', 'review', 'end'] as const;
export const GamePhaseSchema = z.enum(GAME_PHASES);
export type GamePhase = z.infer<typeof GamePhaseSchema>;

export const GameIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));

/**
 * A save is the game's inputs, never its results: the scenario, seed, difficulty and decision log
 * are replayed by the engine on load, so Continue shows exactly the numbers the player saw.
 */
export const SavedGameSchema = z.object({
  /** The game's own id: its slot is `gameSlotKey(id)`. */
  id: GameIdSchema,
  /** When it was last saved (ms since 1970): Continue offers the newest game. */
  savedAt: z.number().check(z.int(), z.gte(0)),
  scenario: z.object({ id: IdSchema, revision: z.number().check(z.int()) }),
  seed: z.number().check(z.int(), z.gte(0), z.lte(0xffffffff)),
  difficulty: DifficultySchema,
  decisions: DecisionLogSchema,
  phase: GamePhaseSchema,
  /** The plan being drafted when the player left (null: start from the company's settings). */
  draft: z.nullable(QuarterDecisionsSchema),
  /** Events whose card was answered in the plan being drafted (absent in older saves). */
  answeredEvents: z.optional(z.array(IdSchema)),
  /**
   * The figures the player saw (resultsFingerprint of the quarters played; absent in older
   * saves): a replay of the game can then say whether it shows the same figures.
   */
  seen: z.optional(z.string().check(z.regex(/^[0-9a-f]{16}$/))),
});
export type SavedGame = z.infer<typeof SavedGameSchema>;

/** Version 1 kept one game, without an id, in `nba.savedGame`: it becomes the legacy game there. */
export function migrateSaveV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return null;
  return { ...data, id: LEGACY_GAME_ID, savedAt: 0 };
}

const migrate = (data: unknown, fromVersion: number): unknown =>
  fromVersion === 1 ? migrateSaveV1(data) : null;

const validate = (data: unknown): SavedGame | null => {
  const parsed = SavedGameSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
};

/** A game's slot: writes keep the previous good save as `.lastGood`. */
export function savedGameSlot(storage: KeyValueStorage, id: string): VersionedStore<SavedGame> {
  return createVersionedStore({
    key: gameSlotKey(id),
    version: SAVED_GAME_VERSION,
    validate,
    migrate,
    storage,
  });
}

/** One save that can be tried, and what reading it cost. */
export interface SaveCandidate {
  save: SavedGame;
  /** From the backup: the newest entry was damaged or could not be replayed. */
  fromBackup: boolean;
  /** The unfinished plan could not be read; the committed quarters could. */
  draftLost: boolean;
}

/**
 * A save's data in this version's format: as it is, or migrated from an older version; null for
 * a version this copy does not know (a newer one). Every reader of saves (slots, old saves, an
 * imported save file) goes through here, so a version bump migrates them all.
 */
export function currentSaveData(version: unknown, data: unknown): unknown {
  if (version === SAVED_GAME_VERSION) return data;
  return typeof version === 'number' && version < SAVED_GAME_VERSION
    ? migrate(data, version)
    : null;
}

/** Reads one entry; a draft that cannot be read is dropped rather than the whole save. */
function decodeEntry(raw: string | null): { save: SavedGame; draftLost: boolean } | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('version' in parsed)) return null;
  if (!('data' in parsed)) return null;
  const data = currentSaveData(parsed.version, parsed.data);
  const whole = validate(data);
  if (whole) return { save: whole, draftLost: false };
  if (typeof data !== 'object' || data === null) return null;
  const withoutDraft = validate({ ...data, draft: null });
  return withoutDraft ? { save: withoutDraft, draftLost: true } : null;
}

/** A slot as read: its raw newest entry (to notice other tabs' writes) and the saves to try. */
export interface SlotRead {
  key: string;
  raw: string | null;
  /** Newest first: the newest entry, then the backup when it differs. */
  candidates: SaveCandidate[];
  /** The newest entry is there but cannot be read at all. */
  newestDamaged: boolean;
}

export function readSlot(storage: KeyValueStorage, key: string): SlotRead {
  const raw = storage.getItem(key);
  const newest = decodeEntry(raw);
  const backup = decodeEntry(storage.getItem(`${key}.lastGood`));
  const candidates: SaveCandidate[] = [];
  if (newest) candidates.push({ ...newest, fromBackup: false });
  if (backup && JSON.stringify(backup.save) !== JSON.stringify(newest?.save))
    candidates.push({ ...backup, fromBackup: true });
  return { key, raw, candidates, newestDamaged: raw !== null && newest === null };
}

/** Every slot with something in it, the one saved most recently first (unreadable ones last). */
export function readSlots(storage: KeyValueStorage): SlotRead[] {
  const newestAt = (slot: SlotRead) => slot.candidates[0]?.save.savedAt ?? -1;
  return gameSlotKeys(storage)
    .map((key) => readSlot(storage, key))
    .sort((a, b) => newestAt(b) - newestAt(a));
}

/**
 * Every save worth trying, newest first: each slot's newest entry then its backup, the game
 * saved most recently first. The caller replays each in turn until one works.
 */
export function savedGameCandidates(storage: KeyValueStorage): SavedGame[] {
  return readSlots(storage).flatMap((slot) => slot.candidates.map((c) => c.save));
}
