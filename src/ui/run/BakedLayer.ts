import type Phaser from 'phaser';

let counter = 0;

/**
 * How the still drawings reach the screen.
 * - `texture`: with a GPU, or with the Canvas renderer, they are baked into a texture shown as one
 *   image; a live Graphics would be re-tessellated every frame.
 * - `backdrop`: software WebGL pays for every pixel it blends (a screen-sized layer costs it about
 *   6 ms a frame, whether flat or textured), so redrawing the map every frame halves the frame
 *   rate. There the still drawings and their texts are painted once, with the same Canvas 2D
 *   drawing Phaser's own baking uses, onto a canvas behind the game's (transparent) canvas: the
 *   classic layered-canvas split. Each frame then draws only what moves.
 */
export type StillMode = 'texture' | 'backdrop';

/**
 * Still drawings (the map's cards, panel frames) drawn once per layout: `begin`, draw into the
 * Graphics it returns, then `bake`.
 */
export class BakedLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly image: Phaser.GameObjects.Image | null = null;
  private readonly backdrop: HTMLCanvasElement | null = null;
  private readonly key = `baked-layer-${++counter}`;

  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
    mode: StillMode,
  ) {
    this.g = scene.make.graphics({}, false);
    if (mode === 'texture') {
      this.image = scene.add
        .image(0, 0, '__DEFAULT')
        .setOrigin(0)
        .setDepth(depth)
        .setVisible(false);
    } else {
      this.backdrop = document.createElement('canvas');
      this.backdrop.className = 'stage-backdrop';
      this.backdrop.setAttribute('aria-hidden', 'true');
      scene.game.canvas.before(this.backdrop);
    }
    scene.events.once('shutdown', () => {
      this.g.destroy();
      this.backdrop?.remove();
      if (scene.textures.exists(this.key)) scene.textures.remove(this.key);
    });
  }

  /** An empty drawing to draw the layout into; then call `bake`. */
  begin(): Phaser.GameObjects.Graphics {
    return this.g.clear();
  }

  /**
   * Shows what was drawn into the Graphics since `begin`. `texts` are texts that change only
   * with the layout: as a backdrop they are painted into it (and hidden in the scene); as a
   * texture they stay live objects, which a GPU draws for next to nothing.
   */
  bake(width: number, height: number, texts: readonly Phaser.GameObjects.Text[]): void {
    const w = Math.max(1, Math.ceil(width));
    const h = Math.max(1, Math.ceil(height));
    if (this.backdrop) {
      this.paintBackdrop(this.backdrop, w, h, texts);
    } else if (this.image) {
      const textures = this.scene.textures;
      if (textures.exists(this.key)) {
        this.image.setTexture('__DEFAULT');
        textures.remove(this.key);
      }
      this.g.generateTexture(this.key, w, h);
      this.image.setTexture(this.key).setPosition(0, 0).setVisible(true);
    }
    this.g.clear();
  }

  private paintBackdrop(
    canvas: HTMLCanvasElement,
    width: number,
    height: number,
    texts: readonly Phaser.GameObjects.Text[],
  ): void {
    // Setting the size also clears it.
    canvas.width = width;
    canvas.height = height;
    this.g.generateTexture(canvas, width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    for (const text of texts) {
      text.setVisible(false);
      if (!text.text) continue;
      // Whole pixels, as the game's `roundPixels` places texts: crisp, and where they would be.
      ctx.drawImage(
        text.canvas,
        Math.round(text.x - text.displayOriginX),
        Math.round(text.y - text.displayOriginY),
        text.width,
        text.height,
      );
    }
  }
}
