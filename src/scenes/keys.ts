import type Phaser from 'phaser';
import type { OldGame } from '../state/oldGame';

/** Every scene key in one place; main.ts builds the game from the scenes registered for these. */
export const SceneKeys = {
  Boot: 'Boot',
  Preload: 'Preload',
  Title: 'Title',
  ScenarioChoice: 'ScenarioChoice',
  Briefing: 'Briefing',
  Plan: 'Plan',
  Run: 'Run',
  Review: 'Review',
  End: 'End',
  Debrief: 'Debrief',
  ClassWait: 'ClassWait',
} as const;
export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

/** Emitted on `game.events` with the scene key whenever a scene has drawn and accepts input. */
export const SCENE_READY = 'scene-ready';
/** Emitted on `game.events` with the loader's progress (0–1) while Preload loads. */
export const PRELOAD_PROGRESS = 'preload-progress';
/** Emitted on `game.events` with the scene key when that scene shuts down. */
export const SCENE_GONE = 'scene-gone';

/** `'title-ready'` for `Title`: the per-scene event name tests and tools can wait for. */
export function readyEventName(key: string): string {
  return `${key.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-ready`;
}

/** Call at the end of `create()` (and after a re-layout that changes what can be clicked). */
export function announceSceneReady(scene: Phaser.Scene): void {
  const key = scene.scene.key;
  const events = scene.game.events;
  events.emit(SCENE_READY, key);
  events.emit(readyEventName(key));
  scene.events.once('shutdown', () => events.emit(SCENE_GONE, key));
}

/**
 * Hands over from `from` to the scene `to` in this frame rather than the next. The scene plugin's
 * `start` always waits for the scene manager's next update (a frame, ~17 ms); the manager itself
 * starts at once when it is not in the middle of one, as at boot and in a loader's callback, which
 * is where Boot and Preload hand over. The scene left behind stops on the next update.
 */
export function startAtOnce(from: Phaser.Scene, to: SceneKey): void {
  const manager = from.game.scene;
  if (manager.isProcessing) {
    from.scene.start(to);
    return;
  }
  from.cameras.main.setVisible(false);
  from.scene.stop();
  manager.start(to);
}

/**
 * Opens an old game's debrief, read only (DebriefScene's `oldGame`), whose Back returns to
 * `returnTo`: by default the scene it was opened from.
 */
export function openOldDebrief(
  from: Phaser.Scene,
  oldGame: OldGame,
  returnTo: SceneKey = from.scene.key as SceneKey,
): void {
  from.scene.start(SceneKeys.Debrief, { oldGame, returnTo });
}
