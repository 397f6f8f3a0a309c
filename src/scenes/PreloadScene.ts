import Phaser from 'phaser';
import { LOOP_NAMES, SOUND_NAMES, soundUrls } from '../audio/sounds';
import { onLanguageChange, onResize } from '../ui/sceneBindings';
import { textStyle } from '../ui/textStyle';
import { colors, hexToNumber, layoutScale, radius } from '../ui/theme';
import { SceneKeys, announceSceneReady } from './keys';
import { servicesOf } from './services';

const BINARY_PREFIX = 'sound:';

/**
 * Loads every sound through Phaser's loader (so one progress bar covers everything), then hands
 * the bytes to the audio wrapper as blob URLs: one download, played by howler.
 */
export class PreloadScene extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;
  private progress = 0;

  constructor() {
    super(SceneKeys.Preload);
  }

  preload(): void {
    const { i18n } = servicesOf(this);
    this.bar = this.add.graphics();
    this.label = this.add.text(0, 0, i18n.t('common.loading'), textStyle('body', 1)).setOrigin(0.5);
    this.layout(this.scale.width, this.scale.height);
    onResize(this, (width, height) => this.layout(width, height));
    onLanguageChange(this, i18n, () => this.label.setText(i18n.t('common.loading')));

    this.load.on('progress', (value: number) => {
      this.progress = value;
      this.drawBar();
    });
    for (const name of [...SOUND_NAMES, ...LOOP_NAMES]) {
      this.load.binary(`${BINARY_PREFIX}${name}`, soundUrls[name]);
    }
  }

  create(): void {
    const { audio } = servicesOf(this);
    for (const name of [...SOUND_NAMES, ...LOOP_NAMES]) {
      const bytes = this.cache.binary.get(`${BINARY_PREFIX}${name}`) as ArrayBuffer | undefined;
      const url = bytes
        ? URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }))
        : soundUrls[name];
      audio.register(name, url);
    }
    announceSceneReady(this);
    this.scene.start(SceneKeys.Title);
  }

  private layout(width: number, height: number): void {
    const scale = layoutScale(width, height);
    this.label.setStyle(textStyle('body', scale, { color: colors.inkMuted }));
    this.label.setPosition(width / 2, height / 2 - 28 * scale);
    this.drawBar();
  }

  private drawBar(): void {
    const width = this.scale.width;
    const height = this.scale.height;
    const scale = layoutScale(width, height);
    const barWidth = Math.min(480 * scale, width * 0.6);
    const barHeight = 10 * scale;
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.bar.clear();
    this.bar.fillStyle(hexToNumber(colors.surfaceMuted), 1);
    this.bar.fillRoundedRect(x, y, barWidth, barHeight, Math.min(radius.s, barHeight / 2));
    if (this.progress > 0) {
      this.bar.fillStyle(hexToNumber(colors.primary), 1);
      this.bar.fillRoundedRect(
        x,
        y,
        Math.max(barHeight, barWidth * this.progress),
        barHeight,
        Math.min(radius.s, barHeight / 2),
      );
    }
  }
}
