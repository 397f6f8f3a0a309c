import type Phaser from 'phaser';
import { colors, fontFamily, typeScale } from './theme';

/** A Phaser text style from the type scale, sharp on high-density screens. */
export function textStyle(
  size: keyof typeof typeScale,
  scale: number,
  overrides: Phaser.Types.GameObjects.Text.TextStyle = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily,
    fontSize: `${Math.round(typeScale[size] * scale)}px`,
    color: colors.ink,
    resolution: Math.max(1, Math.min(2, window.devicePixelRatio || 1)),
    ...overrides,
  };
}
