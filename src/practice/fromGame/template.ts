import type { Competency } from '../competencies';
import type { Random } from '../random';
import type { GameContext } from './gameContext';
import type { GameQuestion } from './gameQuestion';

/** A question template over a played game; null when the game lacks what it needs. */
export interface GameTemplate {
  id: string;
  competency: Competency;
  build(ctx: GameContext, random: Random): GameQuestion | null;
}
