import type Phaser from 'phaser';
import type { GamePhase } from '../state/gameStore';
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

/** Starts the scene for the session's phase; with no session, back to the title. */
export function showCurrentPhase(scene: Phaser.Scene): void {
  const session = servicesOf(scene).game.getState().session;
  scene.scene.start(session ? PHASE_SCENES[session.phase] : SceneKeys.Title);
}
