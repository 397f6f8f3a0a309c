import type Phaser from 'phaser';
import { chartColors, colors, hexToNumber } from '../theme';

/** What a touchpoint card marks with a small symbol, in drawing order. */
export const MARKERS = ['surveyed', 'invested', 'redesign', 'peak', 'end'] as const;
export type Marker = (typeof MARKERS)[number];

/**
 * A symbol per marker; each differs in shape as well as colour, so it reads without colour
 * vision: a speech bubble, a coin, a diamond, a star, a flag.
 */
export function drawMarker(
  g: Phaser.GameObjects.Graphics,
  marker: Marker,
  x: number,
  y: number,
  size: number,
): void {
  const r = size / 2;
  switch (marker) {
    case 'surveyed':
      g.fillStyle(hexToNumber(chartColors.blue), 1);
      g.fillRoundedRect(x - r, y - r * 0.8, size, r * 1.4, r * 0.4);
      g.fillTriangle(x - r * 0.5, y + r * 0.5, x, y + r * 0.5, x - r * 0.6, y + r);
      break;
    case 'invested':
      g.fillStyle(hexToNumber(chartColors.orange), 1);
      g.fillCircle(x, y, r);
      g.lineStyle(Math.max(1, size / 10), 0xffffff, 1);
      g.strokeCircle(x, y, r * 0.55);
      break;
    case 'redesign':
      g.fillStyle(hexToNumber(chartColors.bluishGreen), 1);
      g.fillTriangle(x, y - r, x + r, y, x - r, y);
      g.fillTriangle(x, y + r, x + r, y, x - r, y);
      break;
    case 'peak': {
      g.fillStyle(hexToNumber(chartColors.vermillion), 1);
      // A five-pointed star as triangles from its centre (no vector types needed).
      const at = (i: number) => {
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        return [x + Math.cos(angle) * rr, y + Math.sin(angle) * rr] as const;
      };
      for (let i = 0; i < 10; i++) {
        const [ax, ay] = at(i);
        const [bx, by] = at(i + 1);
        g.fillTriangle(x, y, ax, ay, bx, by);
      }
      break;
    }
    case 'end':
      g.lineStyle(Math.max(1.5, size / 8), hexToNumber(colors.ink), 1);
      g.lineBetween(x - r * 0.6, y + r, x - r * 0.6, y - r);
      g.fillStyle(hexToNumber(colors.ink), 1);
      g.fillTriangle(x - r * 0.6, y - r, x + r, y - r * 0.5, x - r * 0.6, y);
      break;
  }
}
