import type Phaser from 'phaser';
import type { GamePhase } from '../state/gameStore';
import { SceneKeys, isSceneRegistered, type SceneKey } from './keys';
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
 * Starts the scene for the session's phase. A phase whose screen is not part of this build is
 * stepped past through the store's own intents (run → review → next plan), so the game stays
 * playable while screens are added; with no session, back to the title.
 */
export function showCurrentPhase(scene: Phaser.Scene): void {
  const { game } = servicesOf(scene);
  for (let guard = 0; guard < 4; guard++) {
    const session = game.getState().session;
    if (!session) break;
    const key = PHASE_SCENES[session.phase];
    if (isSceneRegistered(scene, key)) {
      scene.scene.start(key);
      return;
    }
    if (session.phase === 'run') game.getState().finishRun();
    else if (session.phase === 'review') game.getState().continueGame();
    else break;
  }
  scene.scene.start(SceneKeys.Title);
}
