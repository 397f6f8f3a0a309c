import type Phaser from 'phaser';
import { addText, textStyle } from '../textStyle';
import { chartColors, colors, hexToNumber } from '../theme';

/**
 * The card an event arrives on during the quarter: a warning stripe, its name, what happened and
 * the response the player chose. One container, moved in with one tween (none in reduced motion).
 */
export class EventCard {
  readonly container: Phaser.GameObjects.Container;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly kicker: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly response: Phaser.GameObjects.Text;
  private width = 340;
  private scale = 1;
  private home = { x: 0, y: 0 };

  constructor(private readonly scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    this.kicker = addText(scene);
    this.title = addText(scene);
    this.body = addText(scene);
    this.response = addText(scene);
    this.container = scene.add
      .container(0, 0, [this.g, this.kicker, this.title, this.body, this.response])
      .setDepth(20)
      .setVisible(false);
  }

  layout(x: number, y: number, width: number, scale: number): void {
    this.home = { x, y };
    this.width = width;
    this.scale = scale;
    this.container.setPosition(x, y);
  }

  show(
    texts: { kicker: string; title: string; body: string; response: string },
    animate: boolean,
  ): void {
    const s = this.scale;
    const pad = 18 * s;
    const inner = this.width - pad * 2 - 8 * s;
    this.kicker
      .setStyle(textStyle('small', s, { fontStyle: '700', color: colors.danger }))
      .setText(texts.kicker.toUpperCase())
      .setPosition(pad + 8 * s, pad);
    this.title
      .setStyle(textStyle('large', s, { fontStyle: '700', wordWrap: { width: inner } }))
      .setText(texts.title)
      .setPosition(pad + 8 * s, this.kicker.y + this.kicker.height + 4 * s);
    this.body
      .setStyle(textStyle('body', s, { color: colors.inkMuted, wordWrap: { width: inner } }))
      .setText(texts.body)
      .setPosition(pad + 8 * s, this.title.y + this.title.height + 6 * s);
    this.response
      .setStyle(textStyle('small', s, { fontStyle: '600', wordWrap: { width: inner } }))
      .setText(texts.response)
      .setPosition(pad + 8 * s, this.body.y + this.body.height + 10 * s);
    const height = this.response.y + this.response.height + pad;
    const g = this.g;
    g.clear();
    g.fillStyle(hexToNumber(colors.ink), 0.12);
    g.fillRoundedRect(0, 6 * s, this.width, height, 14 * s);
    g.fillStyle(hexToNumber(colors.surface), 1);
    g.fillRoundedRect(0, 0, this.width, height, 14 * s);
    g.fillStyle(hexToNumber(chartColors.orange), 1);
    g.fillRoundedRect(0, 0, 8 * s, height, { tl: 14 * s, bl: 14 * s, tr: 0, br: 0 });
    // Warning triangle beside the kicker: the card reads as an event without colour.
    const tx = this.width - pad - 12 * s;
    g.fillStyle(hexToNumber(colors.ink), 1);
    g.fillTriangle(tx, pad - 2 * s, tx + 12 * s, pad + 18 * s, tx - 12 * s, pad + 18 * s);
    g.fillStyle(hexToNumber(chartColors.yellow), 1);
    g.fillTriangle(tx, pad + 2 * s, tx + 8.5 * s, pad + 16 * s, tx - 8.5 * s, pad + 16 * s);

    this.scene.tweens.killTweensOf(this.container);
    this.container.setVisible(true).setAlpha(1).setPosition(this.home.x, this.home.y);
    if (animate) {
      this.container.setAlpha(0).setY(this.home.y - 24 * s);
      this.scene.tweens.add({
        targets: this.container,
        y: this.home.y,
        alpha: 1,
        duration: 380,
        ease: 'Cubic.easeOut',
      });
    }
  }

  hide(): void {
    this.scene.tweens.killTweensOf(this.container);
    this.container.setVisible(false);
  }

  get visible(): boolean {
    return this.container.visible;
  }
}
