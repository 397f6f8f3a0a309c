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

  destroy(): void {
    this.g.destroy();
    for (const t of [...this.axis, ...this.legend]) t.destroy();
  }

  private redraw(): void {
    const { g, data } = this;
    const { x, y, width, height, scale } = this.box;
    g.clear();
    if (!data) return;
    const style = textStyle('small', scale, { color: colors.inkMuted });
    for (const t of [...this.axis, ...this.legend]) t.setStyle(style).setText('');

    const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
    let [low, high] = data.range ?? [Math.min(0, ...values), Math.max(1, ...values)];
    if (!data.range) {
      const pad = (high - low) * 0.1 || 1;
      low = Math.min(0, low - pad);
      high += pad;
    }
    const legendHeight = 22 * scale;
    const axisWidth = 56 * scale;
    const plot = {
      x: x + axisWidth,
      y: y + legendHeight + 6 * scale,
      width: width - axisWidth - 8 * scale,
      height: height - legendHeight - 30 * scale,
    };
    const px = (slot: number) =>
      plot.x + (data.slots <= 1 ? plot.width / 2 : (slot / (data.slots - 1)) * plot.width);
    const py = (v: number) => plot.y + plot.height - ((v - low) / (high - low || 1)) * plot.height;

    // Grid: the range ends and zero when it is inside.
    g.lineStyle(1, hexToNumber(colors.line), 1);
    // Zero gets its own line when inside the range, its label only where it does not crowd.
    const zeroFits = low < 0 && high > 0;
    const zeroLabel = zeroFits && Math.min(py(0) - py(high), py(low) - py(0)) > 16 * scale;
    const ticks = [high, low, ...(zeroFits ? [0] : [])];
    ticks.forEach((v, i) => {
      g.lineBetween(plot.x, py(v), plot.x + plot.width, py(v));
      this.axis[i]!.setText(i === 2 && !zeroLabel ? '' : data.format(v))
        .setOrigin(1, 0.5)
        .setPosition(plot.x - 6 * scale, py(v));
    });
    const first = this.axis[3]!;
    first.setText(`${data.slotLabel(0)} … ${data.slotLabel(data.slots - 1)}`);
    first.setOrigin(0.5, 0).setPosition(plot.x + plot.width / 2, plot.y + plot.height + 6 * scale);

    let legendX = plot.x;
    data.series.slice(0, MAX_SERIES).forEach((series, i) => {
      const color = seriesColor(i);
      const marker = seriesMarker(i);
      g.lineStyle(3 * scale, color, 1);
      let previous: [number, number] | null = null;
      series.values.forEach((v, slot) => {
        if (v === null) {
          previous = null;
          return;
        }
        const point: [number, number] = [px(slot), py(v)];
        if (previous) g.lineBetween(previous[0], previous[1], point[0], point[1]);
        previous = point;
      });
      g.fillStyle(color, 1);
      series.values.forEach((v, slot) => {
        if (v !== null) fillMarker(g, marker, px(slot), py(v), 4.5 * scale);
      });
      // Legend: marker and label on one line above the plot.
      fillMarker(g, marker, legendX + 6 * scale, y + legendHeight / 2, 5 * scale);
      const label = this.legend[i]!;
      label.setColor(colors.ink).setText(series.label).setOrigin(0, 0.5);
      label.setPosition(legendX + 16 * scale, y + legendHeight / 2);
      legendX += 16 * scale + label.width + 18 * scale;
    });
  }
}
