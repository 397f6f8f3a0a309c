import { describe, expect, it } from 'vitest';
import { keyFitsBeside, sidebarLayout, type SidebarNeeds } from '../../src/ui/run/sidebarLayout';

/** The hotel at 1366×768: a 587 px sidebar; the key's least heights at projector text. */
const needs = (channels: number): SidebarNeeds => ({
  height: 587,
  gap: 16,
  channels,
  legend: 190,
  compactLegend: 138,
  usualLegend: 170,
});

describe("the Run's sidebar: the channel list and the mood key", () => {
  it('gives the key its usual height where the channels leave the room', () => {
    const side = sidebarLayout(needs(300));
    expect(side).toEqual({ legend: 'sidebar', legendHeight: 190, channelsHeight: 587 - 190 - 16 });
  });

  it('gives the key what is left over its least, and the channels never less than they need', () => {
    const wide = sidebarLayout({ ...needs(200), legend: 120 });
    expect(wide.legend).toBe('sidebar');
    expect(wide.legendHeight).toBe(170);
    const tight = sidebarLayout({ ...needs(430), legend: 120 });
    expect(tight.legendHeight).toBe(587 - 16 - 430);
    expect(tight.channelsHeight).toBe(430);
  });

  it('turns the key compact where the full key would crowd the channels', () => {
    const side = sidebarLayout(needs(420));
    expect(side.legend).toBe('compact');
    expect(side.legendHeight).toBe(587 - 16 - 420);
    expect(side.channelsHeight + 16 + side.legendHeight).toBeCloseTo(587);
    expect(side.channelsHeight).toBeGreaterThanOrEqual(420);
  });

  it('moves the key under the map where even the compact key does not fit (nine channels)', () => {
    // Nine rows of 52 px and the heading: 524 px, with 16 + 138 for the compact key = 678.
    const side = sidebarLayout(needs(524));
    expect(side).toEqual({ legend: 'underMap', channelsHeight: 587, legendHeight: 0 });
    expect(keyFitsBeside(needs(524))).toBe(false);
    expect(keyFitsBeside(needs(433))).toBe(true);
  });

  it('never lets the channels and the key overlap in the sidebar', () => {
    for (let channels = 100; channels <= 600; channels += 7) {
      const side = sidebarLayout(needs(channels));
      if (side.legend === 'underMap') continue;
      expect(side.channelsHeight).toBeGreaterThanOrEqual(channels - 0.5);
      expect(side.channelsHeight + 16 + side.legendHeight).toBeCloseTo(587);
    }
  });
});
