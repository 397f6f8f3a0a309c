import type Phaser from 'phaser';
import { textStyle } from '../textStyle';
import { colors, hexToNumber } from '../theme';
import { levelColor } from './chartPalette';

/** Room between the number and a tick at the ring's base line, in px at scale 1. */
const TICK_CLEARANCE = 6;

/**
 * A half-ring gauge for a value from 0 to 1, with the number and a label under it. `goodWhenLow`
 * turns the colour scale round (a gap is good when small). Colour follows the diverging scale and
 * the filled length carries the same information, so it reads without colour.
 */
export class Gauge {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly labelText: Phaser.GameObjects.Text;
  private value: number | null = 0;
  private spread = 0;
  private goodWhenLow = true;
  private box = { x: 0, y: 0, size: 100, scale: 1, labelDrop: 0 };

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    this.valueText = scene.add.text(0, 0, '', textStyle('large', 1)).setOrigin(0.5, 1);
    this.labelText = scene.add.text(0, 0, '', textStyle('small', 1)).setOrigin(0.5, 0);
  }

  /**
   * `value` null: unknown, only the empty ring is drawn. `spread`: the uncertainty of an estimate,
   * drawn as a thin band either side of the tick.
   */
  setValue(
    value: number | null,
    label: string,
    text: string,
    goodWhenLow = true,
    spread = 0,
  ): this {
    this.value = value === null ? null : Math.min(1, Math.max(0, value));
    this.spread = spread;
    this.goodWhenLow = goodWhenLow;
    this.labelText.setText(label);
    this.valueText.setText(text);
    this.redraw();
    return this;
  }

  /** The gauge's texts (its number and label), for the card they sit in to frame. */
  get texts(): Phaser.GameObjects.Text[] {
    return [this.valueText, this.labelText];
  }

  /** Shows or hides the gauge (a page of the Review that is not open). */
  setShown(shown: boolean): this {
    for (const o of [this.g, this.valueText, this.labelText]) o.setVisible(shown);
    return this;
  }

  /** The label's height at this scale and text size (to stagger neighbours by a full line). */
  labelHeight(scale: number): number {
    this.labelText.setStyle(textStyle('small', scale, { color: colors.inkMuted, align: 'center' }));
    return this.labelText.height;
  }

  /** The label's width in the style `labelHeight` last set. */
  get labelWidth(): number {
    return this.labelText.width;
  }

  /**
   * (x, y) is the centre of the ring's base line; size its outer diameter. `labelDrop` moves the
   * label down (to stagger neighbours' labels).
   */
  layout(x: number, y: number, size: number, scale: number, labelDrop = 0): this {
    this.box = { x, y, size, scale, labelDrop };
    this.redraw();
    return this;
  }

  destroy(): void {
    this.g.destroy();
    this.valueText.destroy();
    this.labelText.destroy();
  }

  private redraw(): void {
    const { x, y, size, scale } = this.box;
    const r = size / 2;
    const thickness = Math.max(6, size * 0.14);
    const g = this.g;
    g.clear();
    const arc = (from: number, to: number, color: number) => {
      g.lineStyle(thickness, color, 1);
      g.beginPath();
      g.arc(x, y, r - thickness / 2, Math.PI + from * Math.PI, Math.PI + to * Math.PI, false);
      g.strokePath();
    };
    arc(0, 1, hexToNumber(colors.surfaceMuted));
    const value = this.value;
    if (value !== null) {
      const level = this.goodWhenLow ? 1 - value : value;
      if (value > 0.001) arc(0, value, levelColor(level));
      // A tick at the value's end, in ink, so the position reads even in greyscale; across the
      // ring and out, never into the hole where the number stands.
      const tick = (at: number, width: number, alpha: number) => {
        const angle = Math.PI + at * Math.PI;
        g.lineStyle(width * scale, hexToNumber(colors.ink), alpha);
        g.lineBetween(
          x + Math.cos(angle) * (r - thickness),
          y + Math.sin(angle) * (r - thickness),
          x + Math.cos(angle) * (r + 3 * scale),
          y + Math.sin(angle) * (r + 3 * scale),
        );
      };
      tick(value, 2.5, 1);
      if (this.spread > 0.005) {
        tick(Math.max(0, value - this.spread), 1.5, 0.6);
        tick(Math.min(1, value + this.spread), 1.5, 0.6);
      }
    }
    // The number sits in the ring's hole: a smaller step where it would run onto the ring, or come
    // so close to a tick at either end (a value near 0 or 1) that the tick reads as a minus sign.
    const hole = 2 * (r - thickness) - 2 * TICK_CLEARANCE * scale;
    for (const step of ['large', 'body', 'small'] as const) {
      this.valueText.setStyle(textStyle(step, scale, { fontStyle: '700', color: colors.ink }));
      if (this.valueText.width <= hole) break;
    }
    this.valueText.setPosition(x, y + 2 * scale);
    this.labelText.setStyle(
      textStyle('small', scale, {
        color: colors.inkMuted,
        align: 'center',
      }),
    );
    this.labelText.setPosition(x, y + 8 * scale + this.box.labelDrop);
  }
}
