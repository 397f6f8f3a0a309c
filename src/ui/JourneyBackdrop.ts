import Phaser from 'phaser';
import { chartColors, colors, hexToNumber } from './theme';

/** Where the touchpoints sit along the journey (0 = start, 1 = end); the 4th is the "peak". */
const TOUCHPOINTS = [0.06, 0.24, 0.42, 0.6, 0.78, 0.95];
const PEAK_INDEX = 3;
const TOUCHPOINT_COLORS = [
  chartColors.blue,
  chartColors.orange,
  chartColors.bluishGreen,
  chartColors.vermillion,
  chartColors.skyBlue,
  chartColors.reddishPurple,
];
const TRAVELLER_COLORS = [
  chartColors.blue,
  chartColors.orange,
  chartColors.bluishGreen,
  chartColors.reddishPurple,
];
const TRAVELLERS = 9;
/** Fraction of the journey a traveller covers per second. */
const BASE_SPEED = 0.028;

/**
 * The title's backdrop, drawn in code: a customer journey as a winding line with touchpoints, and
 * a few customers travelling along it. Still (evenly spaced) when reduced motion is on.
 */
export class JourneyBackdrop {
  private readonly decor: Phaser.GameObjects.Graphics;
  private readonly travellersLayer: Phaser.GameObjects.Graphics;
  private path: Phaser.Math.Vector2[] = [];
  private scale = 1;
  private animated = true;
  private readonly progress: number[];
  private readonly speeds: number[];

  constructor(scene: Phaser.Scene) {
    this.decor = scene.add.graphics().setDepth(-10);
    this.travellersLayer = scene.add.graphics().setDepth(-9);
    // Fixed, evenly spread starting points and gently different speeds: no randomness needed.
    this.progress = Array.from({ length: TRAVELLERS }, (_, i) => i / TRAVELLERS);
    this.speeds = Array.from(
      { length: TRAVELLERS },
      (_, i) => BASE_SPEED * (0.8 + ((i * 7) % 5) * 0.1),
    );
    const onUpdate = (_time: number, delta: number) => this.update(delta);
    scene.events.on('update', onUpdate);
    scene.events.once('shutdown', () => scene.events.off('update', onUpdate));
  }

  layout(width: number, height: number, scale: number): void {
    this.scale = scale;
    const curve = new Phaser.Curves.Spline([
      new Phaser.Math.Vector2(width * 0.44, height * 0.9),
      new Phaser.Math.Vector2(width * 0.55, height * 0.64),
      new Phaser.Math.Vector2(width * 0.66, height * 0.74),
      new Phaser.Math.Vector2(width * 0.76, height * 0.44),
      new Phaser.Math.Vector2(width * 0.88, height * 0.52),
      new Phaser.Math.Vector2(width * 0.97, height * 0.2),
    ]);
    this.path = curve.getSpacedPoints(240);
    this.drawDecor(width, height);
    this.drawTravellers();
  }

  setAnimated(animated: boolean): void {
    this.animated = animated;
    if (!animated) {
      // Standing still, travellers wait between touchpoints rather than hiding behind them.
      for (let i = 0; i < TRAVELLERS; i++) {
        const gap = i % (TOUCHPOINTS.length - 1);
        const from = TOUCHPOINTS[gap] ?? 0;
        const to = TOUCHPOINTS[gap + 1] ?? 1;
        this.progress[i] = from + (to - from) * (i < TOUCHPOINTS.length - 1 ? 0.42 : 0.74);
      }
    }
    this.drawTravellers();
  }

  private pointAt(u: number): Phaser.Math.Vector2 {
    const points = this.path;
    const position = Phaser.Math.Clamp(u, 0, 1) * (points.length - 1);
    const index = Math.floor(position);
    const a = points[index] ?? new Phaser.Math.Vector2();
    const b = points[Math.min(index + 1, points.length - 1)] ?? a;
    const t = position - index;
    return new Phaser.Math.Vector2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
  }

  private drawDecor(width: number, height: number): void {
    const g = this.decor;
    const s = this.scale;
    g.clear();
    // Large, soft flat shapes give depth without competing with the text.
    g.fillStyle(hexToNumber(colors.surfaceMuted), 0.55);
    g.fillCircle(width * 0.84, height * 0.3, Math.min(width, height) * 0.42);
    g.fillStyle(hexToNumber(colors.surfaceMuted), 0.35);
    g.fillCircle(width * 0.62, height * 1.02, Math.min(width, height) * 0.3);

    if (this.path.length < 2) return;
    // The road: a wide pale band with a thin darker centre line.
    g.lineStyle(14 * s, hexToNumber(colors.surface), 1);
    g.strokePoints(this.path, false, false);
    g.lineStyle(3 * s, hexToNumber(colors.line), 1);
    g.strokePoints(this.path, false, false);

    TOUCHPOINTS.forEach((u, index) => {
      const point = this.pointAt(u);
      const color = hexToNumber(TOUCHPOINT_COLORS[index] ?? colors.primary);
      const peak = index === PEAK_INDEX || index === TOUCHPOINTS.length - 1;
      const r = (peak ? 22 : 16) * s;
      g.fillStyle(hexToNumber(colors.ink), 0.06);
      g.fillCircle(point.x, point.y + 3 * s, r + 2 * s);
      g.fillStyle(hexToNumber(colors.surface), 1);
      g.fillCircle(point.x, point.y, r);
      g.lineStyle(5 * s, color, 1);
      g.strokeCircle(point.x, point.y, r);
      g.fillStyle(color, 1);
      g.fillCircle(point.x, point.y, r * 0.38);
    });
  }

  private drawTravellers(): void {
    const g = this.travellersLayer;
    const s = this.scale;
    g.clear();
    if (this.path.length < 2) return;
    for (let i = 0; i < TRAVELLERS; i++) {
      const u = this.progress[i] ?? 0;
      const point = this.pointAt(u);
      // Fade in at the start and out at the end so travellers neither pop in nor vanish.
      const alpha = Math.min(1, u / 0.05, (1 - u) / 0.05);
      // A traveller swells a little as it passes a touchpoint: the moment that matters.
      const nearest = Math.min(...TOUCHPOINTS.map((tp) => Math.abs(tp - u)));
      const swell = 1 + 0.45 * Math.max(0, 1 - nearest / 0.03);
      g.fillStyle(
        hexToNumber(TRAVELLER_COLORS[i % TRAVELLER_COLORS.length] ?? colors.primary),
        alpha,
      );
      g.fillCircle(point.x, point.y, 8 * s * swell);
      g.lineStyle(2 * s, hexToNumber(colors.surface), alpha);
      g.strokeCircle(point.x, point.y, 8 * s * swell);
    }
  }

  private update(deltaMs: number): void {
    if (!this.animated) return;
    const seconds = Math.min(deltaMs, 100) / 1000;
    for (let i = 0; i < TRAVELLERS; i++) {
      this.progress[i] = ((this.progress[i] ?? 0) + (this.speeds[i] ?? BASE_SPEED) * seconds) % 1;
    }
    this.drawTravellers();
  }
}
