import type Phaser from 'phaser';
import { textStyle } from '../textStyle';

/**
 * A button wide enough for its label in the current language (Dutch labels run longer), never
 * narrower than `min`.
 */
export function buttonWidthFor(
  scene: Phaser.Scene,
  label: string,
  scale: number,
  min: number,
): number {
  const probe = scene.add.text(0, 0, label, textStyle('large', scale, { fontStyle: '600' }));
  const width = probe.width;
  probe.destroy();
  return Math.max(min, width + 56 * scale);
}
