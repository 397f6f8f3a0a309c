import Phaser from 'phaser';
import { colors } from '../ui/theme';
import { SceneKeys } from './keys';

/** The first scene: nothing to load yet, it only hands over to Preload on a calm background. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(colors.background);
    this.scene.start(SceneKeys.Preload);
  }
}
