import type Phaser from 'phaser';

let counter = 0;

/**
 * Still drawings (the map's cards, panel frames) baked once per layout into a texture and shown
 * as one image. A live Graphics is re-tessellated every frame, which software WebGL feels; an
 * image costs one quad.
 */
export class BakedLayer {
  /** Draw into this, then call `bake`. It is never on the display list itself. */
  readonly g: Phaser.GameObjects.Graphics;
  private readonly image: Phaser.GameObjects.Image;
  private readonly key = `baked-layer-${++counter}`;

  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
  ) {
    this.g = scene.make.graphics({}, false);
    this.image = scene.add.image(0, 0, '__DEFAULT').setOrigin(0).setDepth(depth).setVisible(false);
    scene.events.once('shutdown', () => {
      this.g.destroy();
      if (scene.textures.exists(this.key)) scene.textures.remove(this.key);
    });
  }

  bake(width: number, height: number): void {
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
