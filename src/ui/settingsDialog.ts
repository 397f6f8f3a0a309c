import type { SoundPlayer } from '../audio/gameAudio';
import type { I18n } from '../i18n';
import { LANGUAGES, TEXT_SIZES, type Language, type TextSize } from '../state/settings';
import type { SettingsStore } from '../state/settingsStore';
import { closingActions, openDialog, type DialogHandle } from './dialog';

export interface SettingsDialogDeps {
  overlay: HTMLElement;
  settings: SettingsStore & { reducedMotion(): boolean };
  i18n: I18n;
  sound: SoundPlayer;
  onClose?: () => void;
}

function field(
  legendKey: string,
  i18n: I18n,
): { fieldset: HTMLFieldSetElement; texts: (() => void)[] } {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'settings-group';
  const legend = document.createElement('legend');
  fieldset.appendChild(legend);
  return { fieldset, texts: [() => (legend.textContent = i18n.t(legendKey))] };
}

/**
 * The settings dialog: language, text size, sound on/off, volume, reduced motion. Every change goes to the
 * store at once (and so is remembered); texts re-render in place on a language change so focus
 * stays where the player is. Usable from the title and, later, a pause menu.
 */
export function openSettingsDialog(deps: SettingsDialogDeps): DialogHandle {
  const { settings, i18n, sound } = deps;
  const texts: (() => void)[] = [];
  let unsubscribe = () => {};

  const dialog = openDialog({
    overlay: deps.overlay,
    name: 'settings',
    title: i18n.t('settings.title'),
    onClose: () => {
      unsubscribe();
      i18n.off('languageChanged', renderTexts);
      deps.onClose?.();
    },
    build: (body, handle) => {
      // Language
      const language = field('settings.language', i18n);
      texts.push(...language.texts);
      const radios = new Map<Language, HTMLInputElement>();
      for (const code of LANGUAGES) {
        const label = document.createElement('label');
        label.className = 'choice';
        label.lang = code;
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = 'language';
        input.value = code;
        input.dataset.name = `settings.language.${code}`;
        input.addEventListener('change', () => {
          if (input.checked) {
            settings.getState().setLanguage(code);
            sound.play('select');
          }
        });
        const text = document.createElement('span');
        texts.push(() => (text.textContent = i18n.t(`common.languages.${code}`)));
        label.append(input, text);
        language.fieldset.appendChild(label);
        radios.set(code, input);
      }

      // Text size: the layout follows at once, so the player sees the size they choose.
      const textSize = field('settings.textSize', i18n);
      texts.push(...textSize.texts);
      const sizes = new Map<TextSize, HTMLInputElement>();
      const sizeRow = document.createElement('div');
      sizeRow.className = 'choice-row';
      const sizeHint = document.createElement('p');
      sizeHint.className = 'hint';
      sizeHint.id = 'settings-text-size-hint';
      texts.push(() => (sizeHint.textContent = i18n.t('settings.textSizeHint')));
      for (const size of TEXT_SIZES) {
        const label = document.createElement('label');
        label.className = 'choice';
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = 'textSize';
        input.value = size;
        input.dataset.name = `settings.textSize.${size}`;
        input.setAttribute('aria-describedby', sizeHint.id);
        input.addEventListener('change', () => {
          if (input.checked) {
            settings.getState().setTextSize(size);
            sound.play('select');
          }
        });
        const text = document.createElement('span');
        texts.push(() => (text.textContent = i18n.t(`settings.textSizes.${size}`)));
        label.append(input, text);
        sizeRow.appendChild(label);
        sizes.set(size, input);
      }
      textSize.fieldset.append(sizeRow, sizeHint);

      // Sound
      const soundGroup = field('settings.sound', i18n);
      texts.push(...soundGroup.texts);
      const soundLabel = document.createElement('label');
      soundLabel.className = 'choice';
      const soundToggle = document.createElement('input');
      soundToggle.type = 'checkbox';
      soundToggle.dataset.name = 'settings.soundOn';
      soundToggle.addEventListener('change', () => {
        settings.getState().setSoundOn(soundToggle.checked);
        sound.play('select');
      });
      const soundText = document.createElement('span');
      texts.push(() => (soundText.textContent = i18n.t('settings.soundOn')));
      soundLabel.append(soundToggle, soundText);

      const volumeLabel = document.createElement('label');
      volumeLabel.className = 'slider';
      const volumeText = document.createElement('span');
      texts.push(() => (volumeText.textContent = i18n.t('settings.volume')));
      const volume = document.createElement('input');
      volume.type = 'range';
      volume.min = '0';
      volume.max = '100';
      volume.step = '5';
      volume.dataset.name = 'settings.volume';
      const volumeValue = document.createElement('output');
      volume.addEventListener('input', () =>
        settings.getState().setVolume(Number(volume.value) / 100),
      );
      volume.addEventListener('change', () => sound.play('select'));
      volumeLabel.append(volumeText, volume, volumeValue);
      soundGroup.fieldset.append(soundLabel, volumeLabel);

      // Motion
      const motion = field('settings.motion', i18n);
      texts.push(...motion.texts);
      const motionLabel = document.createElement('label');
      motionLabel.className = 'choice';
      const motionToggle = document.createElement('input');
      motionToggle.type = 'checkbox';
      motionToggle.dataset.name = 'settings.reducedMotion';
      motionToggle.addEventListener('change', () => {
        settings.getState().setReducedMotion(motionToggle.checked);
        sound.play('select');
      });
      const motionText = document.createElement('span');
      texts.push(() => (motionText.textContent = i18n.t('settings.reducedMotion')));
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.id = 'settings-reduced-motion-hint';
      motionToggle.setAttribute('aria-describedby', hint.id);
      texts.push(() => (hint.textContent = i18n.t('settings.reducedMotionHint')));
      motionLabel.append(motionToggle, motionText);
      motion.fieldset.append(motionLabel, hint);

      const actions = closingActions(
        handle,
        sound,
        { name: 'settings.done', label: () => i18n.t('settings.done'), primary: true },
        texts,
      );

      body.append(
        language.fieldset,
        textSize.fieldset,
        soundGroup.fieldset,
        motion.fieldset,
        actions,
      );

      const syncFromStore = () => {
        const state = settings.getState();
        for (const [code, input] of radios) input.checked = code === state.language;
        for (const [size, input] of sizes) input.checked = size === state.textSize;
        soundToggle.checked = state.soundOn;
        const percent = Math.round(state.volume * 100);
        volume.value = String(percent);
        volume.setAttribute('aria-valuetext', `${percent}%`);
        volumeValue.textContent = `${percent}%`;
        motionToggle.checked = settings.reducedMotion();
      };
      syncFromStore();
      unsubscribe = settings.subscribe(syncFromStore);
    },
  });

  function renderTexts() {
    dialog.setTitle(i18n.t('settings.title'));
    for (const render of texts) render();
  }
  renderTexts();
  i18n.on('languageChanged', renderTexts);
  return dialog;
}
