import type Phaser from 'phaser';

let counter = 0;

/**
 * Still drawings (the map's cards, panel frames) drawn once per layout. With a GPU, or with the
 * Canvas renderer, they are baked into a texture shown as one image: a live Graphics is
 * re-tessellated every frame. Software WebGL is the other way round: sampling a screen-sized
 * texture with filtering costs it more than flat fills do, so there the Graphics stays live.
 */
export class BakedLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly image: Phaser.GameObjects.Image | null;
  private readonly key = `baked-layer-${++counter}`;

  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
    live: boolean,
  ) {
    this.g = live ? scene.add.graphics().setDepth(depth) : scene.make.graphics({}, false);
    this.image = live
      ? null
      : scene.add.image(0, 0, '__DEFAULT').setOrigin(0).setDepth(depth).setVisible(false);
    scene.events.once('shutdown', () => {
      this.g.destroy();
      if (scene.textures.exists(this.key)) scene.textures.remove(this.key);
    });
  }

  /** An empty drawing to draw the layout into; then call `bake`. */
  begin(): Phaser.GameObjects.Graphics {
    return this.g.clear();
  }

  /** Shows what was drawn into `g` since the last call (baked, or as it is when live). */
  bake(width: number, height: number): void {
    if (!this.image) return;
    const textures = this.scene.textures;
    if (textures.exists(this.key)) {
      this.image.setTexture('__DEFAULT');
      textures.remove(this.key);
    }
    this.g.generateTexture(this.key, Math.max(1, Math.ceil(width)), Math.max(1, Math.ceil(height)));
    this.image.setTexture(this.key).setPosition(0, 0).setVisible(true);
    this.g.clear();
  }
}
