import {
  debriefOf,
  replay,
  type DecisionLog,
  type Difficulty,
  type GameRecord,
  type Lesson,
  type QuarterOutcome,
  type Scenario,
} from '../../engine';

/** What a template may draw on: the game as the engine replayed it, and its debrief's lessons. */
export interface GameContext {
  scenario: Scenario;
  record: GameRecord;
  lessons: readonly Lesson[];
}

export const outcomes = (ctx: GameContext): readonly QuarterOutcome[] => ctx.record.results;
export const lastIndex = (ctx: GameContext) => ctx.record.results.length - 1;
export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The context of a saved game: replayed by the engine, with its debrief's lessons. A game of no
 * quarter has nothing to ask about: null.
 */
export function gameContextOf(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): GameContext | null {
  if (log.length === 0) return null;
  const record = replay(scenario, seed, difficulty, log);
  const debrief = debriefOf(scenario, seed, difficulty, record.decisions);
  return { scenario, record, lessons: debrief.lessons };
}
