import type Phaser from 'phaser';
import { currentTextFactor } from '../ui/textStyle';
import { fontPx } from '../ui/theme';
import { openDialog, type DialogHandle } from '../ui/dialog';
import { onEscapeKey } from '../ui/plan/escapeKey';
import { openSettingsDialog } from '../ui/settingsDialog';
import { openGlossaryDialog } from '../ui/help/glossaryDialog';
import { untilShutdown } from '../ui/sceneBindings';
import { downloadRecord } from '../ui/gameSaveNotice';
import { showCurrentPhase } from './gameFlow';
import { SceneKeys, openOldDebrief } from './keys';
import { servicesOf } from './services';

/** A chosen file's JSON (a byte-order mark, as some editors write, is accepted). */
function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The button under an import's refusal that opens the old game's debrief. */
function readOldButton(label: string, run: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'game-button';
  b.dataset.name = 'pause.readOldGame';
  b.textContent = label;
  b.addEventListener('click', run);
  return b;
}

/**
 * Escape, or the Menu tab at the top of the screen, opens the pause menu in every scene of a game
 * in progress: resume, settings, save and quit to the title. Call once in `create()`; the
 * listener and the tab go with the scene.
 */
export function installPauseMenu(scene: Phaser.Scene, onQuit?: () => void): { open(): void } {
  const services = servicesOf(scene);
  const { i18n, audio, overlay, settings, game } = services;
  let menu: DialogHandle | null = null;

  const open = () => {
    // Another dialog is open (settings, a confirmation): Escape belongs to it.
    if (menu?.isOpen || overlay.querySelector('.dialog')) return;
    audio.play('select');
    menu = openDialog({
      overlay,
      name: 'pause',
      title: i18n.t('game.pause.title'),
      onClose: () => (menu = null),
      build: (body, dialog) => {
        const list = document.createElement('div');
        list.className = 'pause-actions';
        const status = document.createElement('p');
        status.className = 'hint';
        status.setAttribute('role', 'status');
        const button = (name: string, key: string, action: () => void, primary = false) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.classList.add('game-button', ...(primary ? ['game-button-primary'] : []));
          b.dataset.name = `pause.${name}`;
          b.textContent = i18n.t(key);
          b.addEventListener('click', action);
          list.appendChild(b);
        };
        button('resume', 'game.pause.resume', () => dialog.close(), true);
        button('settings', 'game.pause.settings', () => {
          dialog.close();
          audio.play('confirm');
          openSettingsDialog({ overlay, settings, i18n, sound: audio });
        });
        button('glossary', 'help.glossary.open', () => {
          dialog.close();
          audio.play('confirm');
          openGlossaryDialog(overlay, i18n);
        });
        button('export', 'game.pause.exportGame', () => {
          audio.play('confirm');
          downloadRecord(game.getState());
        });
        // A file input behind a real button: the button takes the focus and the keyboard.
        const file = document.createElement('input');
        file.type = 'file';
        file.accept = 'application/json,.json';
        file.hidden = true;
        file.dataset.name = 'pause.importFile';
        file.setAttribute('aria-label', i18n.t('game.pause.importFile'));
        file.addEventListener('change', () => {
          const chosen = file.files?.[0];
          file.value = '';
          if (!chosen) return;
          void chosen.text().then((text) => {
            const json = readJson(text);
            const result = json.ok
              ? game.getState().importRecord(json.value)
              : { ok: false as const, refusal: { key: 'saving.import.notJson', values: {} } };
            if (!result.ok) {
              status.textContent = i18n.t(result.refusal.key, result.refusal.values);
              audio.play('warning');
              // A game of an older revision: not to play on, but its debrief can be read.
              const old = 'oldGame' in result ? result.oldGame : undefined;
              if (old)
                status.appendChild(
                  readOldButton(i18n.t('saving.readOldGame'), () => {
                    audio.play('confirm');
                    dialog.close();
                    openOldDebrief(scene, old);
                  }),
                );
              return;
            }
            audio.play('confirm');
            dialog.close();
            showCurrentPhase(scene);
          });
        });
        button('import', 'game.pause.importGame', () => file.click());
        list.appendChild(file);
        button('saveQuit', 'game.pause.saveQuit', () => {
          if (!game.getState().save().ok) {
            // The last good save stays; the player hears why and may resume or try again.
            status.textContent = i18n.t('game.pause.saveFailed');
            audio.play('warning');
            return;
          }
          audio.play('confirm');
          game.getState().leave();
          dialog.close();
          onQuit?.();
          scene.scene.start(SceneKeys.Title);
        });
        body.append(list, status);
      },
    });
  };

  // A visible way in for the mouse (and a reminder of Escape); a real button, so Tab reaches it.
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.className = 'pause-tab';
  tab.dataset.name = 'pause.open';
  tab.setAttribute('aria-haspopup', 'dialog');
  tab.setAttribute('aria-keyshortcuts', 'Escape'); // i18n-ignore: a key name in ARIA's syntax
  const label = () => (tab.textContent = i18n.t('game.pause.open'));
  label();
  i18n.on('languageChanged', label);
  tab.addEventListener('click', open);
  overlay.appendChild(tab);

  const stopListening = onEscapeKey(open);
  untilShutdown(scene, () => {
    stopListening();
    i18n.off('languageChanged', label);
    tab.remove();
    menu?.close();
  });
  return { open };
}

/**
 * How far down the pause tab reaches, in game pixels, from its style (one line of the caption
 * size, 5 px padding above and below, a 1 px border), so a layout can start under it.
 */
export function pauseTabBottom(scale: number): number {
  return fontPx('small', scale, currentTextFactor()) + 10 * scale + 1;
}

/**
 * Where the pause tab's left edge lies, in game pixels, so a heading that would run under it can
 * start below it instead (the window's width when the scene has no tab).
 */
export function pauseTabLeft(scene: Phaser.Scene): number {
  const tab = servicesOf(scene).overlay.querySelector<HTMLElement>('.pause-tab');
  if (!tab) return scene.scale.width;
  return tab.getBoundingClientRect().left - scene.game.canvas.getBoundingClientRect().left;
}
