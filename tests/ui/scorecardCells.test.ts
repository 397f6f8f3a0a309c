import { describe, expect, it } from 'vitest';
import { columnCells, placeCards, tallest } from '../../src/ui/scorecardCells';

const GAP = 16;

describe("the final scorecard's cards", () => {
  it('stand two by two where that fits, each row as tall as its taller card', () => {
    const { columns, cells } = placeCards(() => [120, 100, 80, 90], 400, GAP);
    expect(columns).toBe(2);
    expect(cells.map((c) => c.column)).toEqual([0, 1, 0, 1]);
    // The rows share the spare height, and the second row starts level in both columns.
    expect(cells[2]!.y).toBe(cells[3]!.y);
    expect(tallest(cells)).toBeCloseTo(400);
  });

  it('stack in two columns of their own where a grid row would waste the height', () => {
    // Grid: 300 + 16 + 250 = 566; stacked: 190 + 16 + 250 on the right, 300 + 16 + 100 left.
    const { columns, cells } = placeCards(() => [300, 190, 250, 100], 460, GAP);
    expect(columns).toBe(2);
    expect(cells.map((c) => c.column)).toEqual([0, 1, 1, 0]);
    expect(cells[2]!.y).not.toBe(cells[3]!.y);
    expect(tallest(cells)).toBeLessThanOrEqual(460.5);
  });

  it('take three narrower columns when two run past the room (the hotel at projector text)', () => {
    // At two columns the hotel's Dutch targets need 300, 190, 100 and 250 px: 506 either way,
    // past the 460 above the buttons. Three columns wrap more lines but stand side by side.
    const heightsAt = (columns: number) =>
      columns === 2 ? [300, 190, 100, 250] : [370, 240, 120, 280];
    const { columns, cells } = placeCards(heightsAt, 460, GAP);
    expect(columns).toBe(3);
    expect(cells.map((c) => c.column)).toEqual([0, 1, 2, 2]);
    expect(tallest(cells)).toBeLessThanOrEqual(460.5);
    for (const c of cells) expect(c.height).toBeGreaterThan(0);
  });

  it('keep the lowest placement, the grid first, when nothing fits', () => {
    const { columns, cells } = placeCards(
      (n) => (n === 2 ? [400, 400, 400, 400] : [500, 500, 500, 500]),
      300,
      GAP,
    );
    expect(columns).toBe(2);
    expect(cells.map((c) => c.column)).toEqual([0, 1, 0, 1]);
    expect(cells[2]!.y).toBe(cells[3]!.y);
  });

  it('go to whichever column is shortest', () => {
    const cells = columnCells([50, 200, 60, 30], GAP, 3);
    expect(cells.map((c) => c.column)).toEqual([0, 1, 2, 0]);
    expect(cells[3]!.y).toBe(50 + GAP);
  });
});
