import type Phaser from 'phaser';

/**
 * A DOM container in the overlay holding one scene's button proxies, in tab order. It goes away
 * with the scene, so focus never lands on a button that is no longer drawn.
 */
export function createProxyLayer(scene: Phaser.Scene, overlay: HTMLElement): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'proxy-layer';
  layer.dataset.scene = scene.scene.key;
  overlay.appendChild(layer);
  scene.events.once('shutdown', () => layer.remove());
  return layer;
}
