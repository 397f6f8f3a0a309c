import { describe, expect, it } from 'vitest';
import { layoutJourney, type MeasureWords } from '../../src/ui/run/journeyLayout';
import type { RunTimeline } from '../../src/ui/viewModels/runTimeline';

/** Two stages, the first with three touchpoints: the map's geometry needs nothing else. */
const timeline = {
  stages: [
    { id: 'a', nameKey: 'a', nodes: [0, 1, 2] },
    { id: 'b', nameKey: 'b', nodes: [3] },
  ],
  nodes: [0, 1, 2, 3].map((i) => ({
    id: `n${i}`,
    nameKey: `n${i}`,
    stage: i < 3 ? 0 : 1,
    row: i < 3 ? i : 0,
    rows: i < 3 ? 3 : 1,
    removed: false,
  })),
} as unknown as RunTimeline;
const area = { x: 0, y: 0, width: 400, height: 480 };

describe("the Run's journey map", () => {
  it('keeps the full names where they fit whole', () => {
    const asked: boolean[] = [];
    const measure: MeasureWords = (_c, _w, short) => {
      asked.push(short);
      return { headerHeight: 40, cardHeight: 60, whole: true };
    };
    const layout = layoutJourney(timeline, area, 1, measure);
    expect(layout.short).toBe(false);
    expect(asked).toEqual([false]);
  });

  it('shows the short labels where a full name has a word wider than its card', () => {
    const measure: MeasureWords = (_c, _w, short) =>
      short
        ? { headerHeight: 40, cardHeight: 50, whole: true }
        : { headerHeight: 90, cardHeight: 60, whole: false };
    const layout = layoutJourney(timeline, area, 1, measure);
    expect(layout.short).toBe(true);
    // The header and cards take the short labels' heights.
    expect(layout.headerHeight).toBe(54);
    expect(layout.nodes[0]!.height).toBeCloseTo(((480 - 54) / 3) * 0.52);
  });

  it('shows the short labels where the full names need more than a card can take', () => {
    // (480 − 54) / 3 = 142 px a slot; a card takes at most 85% of it, 120.7 px.
    const measure: MeasureWords = (_c, _w, short) =>
      short
        ? { headerHeight: 40, cardHeight: 50, whole: true }
        : { headerHeight: 40, cardHeight: 130, whole: true };
    expect(layoutJourney(timeline, area, 1, measure).short).toBe(true);
    const fits: MeasureWords = () => ({ headerHeight: 40, cardHeight: 120, whole: true });
    expect(layoutJourney(timeline, area, 1, fits).short).toBe(false);
  });
});
