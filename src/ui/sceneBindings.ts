import type Phaser from 'phaser';
import type { I18n } from '../i18n';

/**
 * Subscriptions a scene makes must end when the scene shuts down, or a restarted scene would
 * react twice. These helpers tie each one to the scene's SHUTDOWN.
 */
export function untilShutdown(scene: Phaser.Scene, unsubscribe: () => void): void {
  scene.events.once('shutdown', unsubscribe);
}

/** Calls `render` on every language change while the scene runs (every text at once). */
export function onLanguageChange(scene: Phaser.Scene, i18n: I18n, render: () => void): void {
  const listener = () => render();
  i18n.on('languageChanged', listener);
  untilShutdown(scene, () => i18n.off('languageChanged', listener));
}

/** Calls `layout` with the new size on every window resize while the scene runs. */
export function onResize(
  scene: Phaser.Scene,
  layout: (width: number, height: number) => void,
): void {
  const listener = (gameSize: Phaser.Structs.Size) => layout(gameSize.width, gameSize.height);
  scene.scale.on('resize', listener);
  untilShutdown(scene, () => scene.scale.off('resize', listener));
}
