import type Phaser from 'phaser';
import { moodBand, placeAt, type RunTimeline } from '../viewModels/runTimeline';
import { queueSpot, type JourneyLayout, type Point } from './journeyLayout';
import { MOOD_BANDS, MOOD_STYLE, moodTextureKey } from './moodStyle';

const TEXTURE_SIZE = 32;

/** Makes the three dot shapes, each in its mood's colour, once per game. */
function ensureTextures(scene: Phaser.Scene): void {
  for (const band of MOOD_BANDS) {
    const { shape, color } = MOOD_STYLE[band];
    const key = moodTextureKey(band);
    if (scene.textures.exists(key)) continue;
    const g = scene.make.graphics({}, false);
    const s = TEXTURE_SIZE;
    g.fillStyle(color, 1);
    if (shape === 'circle') g.fillCircle(s / 2, s / 2, s / 2 - 2);
    else if (shape === 'square') g.fillRect(4, 4, s - 8, s - 8);
    else g.fillTriangle(s / 2, s - 2, 2, 4, s - 2, 4);
    g.generateTexture(key, s, s);
    g.destroy();
  }
}

/**
 * The sampled customers on the map: a pool of images from three generated textures, placed every
 * frame from the timeline (no tween per dot), so the busiest moment stays cheap to draw even in
 * software WebGL.
 */
export class CustomerDots {
  private readonly pool: Phaser.GameObjects.Image[] = [];
  private readonly scene: Phaser.Scene;
  /** Customers now waiting per channel: the channel panel shows these as its queue. */
  readonly waitingByChannel: number[];

  constructor(
    scene: Phaser.Scene,
    private readonly timeline: RunTimeline,
  ) {
    this.scene = scene;
    ensureTextures(scene);
    this.waitingByChannel = timeline.channels.map(() => 0);
  }

  destroy(): void {
    for (const image of this.pool) image.destroy();
    this.pool.length = 0;
  }

  private image(i: number): Phaser.GameObjects.Image {
    let image = this.pool[i];
    if (!image) {
      image = this.scene.add.image(0, 0, moodTextureKey('delighted')).setDepth(5);
      this.pool.push(image);
    }
    return image;
  }

  /** Places every customer on the map at time `t`; returns how many are on it. */
  draw(layout: JourneyLayout, t: number): number {
    const size = layout.dot * 2;
    const queues = new Map<number, number>();
    this.waitingByChannel.fill(0);
    let shown = 0;
    for (const journey of this.timeline.journeys) {
      if (t < journey.start || t >= journey.end) continue;
      const place = placeAt(journey, t);
      if (!place) continue;
      let at: Point;
      if (place.kind === 'waiting') {
        const k = queues.get(place.node) ?? 0;
        queues.set(place.node, k + 1);
        at = queueSpot(layout, place.node, k);
        const step = journey.steps.find((s) => s.node === place.node);
        if (step) this.waitingByChannel[step.channel]!++;
      } else if (place.kind === 'moving') {
        const to = layout.nodes[place.to]!.enter;
        const from =
          place.from === null
            ? { x: layout.area.x - size, y: to.y }
            : layout.nodes[place.from]!.exit;
        at = lerp(from, to, ease(place.progress));
      } else {
        const from = layout.nodes[place.from]!.exit;
        at = lerp(from, { x: layout.area.x + layout.area.width + size, y: from.y }, place.progress);
      }
      const image = this.image(shown++);
      image
        .setTexture(moodTextureKey(moodBand(place.mood)))
        .setDisplaySize(size, size)
        .setPosition(at.x, at.y)
        .setVisible(true);
    }
    for (let i = shown; i < this.pool.length; i++) this.pool[i]!.setVisible(false);
    return shown;
  }
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Gentle start and stop, so walkers read as people rather than particles. */
function ease(t: number): number {
  return t * t * (3 - 2 * t);
}
