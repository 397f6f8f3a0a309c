import type Phaser from 'phaser';
import { breakAtSoftHyphens } from '../softHyphens';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** The sizes a map label may step down through to fit (times its type step), largest first. */
export const FIT_FACTORS: readonly number[] = [1, 0.9, 0.82];

/**
 * Sets `name` into `text` at the largest factor at which its lines fit `room`: wrapped between
 * words, or else with a word split where the locale marks it (a soft hyphen, shown as a hyphen;
 * a larger hyphenated word reads better from the back of a room than a smaller whole one). Only
 * when nothing fits even at the smallest factor is a word broken anywhere. Returns the factor, or
 * 0 when a word had to be broken so.
 */
export function fitLabel(
  text: Phaser.GameObjects.Text,
  name: string,
  room: number,
  style: (factor: number, breakWords: boolean) => TextStyle,
  factors: readonly number[] = FIT_FACTORS,
): number {
  for (const factor of factors) {
    if (text.text !== name) text.setText(name);
    text.setStyle(style(factor, false));
    if (text.width <= room) return factor;
    const split = breakAtSoftHyphens(name, room, (w) => text.context.measureText(w).width);
    if (split === name) continue;
    text.setText(split);
    if (text.width <= room) return factor;
  }
  text.setStyle(style(factors[factors.length - 1] ?? 1, true));
  return 0;
}

/**
 * Fits every label of a row of like things (the cards, the stage headers) at one size: the
 * largest (up to `largest`) at which each fits, so no card's name reads smaller than its
 * neighbour's.
 */
export function fitLabelsAlike(
  labels: readonly { text: Phaser.GameObjects.Text; name: string; room: number }[],
  style: (index: number, factor: number, breakWords: boolean) => TextStyle,
  largest = 1,
): number {
  const factors = FIT_FACTORS.filter((f) => f <= largest);
  const first = factors[0] ?? largest;
  const factor = Math.min(
    first,
    ...labels.map((l, i) => fitLabel(l.text, l.name, l.room, (f, b) => style(i, f, b), factors)),
  );
  const smallest = factors[factors.length - 1] ?? largest;
  const allowed = factors.filter((f) => f <= Math.max(factor, smallest));
  labels.forEach((l, i) => {
    if (factor < first) fitLabel(l.text, l.name, l.room, (f, b) => style(i, f, b), allowed);
  });
  return factor;
}
