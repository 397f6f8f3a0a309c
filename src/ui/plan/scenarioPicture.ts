import type Phaser from 'phaser';
import { chartColors, colors, hexToNumber } from '../theme';

const c = (hex: string) => hexToNumber(hex);

/**
 * A small flat illustration per scenario, drawn in code (no image files): a signposted path for
 * the tutorial, a plane over clouds for an airline, a lit hotel front for a hotel.
 */
export function drawScenarioPicture(
  g: Phaser.GameObjects.Graphics,
  kind: string,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  g.fillStyle(c(kind === 'hotel' ? '#f3e3c7' : kind === 'tutorial' ? '#dcefe6' : '#d9ecf7'), 1);
  g.fillRoundedRect(x, y, w, h, 10);
  const u = Math.min(w, h * 1.6) / 100;
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (kind === 'airline') drawPlane(g, cx, cy, u, x, y, w, h);
  else if (kind === 'hotel') drawHotel(g, cx, y + h, u, x, w);
  else drawPath(g, x, y, w, h, u);
}

function drawPlane(
  g: Phaser.GameObjects.Graphics,
  cx: number,
  cy: number,
  u: number,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  g.fillStyle(0xffffff, 0.95);
  for (const [dx, dy, r] of [
    [-0.3, 0.25, 9],
    [-0.22, 0.22, 12],
    [-0.14, 0.26, 8],
    [0.25, -0.2, 7],
    [0.31, -0.23, 10],
    [0.37, -0.19, 7],
  ] as const)
    g.fillCircle(x + w / 2 + dx * w, y + h / 2 + dy * h, r * u);
  g.fillStyle(c(chartColors.blue), 1);
  // Fuselage, wings and tail.
  g.fillRoundedRect(cx - 28 * u, cy - 5 * u, 56 * u, 10 * u, 5 * u);
  g.fillTriangle(cx - 4 * u, cy, cx + 10 * u, cy, cx - 12 * u, cy + 22 * u);
  g.fillTriangle(cx - 4 * u, cy, cx + 10 * u, cy, cx - 12 * u, cy - 22 * u);
  g.fillTriangle(cx - 28 * u, cy, cx - 18 * u, cy, cx - 30 * u, cy - 14 * u);
  g.fillStyle(0xffffff, 1);
  for (let i = 0; i < 5; i++) g.fillCircle(cx + (2 + i * 4.5) * u, cy - 1 * u, 1.2 * u);
  g.fillStyle(c(chartColors.orange), 1);
  g.fillCircle(cx + 26 * u, cy, 2.2 * u);
}

function drawHotel(
  g: Phaser.GameObjects.Graphics,
  cx: number,
  bottom: number,
  u: number,
  x: number,
  w: number,
): void {
  g.fillStyle(c('#c9b48f'), 1);
  g.fillRect(x, bottom - 8 * u, w, 8 * u);
  const bw = 46 * u;
  const bh = 52 * u;
  g.fillStyle(c(chartColors.reddishPurple), 1);
  g.fillRect(cx - bw / 2, bottom - 8 * u - bh, bw, bh);
  g.fillStyle(c(colors.ink), 1);
  g.fillRect(cx - bw / 2 - 2 * u, bottom - 8 * u - bh - 4 * u, bw + 4 * u, 5 * u);
  g.fillStyle(c(chartColors.yellow), 1);
  for (let row = 0; row < 4; row++)
    for (let col = 0; col < 4; col++)
      if ((row + col) % 3 !== 0)
        g.fillRect(
          cx - bw / 2 + (5 + col * 10) * u,
          bottom - 8 * u - bh + (6 + row * 10) * u,
          6 * u,
          6 * u,
        );
  g.fillStyle(c(colors.ink), 1);
  g.fillRect(cx - 5 * u, bottom - 8 * u - 9 * u, 10 * u, 9 * u);
  g.fillStyle(c(chartColors.bluishGreen), 1);
  g.fillCircle(cx - bw / 2 - 10 * u, bottom - 14 * u, 7 * u);
  g.fillCircle(cx + bw / 2 + 10 * u, bottom - 14 * u, 7 * u);
}

function drawPath(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  u: number,
): void {
  const stops = [0.15, 0.38, 0.62, 0.85].map((f, i) => ({
    x: x + w * f,
    y: y + h * (i % 2 === 0 ? 0.62 : 0.42),
  }));
  g.lineStyle(5 * u, c(colors.line), 1);
  g.beginPath();
  g.moveTo(stops[0]!.x, stops[0]!.y);
  for (const p of stops.slice(1)) g.lineTo(p.x, p.y);
  g.strokePath();
  const dots = [chartColors.bluishGreen, chartColors.skyBlue, chartColors.orange, chartColors.blue];
  stops.forEach((p, i) => {
    g.fillStyle(0xffffff, 1);
    g.fillCircle(p.x, p.y, 9 * u);
    g.fillStyle(c(dots[i]!), 1);
    g.fillCircle(p.x, p.y, 6 * u);
  });
  // A flag at the end of the path: where the journey is going.
  const end = stops[3]!;
  g.lineStyle(2 * u, c(colors.ink), 1);
  g.lineBetween(end.x, end.y - 8 * u, end.x, end.y - 30 * u);
  g.fillStyle(c(chartColors.vermillion), 1);
  g.fillTriangle(end.x, end.y - 30 * u, end.x + 14 * u, end.y - 25 * u, end.x, end.y - 20 * u);
}
