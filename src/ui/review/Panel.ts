import type Phaser from 'phaser';
import { frameText } from '../textFrames';
import { addText, textStyle } from '../textStyle';
import { colors, hexToNumber } from '../theme';

/** A white card with a heading: the frame every block of the Review and End screens sits in. */
export class Panel {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;
  private box = { x: 0, y: 0, width: 100, height: 100, scale: 1 };
  private shown = true;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(-1);
    this.heading = addText(scene);
    this.frame(this.heading);
  }

  /** Registers a text drawn on this card: it must stay inside the card. */
  frame(text: Phaser.GameObjects.Text): this {
    frameText(text, () => ({ ...this.box }));
    return this;
  }

  /** Shows or hides the card and its heading (a page of the Review that is not open). */
  setShown(shown: boolean): this {
    this.shown = shown;
    this.g.setVisible(shown);
    this.heading.setVisible(shown);
    return this;
  }

  setHeading(text: string): this {
    this.heading.setText(text);
    return this;
  }

  layout(x: number, y: number, width: number, height: number, scale: number): this {
    this.box = { x, y, width, height, scale };
    const g = this.g;
    g.clear();
    g.fillStyle(hexToNumber(colors.ink), 0.05);
    g.fillRoundedRect(x, y + 3 * scale, width, height, 12 * scale);
    g.fillStyle(hexToNumber(colors.surface), 1);
    g.fillRoundedRect(x, y, width, height, 12 * scale);
    g.lineStyle(1, hexToNumber(colors.line), 1);
    g.strokeRoundedRect(x, y, width, height, 12 * scale);
    this.heading
      .setStyle(
        textStyle('body', scale, { fontStyle: '700', wordWrap: { width: this.headingRoom } }),
      )
      .setPosition(x + this.pad, y + this.pad * 0.75);
    return this;
  }

  /**
   * The card's frame on the canvas (for named objects: coach marks, "?" explanations, tests);
   * null while the card is hidden.
   */
  get bounds(): { x: number; y: number; width: number; height: number } | null {
    if (!this.shown) return null;
    const { x, y, width, height } = this.box;
    return { x, y, width, height };
  }

  /** The heading line's room: it stops short of the top right corner, where the "?" is pinned. */
  get headingRoom(): number {
    return this.box.width - this.pad - Math.max(40, 40 * this.box.scale);
  }

  get headingWidth(): number {
    return this.heading.width;
  }

  get pad(): number {
    return 14 * this.box.scale;
  }

  /** The area under the heading. */
  get inner(): { x: number; y: number; width: number; height: number } {
    const top = this.heading.y + this.heading.height + 8 * this.box.scale;
    return {
      x: this.box.x + this.pad,
      y: top,
      width: this.box.width - this.pad * 2,
      height: this.box.y + this.box.height - top - this.pad * 0.75,
    };
  }

  destroy(): void {
    this.g.destroy();
    this.heading.destroy();
  }
}
