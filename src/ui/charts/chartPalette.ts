import type Phaser from 'phaser';
import { chartColors, chartSeries, hexToNumber } from '../theme';

/** Marker shapes that go with the series colours, so series differ by more than hue. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

export function seriesColor(index: number): number {
  return hexToNumber(chartSeries[index % chartSeries.length]!);
}

export function seriesMarker(index: number): Marker {
  return MARKERS[index % MARKERS.length]!;
}

/** Draws a marker centred on (x, y) with the current fill style. */
export function fillMarker(
  g: Phaser.GameObjects.Graphics,
  marker: Marker,
  x: number,
  y: number,
  r: number,
): void {
  switch (marker) {
    case 'circle':
      g.fillCircle(x, y, r);
      break;
    case 'square':
      g.fillRect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'triangle':
      g.fillTriangle(x, y - r * 1.15, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
      break;
    case 'diamond':
      g.fillTriangle(x, y - r * 1.2, x + r * 1.1, y, x - r * 1.1, y);
      g.fillTriangle(x, y + r * 1.2, x + r * 1.1, y, x - r * 1.1, y);
      break;
  }
}

/**
 * A diverging scale from vermillion (worst) through pale sand to blue (best): the Okabe–Ito ends,
 * which stay apart for red–green colour blindness; lightness also changes, so it reads in grey.
 */
export function levelColor(level: number): number {
  const bad = hexToNumber(chartColors.vermillion);
  const mid = 0xf3ead7;
  const good = hexToNumber(chartColors.blue);
  const l = Math.min(1, Math.max(0, level));
  return l < 0.5 ? mix(bad, mid, l / 0.5) : mix(mid, good, (l - 0.5) / 0.5);
}

export function mix(a: number, b: number, t: number): number {
  const ch = (shift: number) => {
    const x = (a >> shift) & 0xff;
    const y = (b >> shift) & 0xff;
    return Math.round(x + (y - x) * t) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** Dark ink on light cells, white on dark ones. */
export function inkOn(color: number): string {
  const r = (color >> 16) & 0xff;
  const g = (color >> 8) & 0xff;
  const b = color & 0xff;
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance > 0.55 ? '#1d2739' : '#ffffff';
}
