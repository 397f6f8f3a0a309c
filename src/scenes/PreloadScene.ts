import Phaser from 'phaser';
import {
  FIRST_SOUNDS,
  fetchFirstSounds,
  forgetFirstSounds,
  preloadedSounds,
  soundUrls,
} from '../audio/sounds';
import { textStyle } from '../ui/textStyle';
import { colors, hexToNumber, layoutScale } from '../ui/theme';
import { PRELOAD_PROGRESS, SceneKeys, announceSceneReady, startAtOnce } from './keys';
import { PromisedBinaryFile } from './promisedBinaryFile';
import { coreServicesOf } from './services';

const SAY_LOADING_AFTER_MS = 250;

/**
 * Loads the interface sounds the title needs first (select, confirm, warning) through Phaser's
 * loader, with a progress bar driven by its `progress` event, then starts the title. Their
 * requests went out as the page's script started (`fetchFirstSounds`), so the loader waits only
 * for what has not arrived yet rather than asking once the game has booted. They are kept
 * as in-memory URLs for the audio wrapper, which registers them (and fetches the other sounds and
 * the ambient loops) once the title has drawn: nothing waits for howler or the loops.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Preload);
  }

  preload(): void {
    const { i18n } = coreServicesOf(this);
    const { width, height } = this.scale;
    const s = layoutScale(width, height);
    const barWidth = Math.min(420 * s, width * 0.6);
    const barHeight = 10 * s;
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add
      .graphics()
      .fillStyle(hexToNumber(colors.surfaceMuted), 1)
      .fillRoundedRect(x, y, barWidth, barHeight, barHeight / 2);
    const fill = this.add.graphics();
    // Said only when loading takes long enough to read it: the sounds usually arrive with the
    // scripts, and a word shown for no frame at all would still cost a text's canvas.
    this.time.delayedCall(SAY_LOADING_AFTER_MS, () =>
      this.add
        .text(
          width / 2,
          y - 14 * s,
          i18n.t('common.loading'),
          textStyle('body', s, { color: colors.inkMuted }),
        )
        .setOrigin(0.5, 1),
    );
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill
        .clear()
        .fillStyle(hexToNumber(colors.primary), 1)
        .fillRoundedRect(x, y, Math.max(barHeight, barWidth * progress), barHeight, barHeight / 2);
      this.game.events.emit(PRELOAD_PROGRESS, progress);
    });
    const bytes = fetchFirstSounds();
    for (const name of FIRST_SOUNDS)
      this.load.addFile(new PromisedBinaryFile(this.load, name, soundUrls[name], bytes.get(name)!));
  }

  create(): void {
    // A sound that failed to load is simply fetched again by its bundled URL later.
    for (const name of FIRST_SOUNDS) {
      const data: unknown = this.cache.binary.get(name);
      if (data instanceof ArrayBuffer) preloadedSounds.set(name, data);
      this.cache.binary.remove(name);
    }
    // The bytes are the audio wrapper's now; the requests need not hold them for the page's life.
    forgetFirstSounds();
    announceSceneReady(this);
    startAtOnce(this, SceneKeys.Title);
  }
}
