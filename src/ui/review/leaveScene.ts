import type Phaser from 'phaser';

/**
 * Starts the next scene after taking focus off this one's button proxies: a proxy that still has
 * focus when its button is destroyed fires `blur` into a button that no longer exists.
 */
export function leaveFor(scene: Phaser.Scene, key: string): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.blur();
  scene.scene.start(key);
}
