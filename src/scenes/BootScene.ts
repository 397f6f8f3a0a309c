import Phaser from 'phaser';
import { SceneKeys } from './keys';

/** The first scene: nothing to load yet, it only hands over to Preload (the game clears to the page colour). */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    this.scene.start(SceneKeys.Preload);
  }
}
