import type Phaser from 'phaser';
import {
  DecisionLogSchema,
  DifficultySchema,
  ScenarioSchema,
  replay,
  type GameRecord,
} from '../engine';
import { visibleTexts, type TextReport } from './textReport';

/** What the browser tests can ask of the engine compiled into the test build. */
export interface EngineHook {
  /** Replays a whole game from plain JSON (as Node would) and returns its record and hash. */
  replayGame(scenario: unknown, seed: number, difficulty: string, log: unknown): GameRecord;
  /** Every visible canvas text: its font size and bounds in CSS pixels, and its frame. */
  texts(): TextReport[];
}

/**
 * Test builds only (main.ts calls this inside its `__E2E__` block, so production bundles drop it):
 * lets a browser test play a game with the very engine code the player's browser runs, to compare
 * its hash with the same game played in Node.
 */
export function engineHook(game: Phaser.Game): EngineHook {
  return {
    texts: () => visibleTexts(game),
    replayGame(scenario, seed, difficulty, log) {
      return replay(
        ScenarioSchema.parse(scenario),
        seed,
        DifficultySchema.parse(difficulty),
        DecisionLogSchema.parse(log),
      );
    },
  };
}
