import type Phaser from 'phaser';
import { frameTexts } from '../textFrames';
import { addText, textStyle } from '../textStyle';
import { chartColors, colors, hexToNumber } from '../theme';
import { OVERLOAD, type RunTimeline } from '../viewModels/runTimeline';

/**
 * The channels beside the map: how full each one is getting as the quarter runs, its average
 * wait, and a queue marker on the ones that are overloaded. Closed channels are shown as closed.
 */
export class ChannelPanel {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly names: Phaser.GameObjects.Text[];
  private readonly details: Phaser.GameObjects.Text[];
  private readonly heading: Phaser.GameObjects.Text;
  private box = { x: 0, y: 0, width: 260, height: 400, scale: 1 };
  private rowHeight = 40;
  /** From a row's top to its bar: under the name, however tall the text size makes it. */
  private barOffset = 22;
  /**
   * Room the bars leave at their right for the figures: none when the figures share the names'
   * line; else the widest figure's, so every bar has the same length and their fills compare.
   */
  private besideBars = 0;
  private detailTexts: string[] = [];
  private fullNames: string[] = [];
  private shortNames: readonly (string | null)[] = [];
  private short = false;

  constructor(
    scene: Phaser.Scene,
    private readonly timeline: RunTimeline,
  ) {
    this.g = scene.add.graphics().setDepth(1);
    this.heading = addText(scene).setDepth(2);
    this.names = timeline.channels.map(() => addText(scene).setDepth(2));
    this.details = timeline.channels.map(() => addText(scene).setDepth(2));
    frameTexts([this.heading, ...this.names, ...this.details], () => this.bounds);
  }

  /**
   * The panel widths its rows ask for: `names` for the widest name alone (the figures then go
   * beside the bars, a taller row), `oneLine` for each name and its figures on one line.
   */
  widthNeed(scale: number): { names: number; oneLine: number } {
    this.styleRows(scale);
    const pad = 28 * scale;
    const gap = 10 * scale;
    return {
      names: Math.max(0, ...this.names.map((n) => n.width)) + pad,
      oneLine:
        Math.max(0, ...this.names.map((n, i) => n.width + gap + this.details[i]!.width)) + pad,
    };
  }

  /**
   * `shortNames`: a channel's short label where its level gives one ("restaurant & spa team"),
   * shown when the full names would not fit the widest sidebar (see `useShortNames`).
   */
  setTexts(
    heading: string,
    names: string[],
    details: string[],
    shortNames: readonly (string | null)[] = [],
  ): void {
    this.heading.setText(heading);
    this.fullNames = names;
    this.shortNames = shortNames;
    this.useShortNames(this.short);
    this.detailTexts = details;
    details.forEach((d, i) => this.details[i]!.setText(d));
  }

  /** Shows the short labels (where given) instead of the full names, or the full names again. */
  useShortNames(short: boolean): void {
    this.short = short;
    this.fullNames.forEach((n, i) =>
      this.names[i]!.setText((short ? this.shortNames[i] : null) ?? n),
    );
  }

  /** Places the texts and draws the frame and empty bars into `still` (a baked layer). */
  layout(
    still: Phaser.GameObjects.Graphics,
    x: number,
    y: number,
    width: number,
    height: number,
    scale: number,
  ): void {
    this.box = { x, y, width, height, scale };
    const headingStyle = textStyle('body', scale, { fontStyle: '700', color: colors.ink });
    this.heading.setStyle(headingStyle).setPosition(x + 14 * scale, y + 12 * scale);
    const top = y + 46 * scale;
    const rows = this.timeline.channels.length;
    const gap = 10 * scale;
    const besideBars = this.figuresBesideBars(width, scale);
    this.styleRows(scale, besideBars);
    this.rowHeight = Math.max(
      this.rowNeed(scale, besideBars),
      Math.min(54 * scale, (height - 56 * scale) / rows),
    );
    this.besideBars = besideBars ? Math.max(0, ...this.details.map((d) => d.width)) + gap : 0;
    this.timeline.channels.forEach((_, i) => {
      const rowY = top + i * this.rowHeight;
      this.names[i]!.setPosition(x + 14 * scale, rowY);
      const bar = this.bar(i);
      if (besideBars)
        this.details[i]!.setOrigin(1, 0.5).setPosition(
          x + width - 14 * scale,
          bar.y + bar.height / 2,
        );
      else this.details[i]!.setOrigin(1, 0).setPosition(x + width - 14 * scale, rowY + 1 * scale);
    });
    still.fillStyle(hexToNumber(colors.surface), 1);
    still.fillRoundedRect(x, y, width, height, 12 * scale);
    still.lineStyle(1, hexToNumber(colors.line), 1);
    still.strokeRoundedRect(x, y, width, height, 12 * scale);
    this.timeline.channels.forEach((_, i) => {
      const bar = this.bar(i);
      still.fillStyle(hexToNumber(colors.surfaceMuted), 1);
      still.fillRect(bar.x, bar.y, bar.width, bar.height);
    });
  }

