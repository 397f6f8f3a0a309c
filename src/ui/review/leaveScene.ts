import type Phaser from 'phaser';

/**
 * Takes focus off this scene's button proxies before it closes: a proxy that still has focus when
 * its button is destroyed fires `blur` into a button that no longer exists.
 */
export function releaseFocus(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.blur();
}

/**
 * Starts the next scene after releasing focus. Phaser keeps a scene's last data when start() is
 * given none, so it is always given some (empty by default): the next scene never sees what an
 * earlier start passed (an old game's debrief, a continued game's id).
 */
export function leaveFor(scene: Phaser.Scene, key: string, data: object = {}): void {
  releaseFocus();
  scene.scene.start(key, data);
}
