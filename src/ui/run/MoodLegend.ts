import type Phaser from 'phaser';
import { frameTexts } from '../textFrames';
import { addText, textStyle } from '../textStyle';
import { colors, hexToNumber } from '../theme';
import type { MoodBand } from '../viewModels/runTimeline';
import { MOOD_BANDS, MOOD_STYLE } from './moodStyle';

/** The key to the customer marks (shape + colour per mood) with how many finished in each. */
/** The mood key as a band under the map: on one line or two, and its height. */
export interface BandNeed {
  oneLine: boolean;
  height: number;
}

export class MoodLegend {
  private readonly heading: Phaser.GameObjects.Text;
  private readonly labels: Phaser.GameObjects.Text[];
  private readonly counts: Phaser.GameObjects.Text[];
  private readonly tallyHeading: Phaser.GameObjects.Text;
  private box = { x: 0, y: 0, width: 260, height: 160, scale: 1 };
  private headings = { full: '', short: '' };

  constructor(scene: Phaser.Scene) {
    this.heading = addText(scene).setDepth(2);
    this.tallyHeading = addText(scene).setDepth(2);
    this.labels = MOOD_BANDS.map(() => addText(scene).setDepth(2));
    this.counts = MOOD_BANDS.map(() => addText(scene).setDepth(2));
    frameTexts(
      [this.heading, this.tallyHeading, ...this.labels, ...this.counts],
      () => this.bounds,
    );
  }

  /** `short` is the heading where the sidebar is short of room (the full one, a long phrase). */
  setTexts(
    heading: { full: string; short: string },
    tally: string,
    labels: Record<MoodBand, string>,
  ): void {
    this.headings = heading;
    this.heading.setText(heading.full);
    this.tallyHeading.setText(tally);
    MOOD_BANDS.forEach((band, i) => this.labels[i]!.setText(labels[band]));
  }

  /**
   * Places the texts and draws the frame and the marks into `g` (a baked layer). `compact`
   * (a short sidebar: projector text) puts a short heading and the tally on one line and the
   * moods a step smaller, so the channels above keep their rows.
   */
  layout(
    g: Phaser.GameObjects.Graphics,
    x: number,
    y: number,
    width: number,
    height: number,
    scale: number,
    compact = false,
  ): void {
    this.box = { x, y, width, height, scale };
    const s = scale;
    const pad = 14 * s;
    this.styleHeadings(width, s, compact);
    this.heading.setOrigin(0, 0).setPosition(x + pad, y + pad * 0.8);
    this.tallyHeading
      .setOrigin(1, 0)
      .setPosition(
        x + width - pad,
        compact ? this.heading.y : this.heading.y + this.heading.height + 6 * s,
      );
    const rowTop =
      Math.max(
        this.heading.y + this.heading.height,
        this.tallyHeading.y + this.tallyHeading.height,
      ) +
      8 * s;
    const row = Math.max(
      this.rowNeed(s, compact),
      Math.min(30 * s, (y + height - rowTop - pad / 2) / 3),
    );
    MOOD_BANDS.forEach((_, i) => {
      this.labels[i]!.setPosition(x + pad + 26 * s, rowTop + row * (i + 0.5));
      this.counts[i]!.setStyle(
        textStyle(compact ? 'dense' : 'body', s, { fontStyle: '700' }),
      ).setOrigin(1, 0.5);
      this.counts[i]!.setPosition(x + width - pad, rowTop + row * (i + 0.5));
    });
    this.drawFrame(g);
  }

  /**
   * The key as a band under the map (where the sidebar has no room for it): the short heading
   * and the tally, then the three moods side by side; on two lines where one is too narrow.
   */
  layoutBand(
    g: Phaser.GameObjects.Graphics,
    x: number,
    y: number,
    width: number,
    scale: number,
    need: BandNeed,
  ): void {
    const s = scale;
    const pad = 12 * s;
    const { oneLine, height } = need;
    this.box = { x, y, width, height, scale };
    const headY = y + (oneLine ? height / 2 : pad + this.heading.height / 2);
    this.heading.setOrigin(0, 0.5).setPosition(x + pad, headY);
    this.tallyHeading
      .setOrigin(0, 0.5)
      .setPosition(this.heading.x + this.heading.width + 10 * s, headY);
    const rowY = oneLine ? headY : y + height - pad - this.rowNeed(s, false) / 2;
    const start = oneLine ? this.tallyHeading.x + this.tallyHeading.width + 20 * s : x + pad;
    const slot = (x + width - pad - start) / 3;
    MOOD_BANDS.forEach((_, i) => {
      const label = this.labels[i]!.setPosition(start + slot * i + 26 * s, rowY);
      // The count follows its mood's name; its slot keeps room for four figures.
      this.counts[i]!.setStyle(textStyle('body', s, { fontStyle: '700' }))
        .setOrigin(0, 0.5)
        .setPosition(label.x + label.width + 10 * s, rowY);
    });
    this.drawFrame(g);
  }

