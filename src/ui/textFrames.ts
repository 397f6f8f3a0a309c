import type Phaser from 'phaser';
import type { Rect } from './namedObjects';

/** What a text's frame is: a button's face (its label) or a panel, card or column it sits in. */
export type FrameKind = 'button' | 'box';

/**
 * The box a canvas text must stay inside (its button, card or panel), in game coordinates.
 * Components that draw a frame around a text register it here; the test build reports each
 * text with its frame, so a browser test can fail when a label leaves its button.
 */
const frames = new WeakMap<Phaser.GameObjects.Text, { rect: () => Rect | null; kind: FrameKind }>();

export function frameText(
  text: Phaser.GameObjects.Text,
  frame: () => Rect | null,
  kind: FrameKind = 'box',
): void {
  frames.set(text, { rect: frame, kind });
}

/** Frames every text in `texts` by the same box (a panel's or card's own texts). */
export function frameTexts(
  texts: readonly (Phaser.GameObjects.Text | null | undefined)[],
  frame: () => Rect | null,
): void {
  for (const text of texts) if (text) frameText(text, frame);
}

export function frameOf(text: Phaser.GameObjects.Text): Rect | null {
  return frames.get(text)?.rect() ?? null;
}

export function frameKindOf(text: Phaser.GameObjects.Text): FrameKind | null {
  return frames.get(text)?.kind ?? null;
}