  /** The height the panel needs at this width, scale and text size: heading and a row each. */
  minHeight(scale: number, width: number): number {
    const besideBars = this.figuresBesideBars(width, scale);
    this.styleRows(scale, besideBars);
    return 56 * scale + this.timeline.channels.length * this.rowNeed(scale, besideBars);
  }

  /**
   * On a narrow sidebar (1024 px, long Dutch names) a name and its figures do not share a line:
   * then every row's figures move beside its bar, so no name is cut or overrun.
   */
  private figuresBesideBars(width: number, scale: number): boolean {
    this.styleRows(scale);
    const inner = width - 28 * scale;
    return this.timeline.channels.some(
      (_, i) => this.names[i]!.width + 10 * scale + this.details[i]!.width > inner,
    );
  }

  private styleRows(scale: number, besideBars = false): void {
    this.timeline.channels.forEach((channel, i) => {
      this.names[i]!.setStyle(
        textStyle('small', scale, {
          fontStyle: '600',
          color: channel.open ? colors.ink : colors.inkMuted,
        }),
      );
      this.details[i]!.setStyle(
        textStyle('small', scale * 0.9, { color: colors.inkMuted, align: 'right' }),
      );
    });
    const nameHeight = Math.max(0, ...this.names.map((n) => n.height));
    const figures = Math.max(0, ...this.details.map((d) => d.height));
    // Figures beside a bar are centred on it: the bar sits low enough for them to clear the name.
    this.barOffset = Math.max(
      22 * scale,
      nameHeight + 3 * scale,
      besideBars ? nameHeight + figures / 2 - 4 * scale + 1 : 0,
    );
  }

  /**
   * A row: the name, its bar, and room under the bar for the queue marks, or for the lower half
   * of the figures when they stand beside the bar.
   */
  private rowNeed(scale: number, besideBars: boolean): number {
    const figures = Math.max(0, ...this.details.map((d) => d.height));
    const beside = besideBars ? 4 * scale + figures / 2 + 3 * scale : 0;
    return this.barOffset + Math.max(13 * scale, beside);
  }

  /** The panel's frame on the canvas (for named objects: coach marks, "?" explanations). */
  get bounds(): { x: number; y: number; width: number; height: number } {
    const { x, y, width, height } = this.box;
    return { x, y, width, height };
  }

  private bar(i: number): { x: number; y: number; width: number; height: number } {
    const { x, y, width, scale } = this.box;
    return {
      x: x + 14 * scale,
      y: y + 46 * scale + i * this.rowHeight + this.barOffset,
      width: width - 28 * scale - this.besideBars,
      height: 8 * scale,
    };
  }

  /** `progress` 0…1 through the quarter; `waiting` customers now queuing per channel. */
  draw(progress: number, waiting: readonly number[]): void {
    const scale = this.box.scale;
    const g = this.g;
    g.clear();
    this.timeline.channels.forEach((channel, i) => {
      if (!channel.open) return;
      const bar = this.bar(i);
      // The load builds up through the quarter to what the channel really carried.
      const load = Math.min(1.25, channel.load * Math.min(1, 0.35 + progress));
      const color = load >= OVERLOAD ? chartColors.vermillion : chartColors.bluishGreen;
      g.fillStyle(hexToNumber(color), 1);
      g.fillRect(bar.x, bar.y, Math.max(bar.height, bar.width * Math.min(1, load)), bar.height);
      // Customers queuing now: small ink squares under the bar's end, one per customer.
      const queued = Math.min(12, waiting[i] ?? 0);
      if (channel.overloaded && queued > 0) {
        g.fillStyle(hexToNumber(colors.ink), 0.75);
        for (let k = 0; k < queued; k++) {
          g.fillRect(
            bar.x + bar.width - (k + 1) * 7 * scale,
            bar.y + bar.height + 3 * scale,
            4 * scale,
            4 * scale,
          );
        }
      }
    });
  }

  /** The texts that change only with the layout or the language (the details are the quarter's). */
  get stillTexts(): readonly Phaser.GameObjects.Text[] {
    return [this.heading, ...this.names, ...this.details];
  }

  destroy(): void {
    this.g.destroy();
    this.heading.destroy();
    for (const t of [...this.names, ...this.details]) t.destroy();
  }

  get detailLines(): readonly string[] {
    return this.detailTexts;
  }
}
