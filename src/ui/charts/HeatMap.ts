import type Phaser from 'phaser';
import type { Rect } from '../namedObjects';
import { SOFT_HYPHEN, breakAtSoftHyphens } from '../softHyphens';
import { frameText } from '../textFrames';
import { addText, textStyle } from '../textStyle';
import { colors, hexToNumber } from '../theme';
import { inkOn, levelColor } from './chartPalette';

export interface HeatMapCell {
  row: number;
  column: number;
  label: string;
  /** The value to print (e.g. "CSAT 72%"), or a "not measured" mark. */
  valueText: string;
  /** 0 (worst) … 1 (best); null: no data, drawn hatched. */
  level: number | null;
  /** Taken out of the journey: drawn as an empty outline. */
  removed?: boolean;
}

export interface HeatMapData {
  /** One row per journey stage, named at the left. */
  rows: string[];
  cells: HeatMapCell[];
}

/**
 * Sets the style at full size, then steps the font down (to 84% at most) until the text wraps into
 * `lines` lines no taller than `height` (one more line at the smallest size), so long names are
 * shown whole rather than cut, and clear of what sits below them.
 */
function fitLines(
  text: Phaser.GameObjects.Text,
  lines: number,
  style: (factor: number) => Phaser.Types.GameObjects.Text.TextStyle,
  height = Infinity,
  width = Infinity,
): Phaser.GameObjects.Text {
  for (const factor of [1, 0.92, 0.84]) {
    text.setStyle(style(factor));
    if (text.getWrappedText().length <= lines && text.height <= height && text.width <= width)
      return text;
  }
  // Still too long: one more line at the smallest size rather than a cut-off name.
  return text.setStyle({ ...style(0.84), maxLines: lines + 1 });
}

/**
 * A row per journey stage, a cell per touchpoint, coloured by level on the colour-blind-safe
 * diverging scale; cells without data are hatched, so "not measured" never looks like "average".
 */
export class HeatMap {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private readonly scene: Phaser.Scene;
  private data: HeatMapData = { rows: [], cells: [] };
  private box = { x: 0, y: 0, width: 400, height: 200, scale: 1 };
  private shown = true;

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

  /** Shows or hides the map (a page of the Review that is not open). */
  setShown(shown: boolean): this {
    this.shown = shown;
    this.redraw();
    return this;
  }

  destroy(): void {
    this.g.destroy();
    for (const t of this.texts) t.destroy();
  }

  /** The cell (or row name's band) each text is drawn in, for the test build's fit check. */
  private readonly textFrames: (Rect | null)[] = [];

  private text(i: number, frame: Rect | null = null): Phaser.GameObjects.Text {
    while (this.texts.length <= i) {
      const index = this.texts.length;
      const text = addText(this.scene);
      frameText(text, () => this.textFrames[index] ?? null);
      this.texts.push(text);
    }
    this.textFrames[i] = frame;
    return this.texts[i]!.setVisible(this.shown);
  }

  /**
   * Names on two lines where they fit. Where the fonts stand at their floor and the cells are
   * narrow (a 1024 px screen, Dutch), a row whose name is cut grows by a line at a time, taking
   * the height from the panel's spare room or else from rows that need less.
   */
  private redraw(): void {
    const tall = new Set<number>();
    for (let extra = 0; ; extra++) {
      const cut = this.draw(tall, extra);
      if (!cut.length || extra === 3) return;
      for (const r of cut) tall.add(r);
    }
  }

  /** Each row's height: `base`, and one line more per `extra` for the tall rows, within `available`. */
  private rowHeights(rows: number, tall: Set<number>, extra: number, available: number): number[] {
    const s = this.box.scale;
    const line = 17 * Math.max(1, s);
    const base = Math.min(74 * s, available / rows);
    const grown = base + extra * line;
    const heights = Array.from({ length: rows }, (_, r) => (tall.has(r) && extra ? grown : base));
    const total = heights.reduce((a, b) => a + b, 0);
    if (total <= available) return heights;
    // The other rows give up height down to two lines and a value; then all shrink alike.
    const short = rows - tall.size;
    const shortHeight = Math.max(
      Math.min(base, 3 * line + 4 * s),
      (available - tall.size * grown) / Math.max(1, short),
    );
    const fitted = heights.map((h, r) => (tall.has(r) ? h : Math.min(h, shortHeight)));
    const fittedTotal = fitted.reduce((a, b) => a + b, 0);
    return fittedTotal <= available ? fitted : fitted.map((h) => (h * available) / fittedTotal);
  }

