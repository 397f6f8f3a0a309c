import type { SoundPlayer } from '../audio/gameAudio';
import type { I18n } from '../i18n';
import { closingActions, openDialog, type DialogHandle } from './dialog';

export interface AboutDialogDeps {
  overlay: HTMLElement;
  i18n: I18n;
  sound: SoundPlayer;
  onClose?: () => void;
}

const PARAGRAPHS = ['about.what', 'about.how', 'about.keyboard', 'about.privacy', 'about.credits'];

/** What the game is and how to use it; plain text, so screen readers read it as a page. */
export function openAboutDialog(deps: AboutDialogDeps): DialogHandle {
  const { i18n } = deps;
  const renders: (() => void)[] = [];
  const dialog = openDialog({
    overlay: deps.overlay,
    name: 'about',
    title: i18n.t('about.title'),
    onClose: () => {
      i18n.off('languageChanged', render);
      deps.onClose?.();
    },
    build: (body, handle) => {
      for (const key of PARAGRAPHS) {
        const paragraph = document.createElement('p');
        renders.push(() => (paragraph.textContent = i18n.t(key)));
        body.appendChild(paragraph);
      }
      body.appendChild(
        closingActions(
          handle,
          deps.sound,
          { name: 'about.close', label: () => i18n.t('about.close'), primary: true },
          renders,
        ),
      );
    },
  });
  function render() {
    dialog.setTitle(i18n.t('about.title'));
    for (const fn of renders) fn();
  }
  render();
  i18n.on('languageChanged', render);
  return dialog;
}
