import type Phaser from 'phaser';
import { breakAtSoftHyphens } from '../softHyphens';
import { frameText } from '../textFrames';
import { addText, textStyle } from '../textStyle';
import { chartColors, colors, hexToNumber } from '../theme';
import type { RunTimeline } from '../viewModels/runTimeline';
import type { JourneyLayout } from './journeyLayout';

/**
 * The still part of the Run screen: a column per journey stage with its name, and a card per
 * touchpoint. Drawn once per layout; the customers move over it.
 */
export class JourneyMap {
  private readonly stageTexts: Phaser.GameObjects.Text[];
  private readonly nodeTexts: Phaser.GameObjects.Text[];
  /** Each card's name as written (soft hyphens kept), before it is fitted to the card. */
  private nodeNames: string[] = [];
  private stageNames: string[] = [];
  /** Short labels where the level gives them (`….short`), shown when full names do not fit. */
  private nodeShortNames: (string | null)[] = [];
  private stageShortNames: (string | null)[] = [];
  private short = false;
  /** Whether the last fitting kept every name inside its room (no word wider than it). */
  private whole = true;
  private layout: JourneyLayout | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly timeline: RunTimeline,
  ) {
    // A stage's name stays in its column.
    this.stageTexts = timeline.stages.map((_, s) => {
      const text = addText(scene).setDepth(2);
      frameText(text, () => {
        const column = this.layout?.columns[s];
        const area = this.layout?.area;
        return column && area
          ? { x: column.x, y: area.y, width: column.width, height: area.height }
          : null;
      });
      return text;
    });
    this.nodeTexts = timeline.nodes.map((_, i) => {
      const text = addText(scene).setDepth(2);
      frameText(text, () => this.layout?.nodes[i] ?? null);
      return text;
    });
  }

  setTexts(
    stageNames: string[],
    nodeNames: string[],
    stageShortNames: readonly (string | null)[] = [],
    nodeShortNames: readonly (string | null)[] = [],
  ): void {
    this.stageNames = stageNames.map(capitalise);
    this.stageNames.forEach((name, i) => this.stageTexts[i]!.setText(name));
    this.nodeNames = nodeNames.map(capitalise);
    this.nodeNames.forEach((name, i) => this.nodeTexts[i]!.setText(name));
    this.stageShortNames = stageShortNames.map((n) => (n === null ? null : capitalise(n)));
    this.nodeShortNames = nodeShortNames.map((n) => (n === null ? null : capitalise(n)));
  }

  /**
   * Styles and wraps the stage names and card names for a column and card width, and returns
   * the header and card heights they need (see `layoutJourney`).
   */
  measure(columnWidth: number, cardWidth: number, scale: number, short = false) {
    this.short = short;
    this.whole = true;
    let headerHeight = 0;
    this.stageTexts.forEach((text, s) => {
      this.styleStage(s, columnWidth, scale);
      headerHeight = Math.max(headerHeight, text.height + 20 * scale);
    });
    let cardHeight = 0;
    this.timeline.nodes.forEach((node, i) => {
      const text = this.fitName(i, node.removed, cardWidth, scale);
      cardHeight = Math.max(cardHeight, text.height + 12 * scale);
    });
    return { headerHeight, cardHeight, whole: this.whole };
  }

  /** A stage's name wrapped to its column; a word wider than the column splits where marked. */
  private styleStage(s: number, columnWidth: number, scale: number): void {
    const text = this.stageTexts[s]!;
    const name = (this.short ? this.stageShortNames[s] : null) ?? this.stageNames[s] ?? text.text;
    const room = columnWidth - 16 * scale;
    if (text.text !== name) text.setText(name);
    text.setStyle(
      textStyle('small', scale, { fontStyle: '700', color: colors.ink, wordWrap: { width: room } }),
    );
    if (text.width > room) {
      text.setText(breakAtSoftHyphens(name, room, (w) => text.context.measureText(w).width));
      // A word wider than the room even where the locale lets it split: it would be cut.
      if (text.width > room + 0.5) this.whole = false;
    }
  }

  /** A card's name wrapped between words; a word wider than the card splits where the locale marks it. */
  private fitName(
    i: number,
    removed: boolean,
    cardWidth: number,
    scale: number,
  ): Phaser.GameObjects.Text {
    const room = cardWidth - 12 * scale;
    const text = this.nodeTexts[i]!;
    const short = this.short && !removed ? this.nodeShortNames[i] : null;
    const name = short ?? this.nodeNames[i] ?? text.text;
    if (text.text !== name) text.setText(name);
    text.setStyle(
      textStyle('small', scale, {
        color: removed ? colors.inkMuted : colors.ink,
        fontStyle: removed ? 'italic' : '600',
        align: 'center',
        wordWrap: { width: room },
      }),
    );
    if (text.width > room) {
      text.setText(breakAtSoftHyphens(name, room, (w) => text.context.measureText(w).width));
      // A word wider than the room even where the locale lets it split: it would be cut.
      if (text.width > room + 0.5) this.whole = false;
    }
    return text;
  }

  /** Draws the stages and cards into `g` (a baked layer) and places the texts. */
  draw(g: Phaser.GameObjects.Graphics, layout: JourneyLayout, scale: number): void {
    this.layout = layout;
    this.short = layout.short;
    layout.columns.forEach((column, s) => {
      g.fillStyle(hexToNumber(colors.surface), 0.55);
      g.fillRoundedRect(column.x, layout.area.y, column.width, layout.area.height, 10 * scale);
      // A coloured band per stage (Okabe–Ito order) ties the map to the Plan screen's stages.
      const band = [chartColors.blue, chartColors.orange, chartColors.bluishGreen][s % 3]!;
      g.fillStyle(hexToNumber(band), 1);
      g.fillRect(column.x + 8 * scale, layout.area.y + 6 * scale, 28 * scale, 4 * scale);
      const text = this.stageTexts[s]!;
      this.styleStage(s, column.width, scale);
      text.setPosition(column.x + 8 * scale, layout.area.y + 14 * scale);
    });
    this.timeline.nodes.forEach((node, i) => {
      const box = layout.nodes[i]!;
      if (node.removed) {
        g.lineStyle(1.5, hexToNumber(colors.line), 1);
        g.strokeRoundedRect(box.x, box.y, box.width, box.height, 10 * scale);
      } else {
        g.fillStyle(hexToNumber(colors.ink), 0.07);
        g.fillRoundedRect(box.x, box.y + 3 * scale, box.width, box.height, 10 * scale);
        g.fillStyle(hexToNumber(colors.surface), 1);
        g.fillRoundedRect(box.x, box.y, box.width, box.height, 10 * scale);
        g.lineStyle(1.5, hexToNumber(colors.line), 1);
        g.strokeRoundedRect(box.x, box.y, box.width, box.height, 10 * scale);
      }
      const text = this.fitName(i, node.removed, box.width, scale);
      text.setOrigin(0.5).setPosition(box.x + box.width / 2, box.y + box.height / 2);
    });
  }

  /** The texts that change only with the layout or the language. */
  get stillTexts(): readonly Phaser.GameObjects.Text[] {
    return [...this.stageTexts, ...this.nodeTexts];
  }

  destroy(): void {
    for (const t of this.stillTexts) t.destroy();
  }
}

/** Names are written for use inside sentences ("the app"); on a card they start a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
