import { describe, expect, it } from 'vitest';
import { placeCard, type Obstacle } from '../../src/ui/tutorial/cardPlacement';

const view = { width: 1366, height: 768 };
const card = { width: 400, height: 250 };
const overlaps = (
  a: { x: number; y: number },
  b: { x: number; y: number; width: number; height: number },
) =>
  a.x < b.x + b.width && a.x + card.width > b.x && a.y < b.y + b.height && a.y + card.height > b.y;

describe('where the coach’s card goes', () => {
  it('never covers the control it points at, and stays in the window', () => {
    for (const target of [
      { x: 10, y: 10, width: 200, height: 60 },
      { x: 1100, y: 650, width: 240, height: 80 },
      { x: 600, y: 350, width: 100, height: 40 },
    ]) {
      const p = placeCard(target, card, view, []);
      expect(overlaps(p, target)).toBe(false);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + card.width).toBeLessThanOrEqual(view.width);
      expect(p.y + card.height).toBeLessThanOrEqual(view.height);
    }
  });

  it('keeps clear of other controls when there is free room', () => {
    const target = { x: 30, y: 130, width: 190, height: 80 };
    // A panel on the right and a row of map nodes beside the target; the room below is free.
    const panel: Obstacle = { x: 890, y: 24, width: 450, height: 720, weight: 0.5 };
    const nodes: Obstacle[] = [240, 455, 670].map((x) => ({
      x,
      y: 130,
      width: 190,
      height: 80,
      weight: 1,
    }));
    const p = placeCard(target, card, view, [panel, ...nodes]);
    for (const o of [panel, ...nodes]) expect(overlaps(p, o)).toBe(false);
  });

  it('sits near its control when nothing is in the way', () => {
    const target = { x: 600, y: 100, width: 100, height: 40 };
    const p = placeCard(target, card, view, []);
    const d = Math.hypot(p.x + card.width / 2 - 650, p.y + card.height / 2 - 120);
    expect(d).toBeLessThan(400);
  });
});
