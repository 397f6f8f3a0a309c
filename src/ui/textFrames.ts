import type Phaser from 'phaser';
import type { Rect } from './namedObjects';

/**
 * The box a canvas text must stay inside (its button, card or panel), in game coordinates.
 * Components that draw a frame around a text register it here; the test build reports each
 * text with its frame, so a browser test can fail when a label leaves its button.
 */
const frames = new WeakMap<Phaser.GameObjects.Text, () => Rect | null>();

export function frameText(text: Phaser.GameObjects.Text, frame: () => Rect | null): void {
  frames.set(text, frame);
}

export function frameOf(text: Phaser.GameObjects.Text): Rect | null {
  return frames.get(text)?.() ?? null;
}