  /** Draws the map; returns the rows where a name is still cut short or runs into a value. */
  private draw(tall: Set<number>, extra: number): number[] {
    const { g, data } = this;
    const { x, y, width, height, scale: s } = this.box;
    g.clear();
    g.setVisible(this.shown);
    for (const t of this.texts) t.setText('').setVisible(false);
    const rows = data.rows.length;
    if (!rows) return [];
    const columns = Math.max(1, ...data.cells.map((c) => c.column + 1));
    const gap = 2 * s;
    // Stage names wrap on two lines; the cells get the rest, for a long Dutch name on two lines.
    const labelWidth = Math.min(130 * s, Math.max(width * 0.21, 96));
    const cellWidth = (width - labelWidth - gap * columns) / columns;
    const heights = this.rowHeights(rows, tall, extra, height - gap * (rows - 1));
    const tops = heights.map((_, r) => y + heights.slice(0, r).reduce((a, b) => a + b + gap, 0));
    const linesIn = (r: number) => (tall.has(r) ? 2 + extra : 2);
    const pad = 6 * s;
    const cut = new Set<number>();
    let n = 0;
    data.rows.forEach((name, r) => {
      const lines = linesIn(r);
      const band = { x, y: tops[r]!, width: labelWidth, height: heights[r]! };
      // A stage's name steps down while a word is wider than its band ("Luchthaven" at a large
      // text size), then splits where the locale marks it.
      const rowName = fitLines(
        this.text(n++, band).setText(name.replaceAll(SOFT_HYPHEN, '')),
        lines,
        (f) =>
          textStyle('small', s * 0.92 * f, {
            fontStyle: '700',
            color: colors.inkMuted,
            wordWrap: { width: labelWidth - pad },
            maxLines: lines,
          }),
        heights[r]!,
        labelWidth - pad,
      );
      if (rowName.width > labelWidth - pad)
        rowName.setText(
          breakAtSoftHyphens(name, labelWidth - pad, (w) => rowName.context.measureText(w).width),
        );
      if (rowName.getWrappedText().length > rowName.style.maxLines) cut.add(r);
      rowName.setOrigin(0, 0.5).setPosition(x, tops[r]! + heights[r]! / 2);
    });
    for (const cell of data.cells) {
      const cx = x + labelWidth + gap + cell.column * (cellWidth + gap);
      const cy = tops[cell.row]!;
      const cellHeight = heights[cell.row]!;
      const lines = linesIn(cell.row);
      let ink: string = colors.ink;
      if (cell.removed) {
        g.lineStyle(1.5, hexToNumber(colors.line), 1);
        g.strokeRoundedRect(cx, cy, cellWidth, cellHeight, 6 * s);
        ink = colors.inkMuted;
      } else if (cell.level === null) {
        g.fillStyle(hexToNumber(colors.surfaceMuted), 1);
        g.fillRoundedRect(cx, cy, cellWidth, cellHeight, 6 * s);
        // Hatching: diagonal strokes clipped by hand to the cell.
        g.lineStyle(1, hexToNumber(colors.line), 1);
        const step = 9 * s;
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
        g.fillRoundedRect(cx, cy, cellWidth, cellHeight, 6 * s);
        ink = inkOn(color);
      }
      const cellRect = { x: cx, y: cy, width: cellWidth, height: cellHeight };
      // The value first: the name gets the height above it.
      const value = this.text(n++, cellRect)
        .setStyle(textStyle('small', s * 0.92, { color: ink, fontStyle: '700' }))
        .setText(cell.valueText)
        .setOrigin(1, 1)
        .setPosition(cx + cellWidth - pad, cy + cellHeight - 1 * s);
      // The name must stay above the value, or the two would overlap.
      const above = { ...cellRect, height: value.y - value.height - cy };
      // Soft hyphens only where a word must split (below): Chrome's canvas gives them width.
      const label = this.text(n++, above).setText(cell.label.replaceAll(SOFT_HYPHEN, ''));
      fitLines(
        label,
        lines,
        (f) =>
          textStyle('small', s * 0.88 * f, {
            color: ink,
            fontStyle: '600',
            wordWrap: { width: cellWidth - pad * 2 },
            maxLines: lines,
          }),
        cellHeight - value.height - pad,
      )
        .setOrigin(0, 0)
        .setPosition(cx + pad, cy + 1 * s);
      // Still more lines than drawn, or more than two: the name takes the cell's full width
      // where that saves a line.
      const used = label.getWrappedText().length;
      if (used > 2) {
        label.setWordWrapWidth(cellWidth - 4 * s).setX(cx + 2 * s);
        if (label.getWrappedText().length >= used && used <= label.style.maxLines)
          label.setWordWrapWidth(cellWidth - pad * 2).setX(cx + pad);
      }
      // A word wider than the cell splits where the locale marks it, never mid-letter.
      if (label.width > cellWidth - pad * 2) {
        label.setMaxLines(lines + 1);
        label.setText(
          breakAtSoftHyphens(
            cell.label,
            cellWidth - pad * 2,
            (w) => label.context.measureText(w).width,
          ),
        );
      }
      const wrapped = label.getWrappedText();
      const lastLine = label.context.measureText(wrapped[wrapped.length - 1] ?? '').width;
      // A name's last line may share the value's line where the two stand clear of each other.
      const clear = label.x + lastLine + 4 * s < value.x - value.width;
      if (label.y + label.height > value.y - value.height + 1) {
        if (clear) this.textFrames[n - 1] = cellRect;
        else cut.add(cell.row);
      }
      if (wrapped.length > label.style.maxLines) cut.add(cell.row);
    }
    return [...cut];
  }
}