  /**
   * What the band needs at this width (styling its texts for it): one line where the headings
   * and moods share one, and its height. `layoutBand` takes it at the same width and scale.
   */
  bandNeed(width: number, s: number): BandNeed {
    const pad = 12 * s;
    this.tallyHeading.setStyle(textStyle('small', s, { color: colors.inkMuted }));
    this.heading.setText(this.headings.short).setStyle(textStyle('small', s, { fontStyle: '700' }));
    const row = this.rowNeed(s, false);
    // A mood: its mark, its label and room for a count of four figures.
    this.counts[0]!.setStyle(textStyle('body', s, { fontStyle: '700' }));
    const count = this.counts[0]!.context.measureText('0000').width;
    const moods = this.labels.reduce((sum, l) => sum + 26 * s + l.width + 14 * s + count, 0);
    const heads = this.heading.width + 10 * s + this.tallyHeading.width + 20 * s;
    const oneLine = pad * 2 + heads + moods <= width;
    const head = Math.max(this.heading.height, this.tallyHeading.height);
    return { oneLine, height: oneLine ? Math.max(head, row) + pad : head + row + pad * 2 };
  }

  /** The height the legend needs at this width, scale and text size. */
  minHeight(width: number, scale: number, compact = false): number {
    const pad = 14 * scale;
    this.styleHeadings(width, scale, compact);
    const top = compact
      ? Math.max(this.heading.height, this.tallyHeading.height)
      : this.heading.height + 6 * scale + this.tallyHeading.height;
    return pad * 0.8 + top + 8 * scale + 3 * this.rowNeed(scale, compact) + pad / 2;
  }

  private styleHeadings(width: number, scale: number, compact: boolean): void {
    const pad = 14 * scale;
    this.tallyHeading.setStyle(textStyle('small', scale, { color: colors.inkMuted }));
    const room = compact ? width - pad * 3 - this.tallyHeading.width : width - pad * 2;
    this.heading
      .setText(compact ? this.headings.short : this.headings.full)
      .setStyle(textStyle('small', scale, { fontStyle: '700', wordWrap: { width: room } }));
  }

  /** A mood's row: its label's height and a little air. */
  private rowNeed(scale: number, compact: boolean): number {
    for (const label of this.labels)
      label.setStyle(textStyle(compact ? 'dense' : 'body', scale)).setOrigin(0, 0.5);
    return Math.max(...this.labels.map((l) => l.height)) + 2 * scale;
  }

  /** The panel's frame on the canvas, for the texts in it. */
  get bounds(): { x: number; y: number; width: number; height: number } {
    const { x, y, width, height } = this.box;
    return { x, y, width, height };
  }

  setCounts(counts: Record<MoodBand, number>): void {
    MOOD_BANDS.forEach((band, i) => this.counts[i]!.setText(String(counts[band])));
  }

  private drawFrame(g: Phaser.GameObjects.Graphics): void {
    const { x, y, width, height, scale: s } = this.box;
    g.fillStyle(hexToNumber(colors.surface), 1);
    g.fillRoundedRect(x, y, width, height, 12 * s);
    g.lineStyle(1, hexToNumber(colors.line), 1);
    g.strokeRoundedRect(x, y, width, height, 12 * s);
    MOOD_BANDS.forEach((band, i) => {
      const { color, shape } = MOOD_STYLE[band];
      // Beside its label, wherever the sidebar or the band under the map put it.
      const cx = this.labels[i]!.x - 26 * s + 9 * s;
      const cy = this.labels[i]!.y;
      const r = 7 * s;
      g.fillStyle(color, 1);
      if (shape === 'circle') g.fillCircle(cx, cy, r);
      else if (shape === 'square') g.fillRect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
      else g.fillTriangle(cx, cy + r, cx - r, cy - r * 0.8, cx + r, cy - r * 0.8);
    });
  }

  /** The texts that change only with the layout or the language; the counts run with time. */
  get stillTexts(): readonly Phaser.GameObjects.Text[] {
    return [this.heading, this.tallyHeading, ...this.labels];
  }

  destroy(): void {
    for (const t of [this.heading, this.tallyHeading, ...this.labels, ...this.counts]) t.destroy();
  }
}
