import Phaser from 'phaser';
import { LOOP_NAMES, SOUND_NAMES, soundUrls } from '../audio/sounds';
import { SceneKeys, announceSceneReady, readyEventName } from './keys';
import { servicesOf } from './services';

/**
 * Everything the title shows is drawn in code, so there is nothing to wait for: Preload starts
 * the title at once and hands the sounds to the audio wrapper to fetch after the title's first
 * frame. Sounds are only needed once the player acts, and the ambient loops are most of the
 * bytes; a loop asked for before it has arrived starts when it does (howler also holds a sound
 * played while still loading). Images needed before the title would be loaded here, with a
 * progress bar from the loader's `progress` event.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Preload);
  }

  create(): void {
    const { audio } = servicesOf(this);
    const events = this.game.events;
    events.once(readyEventName(SceneKeys.Title), () =>
      events.once(Phaser.Core.Events.POST_RENDER, () => {
        for (const name of [...SOUND_NAMES, ...LOOP_NAMES]) audio.register(name, soundUrls[name]);
      }),
    );
    announceSceneReady(this);
    this.scene.start(SceneKeys.Title);
  }
}
