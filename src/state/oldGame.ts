import {
  canonicalJson,
  hashText,
  newGame,
  playQuarter,
  type DecisionLog,
  type Difficulty,
  type QuarterOutcome,
  type Scenario,
} from '../engine';
import type { GameSession } from './gameStore';

/** A short fingerprint of a game's figures: a later replay can tell whether it shows the same. */
export function resultsFingerprint(results: readonly QuarterOutcome[]): string {
  return hashText(canonicalJson(results));
}

/**
 * A game played under an older revision of its level, replayed with the level as it was then:
 * to read (its debrief), never to play on or save.
 */
export interface OldGame extends Pick<
  GameSession,
  'id' | 'seed' | 'difficulty' | 'log' | 'results' | 'state'
> {
  /** The level as it was when the game was played (its revision is the old one). */
  scenario: Scenario;
  /** The level's revision now (the old game's is `scenario.revision`). */
  currentRevision: number;
  /**
   * The replay is today's engine playing the old level: `same` when it gives exactly the figures
   * stored with the game, `differ` when it does not (the rules, or the file, changed since),
   * `unknown` when nothing of the figures was stored (a save from before they were).
   */
  figures: 'same' | 'differ' | 'unknown';
}

export type OldGameResult =
  { ok: true; game: OldGame } | { ok: false; reason: 'noLevel' | 'refused' };

/**
 * Replays an old game with its own level (null: none was kept). `seen` is the fingerprint of the
 * figures stored with it (resultsFingerprint), when there is one.
 */
export function replayOldGame(
  level: Scenario | null,
  game: { id: string; seed: number; difficulty: Difficulty; decisions: DecisionLog },
  currentRevision: number,
  seen: string | undefined,
): OldGameResult {
  if (!level) return { ok: false, reason: 'noLevel' };
  let state = newGame(level, game.seed, game.difficulty);
  const results: QuarterOutcome[] = [];
  try {
    for (const decisions of game.decisions) {
      const step = playQuarter(level, state, decisions);
      state = step.state;
      results.push(step.outcome);
    }
  } catch {
    // The level it was played with refuses it too: a save that was changed, not a game played.
    return { ok: false, reason: 'refused' };
  }
  if (results.length === 0) return { ok: false, reason: 'refused' };
  const figures =
    seen === undefined ? 'unknown' : seen === resultsFingerprint(results) ? 'same' : 'differ';
  return {
    ok: true,
    game: {
      id: game.id,
      scenario: level,
      seed: game.seed,
      difficulty: game.difficulty,
      log: game.decisions,
      results,
      state,
      currentRevision,
      figures,
    },
  };
}
