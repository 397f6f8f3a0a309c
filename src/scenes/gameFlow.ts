import type Phaser from 'phaser';
import type { GamePhase, GameStoreState } from '../state/gameStore';
import { SceneKeys, type SceneKey } from './keys';
import { servicesOf } from './services';

/** The scene that shows each phase of a game. */
export const PHASE_SCENES: Record<GamePhase, SceneKey> = {
  briefing: SceneKeys.Briefing,
  plan: SceneKeys.Plan,
  run: SceneKeys.Run,
  review: SceneKeys.Review,
  end: SceneKeys.End,
};

/**
 * The scene for the game's state. In a live class the plan waits while no quarter is open, and
 * once the team has committed, until the trainer closes the quarter.
 */
export function sceneFor(state: GameStoreState): SceneKey {
  const { session, classTeam } = state;
  if (!session) return SceneKeys.Title;
  if (
    classTeam &&
    session.phase === 'plan' &&
    (classTeam.roomPhase !== 'open' || classTeam.committed)
  )
    return SceneKeys.ClassWait;
  return PHASE_SCENES[session.phase];
}

/** Starts the scene for the session's phase; with no session, back to the title. */
export function showCurrentPhase(scene: Phaser.Scene): void {
  scene.scene.start(sceneFor(servicesOf(scene).game.getState()));
}
