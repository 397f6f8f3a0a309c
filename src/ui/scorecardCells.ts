/** A card's place in the scorecard: its column, and its top and height from the cards' top. */
export interface Cell {
  column: number;
  y: number;
  height: number;
}

/** Where the scorecard's cards go, and in how many columns (each `width` wide in the caller). */
export interface CardPlacement {
  columns: number;
  cells: Cell[];
}

/** Two by two, each row as tall as its taller card. */
export function gridCells(heights: readonly number[], gap: number): Cell[] {
  const rows = [0, 1].map((r) => Math.max(...heights.slice(r * 2, r * 2 + 2)));
  return heights.map((_, i) => {
    const row = Math.floor(i / 2);
    return { column: i % 2, y: row === 0 ? 0 : rows[0]! + gap, height: rows[row]! };
  });
}

/** `columns` columns, each card under the last in whichever column is shortest (first fills left). */
export function columnCells(heights: readonly number[], gap: number, columns = 2): Cell[] {
  const bottoms = Array.from({ length: columns }, () => 0);
  return heights.map((height) => {
    const column = bottoms.indexOf(Math.min(...bottoms));
    const y = bottoms[column]! === 0 ? 0 : bottoms[column]! + gap;
    bottoms[column] = y + height;
    return { column, y, height };
  });
}

export function tallest(cells: readonly Cell[]): number {
  return Math.max(...cells.map((c) => c.y + c.height));
}

/** Each column's cards share what room is left under them, in proportion to their heights. */
export function stretch(cells: readonly Cell[], total: number, gap: number): Cell[] {
  const out = cells.map((c) => ({ ...c }));
  for (const column of new Set(out.map((c) => c.column))) {
    const mine = out.filter((c) => c.column === column);
    // Cards on one grid row keep one height: a row's share goes to both.
    const tops = [...new Set(mine.map((c) => c.y))].sort((a, b) => a - b);
    const heights = tops.map((y) =>
      Math.max(...mine.filter((c) => c.y === y).map((c) => c.height)),
    );
    const used = heights.reduce((a, b) => a + b, 0) + gap * (tops.length - 1);
    const spare = Math.max(0, total - used);
    const sum = heights.reduce((a, b) => a + b, 0);
    let y = 0;
    tops.forEach((top, k) => {
      const height = heights[k]! + (spare * heights[k]!) / sum;
      for (const c of mine.filter((c) => c.y === top)) Object.assign(c, { y, height });
      y += height + gap;
    });
  }
  return out;
}

/**
 * Places the four perspectives' cards in `room` px of height. `heightsAt(columns)` measures
 * each card at the width it has in that many columns. A two-by-two grid where it fits; else
 * each of two columns stacks its cards on its own; else (projector text, long Dutch targets:
 * the cards' lines ran into the buttons) three narrower columns, whose cards wrap more but
 * stand beside each other. Where none fits, the lowest of them, the grid first on a tie.
 */
export function placeCards(
  heightsAt: (columns: number) => readonly number[],
  room: number,
  gap: number,
): CardPlacement {
  const two = heightsAt(2);
  const options: CardPlacement[] = [
    { columns: 2, cells: gridCells(two, gap) },
    { columns: 2, cells: columnCells(two, gap) },
  ];
  const fits = (o: CardPlacement) => tallest(o.cells) <= room + 0.5;
  let chosen = options.find(fits);
  if (!chosen) {
    options.push({ columns: 3, cells: columnCells(heightsAt(3), gap, 3) });
    chosen =
      options.find(fits) ??
      options.reduce((best, o) => (tallest(o.cells) < tallest(best.cells) ? o : best));
  }
  return { columns: chosen.columns, cells: stretch(chosen.cells, room, gap) };
}
