import type Phaser from 'phaser';
import { textStyle } from '../textStyle';
import { colors, hexToNumber } from '../theme';
import { inkOn, levelColor } from './chartPalette';

export interface HeatMapCell {
  column: number;
  row: number;
  label: string;
  /** The value to print (e.g. "72%"), or a "not measured" mark. */
  valueText: string;
  /** 0 (worst) … 1 (best); null: no data, drawn hatched. */
  level: number | null;
  /** Taken out of the journey: drawn as an empty outline. */
  removed?: boolean;
}

export interface HeatMapData {
  columns: string[];
  cells: HeatMapCell[];
}

/**
 * Columns (journey stages) of cells (touchpoints) coloured by level on the colour-blind-safe
 * diverging scale; cells without data are hatched, so "not measured" never looks like "average".
 */
export class HeatMap {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private readonly scene: Phaser.Scene;
  private data: HeatMapData = { columns: [], cells: [] };
  private box = { x: 0, y: 0, width: 400, height: 200, scale: 1 };

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    this.g = scene.add.graphics();
  }

  setData(data: HeatMapData): this {
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
    for (const t of this.texts) t.destroy();
  }

  private text(i: number): Phaser.GameObjects.Text {
    while (this.texts.length <= i) this.texts.push(this.scene.add.text(0, 0, ''));
    return this.texts[i]!;
  }

  private redraw(): void {
    const { g, data } = this;
    const { x, y, width, height, scale } = this.box;
    g.clear();
    for (const t of this.texts) t.setText('').setVisible(false);
    const columns = data.columns.length;
    if (!columns) return;
    const rows = Math.max(1, ...data.cells.map((c) => c.row + 1));
    const gap = 4 * scale;
    const headerHeight = 24 * scale;
    const cellWidth = (width - gap * (columns - 1)) / columns;
    const cellHeight = Math.min(64 * scale, (height - headerHeight - gap * rows) / rows);
    let n = 0;
    data.columns.forEach((name, c) => {
      this.text(n++)
        .setVisible(true)
        .setStyle(
          textStyle('small', scale, {
            fontStyle: '700',
            color: colors.inkMuted,
            fixedWidth: cellWidth,
          }),
        )
        .setText(name)
        .setOrigin(0, 0)
        .setPosition(x + c * (cellWidth + gap), y);
    });
    for (const cell of data.cells) {
      const cx = x + cell.column * (cellWidth + gap);
      const cy = y + headerHeight + cell.row * (cellHeight + gap);
      let ink: string = colors.ink;
      if (cell.removed) {
        g.lineStyle(1.5, hexToNumber(colors.line), 1);
        g.strokeRoundedRect(cx, cy, cellWidth, cellHeight, 6 * scale);
        ink = colors.inkMuted;
      } else if (cell.level === null) {
        g.fillStyle(hexToNumber(colors.surfaceMuted), 1);
        g.fillRoundedRect(cx, cy, cellWidth, cellHeight, 6 * scale);
        // Hatching: diagonal strokes clipped by hand to the cell.
        g.lineStyle(1, hexToNumber(colors.line), 1);
        const step = 9 * scale;
        for (let d = step; d < cellWidth + cellHeight; d += step) {
          const x0 = cx + Math.max(0, d - cellHeight);
          const y0 = cy + Math.min(d, cellHeight);
          const x1 = cx + Math.min(d, cellWidth);
          const y1 = cy + Math.max(0, d - cellWidth);
          g.lineBetween(x0, y0, x1, y1);
        }
        ink = colors.inkMuted;
      } else {
        const color = levelColor(cell.level);
        g.fillStyle(color, 1);
        g.fillRoundedRect(cx, cy, cellWidth, cellHeight, 6 * scale);
        ink = inkOn(color);
      }
      const pad = 6 * scale;
      this.text(n++)
        .setVisible(true)
        .setStyle(
          textStyle('small', scale * 0.92, {
            color: ink,
            fixedWidth: cellWidth - pad * 2,
            wordWrap: { width: cellWidth - pad * 2 },
            maxLines: 2,
          }),
        )
        .setText(cell.label)
        .setOrigin(0, 0)
        .setPosition(cx + pad, cy + pad * 0.6);
      this.text(n++)
        .setVisible(true)
        .setStyle(
          textStyle('body', scale, { color: ink, fontStyle: '700', backgroundColor: undefined }),
        )
        .setText(cell.valueText)
        .setOrigin(1, 1)
        .setPosition(cx + cellWidth - pad, cy + cellHeight - pad * 0.4);
    }
  }
}
