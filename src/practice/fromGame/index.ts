/**
 * "From my game": questions drawn from the candidate's own last game. Every template computes its
 * answer from the game the engine replayed (and, for what-ifs, from a fork of it).
 */
import { seededRandom } from '../random';
import { BELIEVED_TEMPLATES } from './believedTemplates';
import type { GameContext } from './gameContext';
import type { GameQuestion } from './gameQuestion';
import { INSIGHT_TEMPLATES } from './insightTemplates';
import { NUMBER_TEMPLATES } from './numberTemplates';
import type { GameTemplate } from './template';
import { WHAT_IF_TEMPLATES } from './whatIfTemplates';

export { gameContextOf, type GameContext } from './gameContext';
export * from './gameQuestion';
export type { GameTemplate } from './template';

export const GAME_TEMPLATES: readonly GameTemplate[] = [
  ...NUMBER_TEMPLATES,
  ...INSIGHT_TEMPLATES,
  ...WHAT_IF_TEMPLATES,
  ...BELIEVED_TEMPLATES,
];

/** Every template that applies to the game, each built once from the seed. */
export function gameQuestions(ctx: GameContext, seed: number): GameQuestion[] {
  if (ctx.record.results.length === 0) return [];
  return GAME_TEMPLATES.flatMap((template, i) => {
    const q = template.build(ctx, seededRandom((seed >>> 0) + i * 7919));
    return q ? [q] : [];
  });
}
