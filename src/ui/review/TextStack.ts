import type Phaser from 'phaser';
import { frameText } from '../textFrames';
import { addText, textStyle } from '../textStyle';
import { colors, hexToNumber, signColor } from '../theme';

export interface StackItem {
  text: string;
  /** A bar of this signed size (−1…1) before the text (drivers), or none. */
  bar?: number;
  /** Bold lead line (a driver's number, a quote's mark). */
  strong?: boolean;
  muted?: boolean;
  italic?: boolean;
}

/**
 * Lines of wrapped text stacked top-down inside a box, dropping what does not fit: the drivers
 * list and the customers' comments. A text object per item, reused across updates.
 */
export class TextStack {
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private readonly g: Phaser.GameObjects.Graphics;
  private items: StackItem[] = [];
  private box = { x: 0, y: 0, width: 100, height: 100, scale: 1 };
  /** The type step of the lines: dense where the list shares a screen, body on a page of its own. */
  private step: 'dense' | 'body' = 'dense';
  private shown = true;

  /**
   * `skipTooLong`: an item that does not fit is left out and the next ones still tried (separate
   * quotes, where a long one should not hide the shorter ones after it); otherwise the list stops
   * at the first that does not fit (the drivers, whose lines belong together).
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly skipTooLong = false,
  ) {
    this.g = scene.add.graphics();
  }

  setItems(items: StackItem[]): this {
    this.items = items;
    this.redraw();
    return this;
  }

  /** Shows or hides the whole list (a page of the Review that is not open). */
  setShown(shown: boolean): this {
    this.shown = shown;
    this.redraw();
    return this;
  }

  layout(
    x: number,
    y: number,
    width: number,
    height: number,
    scale: number,
    step: 'dense' | 'body' = 'dense',
  ): this {
    this.box = { x, y, width, height, scale };
    this.step = step;
    this.redraw();
    return this;
  }

  private text(i: number): Phaser.GameObjects.Text {
    while (this.texts.length <= i) {
      const text = addText(this.scene).setVisible(false);
      frameText(text, () => ({ ...this.box }));
      this.texts.push(text);
    }
    return this.texts[i]!;
  }

  private redraw(): void {
    const { x, y, width, height, scale: s } = this.box;
    this.g.clear();
    this.g.setVisible(this.shown);
    for (const t of this.texts) t.setVisible(false);
    let top = y;
    let full = false;
    let shown = 0;
    this.items.forEach((item, i) => {
      if (full) return;
      const barSpace = item.bar === undefined ? 0 : 58 * s;
      const t = this.text(i)
        .setStyle(
          textStyle(this.step, s, {
            color: item.muted ? colors.inkMuted : colors.ink,
            fontStyle: `${item.italic ? 'italic ' : ''}${item.strong ? '700' : '400'}`,
            wordWrap: { width: width - barSpace },
          }),
        )
        .setText(item.text)
        .setPosition(x + barSpace, top);
      if (top + t.height > y + height) {
        if (!this.skipTooLong) full = true;
        return;
      }
      t.setVisible(this.shown);
      shown = i + 1;
      if (item.bar !== undefined) {
        // A diverging bar: to the right for a rise, to the left for a fall, with a centre line.
        const mid = x + 26 * s;
        const size = Math.max(2 * s, Math.min(1, Math.abs(item.bar)) * 24 * s);
        const color = hexToNumber(signColor(item.bar));
        this.g.fillStyle(color, 1);
        const barY = top + 4 * s;
        if (item.bar >= 0) this.g.fillRect(mid, barY, size, 10 * s);
        else this.g.fillRect(mid - size, barY, size, 10 * s);
        this.g.fillStyle(hexToNumber(colors.ink), 1);
        this.g.fillRect(mid - 0.75 * s, barY - 3 * s, 1.5 * s, 16 * s);
      }
      top += t.height + 8 * s;
    });
    // A lead line whose lines below it did not fit would stand alone ("CES −0.5" and no reason).
    const last = this.items[shown - 1];
    if (full && shown > 1 && last?.strong && !this.items[shown]?.strong)
      this.texts[shown - 1]!.setVisible(false);
  }

  destroy(): void {
    this.g.destroy();
    for (const t of this.texts) t.destroy();
  }
}
