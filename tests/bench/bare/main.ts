import Phaser from 'phaser';
import { chooseRenderer, webglRendererName } from '../../../src/ui/renderer';

// The benchmark's baseline: the least a Phaser 4 game does before it can be used — one scene
// with a heading and a clickable button, in the same renderer and scale mode as the game (it
// picks its renderer the same way, so the ratio compares like with like).
class BareScene extends Phaser.Scene {
  constructor() {
    super('Bare');
  }

  create(): void {
    this.add.text(40, 40, 'Bare Phaser 4', {
      fontFamily: 'sans-serif',
      fontSize: '64px',
      color: '#1d2739',
    });
    const button = this.add.rectangle(200, 200, 320, 54, 0x1f5f8b).setInteractive();
    button.on('pointerup', () => button.setFillStyle(0x174a6d));
    (window as unknown as { __bareReadyAt: number }).__bareReadyAt = performance.now();
  }
}

new Phaser.Game({
  type: chooseRenderer(webglRendererName()) === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
  parent: 'game',
  backgroundColor: '#f6f4ef',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BareScene],
});
