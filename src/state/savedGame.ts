import { z } from 'zod';
import { DecisionLogSchema, DifficultySchema, IdSchema, QuarterDecisionsSchema } from '../engine';
import { SAVED_GAME_KEY } from './hasSavedGame';
import { createVersionedStore, type KeyValueStorage, type VersionedStore } from './storage';

export { SAVED_GAME_KEY, hasSavedGame } from './hasSavedGame';
export const SAVED_GAME_VERSION = 1;

export const GAME_PHASES = ['briefing', 'plan', 'run', 'review', 'end'] as const;
export const GamePhaseSchema = z.enum(GAME_PHASES);
export type GamePhase = z.infer<typeof GamePhaseSchema>;

/**
 * A save is the game's inputs, never its results: the scenario, seed, difficulty and decision log
 * are replayed by the engine on load, so Continue shows exactly the numbers the player saw.
 */
export const SavedGameSchema = z.object({
  scenario: z.object({ id: IdSchema, revision: z.number().int() }),
  seed: z.number().int().min(0).max(0xffffffff),
  difficulty: DifficultySchema,
  decisions: DecisionLogSchema,
  phase: GamePhaseSchema,
  /** The plan being drafted when the player left (null: start from the company's settings). */
  draft: QuarterDecisionsSchema.nullable(),
  /** Events whose card was answered in the plan being drafted (absent in older saves). */
  answeredEvents: z.array(IdSchema).optional(),
});
export type SavedGame = z.infer<typeof SavedGameSchema>;

const validate = (data: unknown): SavedGame | null => {
  const parsed = SavedGameSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
};

/** The saved game's slot: writes keep the previous good save as `.lastGood`. */
export function savedGameSlot(storage: KeyValueStorage): VersionedStore<SavedGame> {
  return createVersionedStore({
    key: SAVED_GAME_KEY,
    version: SAVED_GAME_VERSION,
    validate,
    storage,
  });
}

/**
 * The saves worth trying, newest first: the current one, then the last good one. The caller
 * replays each in turn, so a save that parses but cannot be replayed still falls back.
 */
export function savedGameCandidates(storage: KeyValueStorage): SavedGame[] {
  const current = createVersionedStore({
    key: SAVED_GAME_KEY,
    version: SAVED_GAME_VERSION,
    validate,
    storage,
  });
  // A read-only view of the backup: its own `.lastGood` never exists, so it reads one entry.
  const backup = createVersionedStore({
    key: `${SAVED_GAME_KEY}.lastGood`,
    version: SAVED_GAME_VERSION,
    validate,
    storage,
  });
  const found = [current.read(), backup.read()].filter((s): s is SavedGame => s !== null);
  // When the current entry is unreadable, `current.read()` already fell back to the backup.
  return found.filter((s, i) => i === 0 || JSON.stringify(s) !== JSON.stringify(found[0]));
}
