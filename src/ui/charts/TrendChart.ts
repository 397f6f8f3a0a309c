import type Phaser from 'phaser';
import { textStyle } from '../textStyle';
import { colors, hexToNumber } from '../theme';
import { fillMarker, seriesColor, seriesMarker } from './chartPalette';

export interface TrendChartSeries {
  label: string;
  values: (number | null)[];
}

export interface TrendChartData {
  series: TrendChartSeries[];
  /** Slots on the x axis (all quarters of the game), so the line grows across the game. */
  slots: number;
  /** Fixed y range, or computed from the data. */
  range?: [number, number];
  /** Formats axis values. */
  format: (value: number) => string;
  /** Label under the first and last slot, e.g. "Q1" and "Q8". */
  slotLabel: (slot: number) => string;
}

const MAX_SERIES = 4;

/**
 * A small line chart of values per quarter: one Graphics for lines, grid and markers, a handful
 * of texts. Series differ by colour and by marker shape; gaps (not measured) break the line.
 */
export class TrendChart {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly axis: Phaser.GameObjects.Text[];
  private readonly legend: Phaser.GameObjects.Text[];
  private data: TrendChartData | null = null;
  private box = { x: 0, y: 0, width: 300, height: 160, scale: 1 };
  private shown = true;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    this.axis = [0, 1, 2, 3].map(() => scene.add.text(0, 0, '', textStyle('small', 1)));
    this.legend = Array.from({ length: MAX_SERIES }, () =>
      scene.add.text(0, 0, '', textStyle('small', 1)),
    );
  }

  setData(data: TrendChartData): this {
    this.data = data;
    this.redraw();
    return this;
  }

  layout(x: number, y: number, width: number, height: number, scale: number): this {
    this.box = { x, y, width, height, scale };
    this.redraw();
    return this;
  }

  /** Shows or hides the chart (a page of the Review that is not open). */
  setShown(shown: boolean): this {
    this.shown = shown;
    this.redraw();
    return this;
  }

  /** Every label of the chart (axis, quarters, legend), for the card it sits in to frame. */
  get texts(): Phaser.GameObjects.Text[] {
    return [...this.axis, ...this.legend];
  }

  destroy(): void {
    this.g.destroy();
    for (const t of this.texts) t.destroy();
  }

  private redraw(): void {
    const { g, data } = this;
    const { x, y, width, height, scale } = this.box;
    g.clear();
    g.setVisible(this.shown);
    for (const t of this.texts) t.setVisible(this.shown);
    if (!data) return;
    const style = textStyle('small', scale, { color: colors.inkMuted });
    for (const t of this.texts) t.setStyle(style).setText('');

    const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
    let [low, high] = data.range ?? [Math.min(0, ...values), Math.max(1, ...values)];
    if (!data.range) {
      const pad = (high - low) * 0.1 || 1;
      low = Math.min(0, low - pad);
      high += pad;
    }
    const zeroInside = low < 0 && high > 0;
    const ticks = [high, low, ...(zeroInside ? [0] : [])];
    ticks.forEach((v, i) => this.axis[i]!.setText(data.format(v)));
    const lineHeight = this.axis[0]!.height;

    // The legend: marker and label, on as many rows as the width needs (a large text size).
    const series = data.series.slice(0, MAX_SERIES);
    const rowHeight = Math.max(22 * scale, lineHeight);
    const places: { x: number; row: number }[] = [];
    let legendX = x;
    let row = 0;
    series.forEach((s, i) => {
      const label = this.legend[i]!.setColor(colors.ink).setText(s.label);
      const itemWidth = 16 * scale + label.width;
      if (i > 0 && legendX + itemWidth > x + width) {
        legendX = x;
        row++;
      }
      places.push({ x: legendX, row });
      legendX += itemWidth + 18 * scale;
    });
    const legendHeight = (row + 1) * rowHeight;

    // The axis is as wide as its widest label, so "worst" (or "slechtst") stays in the card.
    const axisWidth =
      Math.max(28 * scale, ...this.axis.slice(0, 3).map((t) => t.width)) + 8 * scale;
    const bottomLabel = this.axis[3]!;
    bottomLabel.setText(`${data.slotLabel(0)} … ${data.slotLabel(data.slots - 1)}`);
    const plot = {
      x: x + axisWidth,
      y: y + legendHeight + 6 * scale + lineHeight / 2,
      width: width - axisWidth - 8 * scale,
      height: Math.max(
        0,
        height - legendHeight - 6 * scale - lineHeight / 2 - bottomLabel.height - 6 * scale,
      ),
    };
    const px = (slot: number) =>
      plot.x + (data.slots <= 1 ? plot.width / 2 : (slot / (data.slots - 1)) * plot.width);
    const py = (v: number) => plot.y + plot.height - ((v - low) / (high - low || 1)) * plot.height;

    // Grid: the range ends and zero when it is inside.
    g.lineStyle(1, hexToNumber(colors.line), 1);
    // Zero's label only where it does not crowd the ends' labels; the low end's only where it
    // does not run into the high end's (a short chart).
    const zeroLabel = zeroInside && Math.min(py(0) - py(high), py(low) - py(0)) > lineHeight;
    const lowLabel = py(low) - py(high) > lineHeight;
    ticks.forEach((v, i) => {
      g.lineBetween(plot.x, py(v), plot.x + plot.width, py(v));
      const shown = i === 0 || (i === 1 && lowLabel) || (i === 2 && zeroLabel);
      this.axis[i]!.setText(shown ? data.format(v) : '')
        .setOrigin(1, 0.5)
        .setPosition(plot.x - 6 * scale, py(v));
    });
    bottomLabel
      .setOrigin(0.5, 0)
      .setPosition(plot.x + plot.width / 2, plot.y + plot.height + 6 * scale);

    series.forEach((s, i) => {
      const color = seriesColor(i);
      const marker = seriesMarker(i);
      g.lineStyle(3 * scale, color, 1);
      let previous: [number, number] | null = null;
      s.values.forEach((v, slot) => {
        if (v === null) {
          previous = null;
          return;
        }
        const point: [number, number] = [px(slot), py(v)];
        if (previous) g.lineBetween(previous[0], previous[1], point[0], point[1]);
        previous = point;
      });
      g.fillStyle(color, 1);
      s.values.forEach((v, slot) => {
        if (v !== null) fillMarker(g, marker, px(slot), py(v), 4.5 * scale);
      });
      // Legend: marker and label above the plot.
      const place = places[i]!;
      const middle = y + place.row * rowHeight + rowHeight / 2;
      fillMarker(g, marker, place.x + 6 * scale, middle, 5 * scale);
      this.legend[i]!.setOrigin(0, 0.5).setPosition(place.x + 16 * scale, middle);
    });
  }
}
