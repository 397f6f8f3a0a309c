import Phaser from 'phaser';
import { SceneKeys, startAtOnce } from './keys';

/**
 * The first scene. Every picture is drawn in code, so Boot has nothing of its own to load (a
 * logo for the loading screen would be loaded here); the game clears to the page colour and Boot
 * hands over to Preload.
 */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    startAtOnce(this, SceneKeys.Preload);
  }
}
