import type { SoundPlayer } from '../audio/gameAudio';
import type { I18n } from '../i18n';
import type { DamagedGameEntry, OldGameEntry, SavedGameEntry } from '../state/gameStore';
import { offerFile } from './offerFile';
import { closingActions, openDialog, type DialogHandle } from './dialog';

export interface ContinueDialogDeps {
  overlay: HTMLElement;
  i18n: I18n;
  sound: SoundPlayer;
  /** The saved games, the most recent first (the store's `savedGames`). */
  games: SavedGameEntry[];
  /** The saved games that cannot be opened (the store's `damagedGames`): listed, not opened. */
  damaged?: DamagedGameEntry[];
  /** Old games kept to read (the store's `oldGames`): listed after the games to play. */
  old?: OldGameEntry[];
  /** The player chose a game: its id. */
  onChoose: (id: string) => void;
  /** The player chose to read an old game (its debrief, read only). */
  onReadOld?: (game: OldGameEntry) => void;
  onClose?: () => void;
}

/**
 * Whether Continue asks which game: whenever there is more than one thing to show (two games to
 * open, or one and a damaged or old one), so a damaged game is never passed over without a word
 * and an old game stays within reach; also when the one thing is an old game, which can only be
 * read, or a damaged game, whose download would otherwise never be offered. With a single game
 * and nothing else, Continue opens it at once.
 */
export function continueNeedsChoice(counts: {
  games: number;
  damaged: number;
  old: number;
}): boolean {
  return counts.games > 1 || counts.damaged + counts.old > 0;
}

/** Offers what a damaged game's slot holds, verbatim: kept to read, repair or send on. */
function downloadStored(game: DamagedGameEntry): void {
  offerFile(`not-by-accident-damaged-${game.id}.json`, JSON.stringify(game.stored, null, 2));
}

/** A list row of a game that cannot be continued: its name, a detail line and one button. */
function gameRow(className: string, rowName: string, buttonName: string) {
  const item = document.createElement('li');
  item.className = className;
  item.dataset.name = rowName;
  const name = document.createElement('span');
  name.className = 'continue-game-name';
  const detail = document.createElement('span');
  detail.className = 'continue-game-detail';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.dataset.name = buttonName;
  return { item, name, detail, button };
}

/** A damaged game's row: its name and why it cannot be opened, and a download of what is kept. */
function damagedItem(deps: ContinueDialogDeps, game: DamagedGameEntry, renders: (() => void)[]) {
  const { i18n } = deps;
  const {
    item,
    name,
    detail,
    button: download,
  } = gameRow('continue-damaged', `continue.damaged.${game.id}`, `continue.download.${game.id}`);
  renders.push(() => {
    name.textContent = i18n.t('title.continueChoice.damagedName', {
      name: game.name ? i18n.t(game.name) : i18n.t('title.continueChoice.unknownName'),
    });
    detail.textContent = i18n.t(`title.continueChoice.${game.reason}`, { id: game.id });
    download.textContent = i18n.t('title.continueChoice.download');
  });
  download.addEventListener('click', () => {
    deps.sound.play('confirm');
    downloadStored(game);
  });
  item.append(name, detail, download);
  return item;
}

/**
 * An old game's row: its name, the revision it was played under and how far, and its debrief to
 * read (or, when that cannot be shown, why, and a download of the save as it was).
 */
function oldItem(
  deps: ContinueDialogDeps,
  game: OldGameEntry,
  renders: (() => void)[],
  close: () => void,
) {
  const { i18n } = deps;
  const tag = `${game.id}.r${game.from}`;
  const readable = game.status === 'readable';
  const { item, name, detail, button } = gameRow(
    'continue-damaged continue-old',
    `continue.old.${tag}`,
    readable ? `continue.readOld.${tag}` : `continue.downloadOld.${tag}`,
  );
  renders.push(() => {
    const values = {
      name: i18n.t(game.name),
      difficulty: i18n.t(`game.difficulty.${game.difficulty}`),
      count: game.played,
      from: game.from,
      to: game.to,
      when: savedWhen(i18n, game.savedAt),
    };
    name.textContent = i18n.t('title.continueChoice.oldName', values);
    detail.textContent = i18n.t(`title.continueChoice.old.${game.status}`, values);
    button.textContent = i18n.t(
      readable ? 'title.continueChoice.readOld' : 'title.continueChoice.downloadOld',
    );
  });
  button.addEventListener('click', () => {
    deps.sound.play('confirm');
    if (!readable)
      return offerFile(
        `not-by-accident-${game.save.scenario.id}-r${game.from}-${game.save.seed}.json`,
        game.stored,
      );
    close();
    deps.onReadOld?.(game);
  });
  item.append(name, detail, button);
  return item;
}

/** When a game was saved, in the player's language: date and time to the minute. */
function savedWhen(i18n: I18n, at: number): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    at,
  );
}

/**
 * Continue with more than one saved game (continueNeedsChoice): the player picks which, so a game
 * overtaken by another tab's game is not out of reach. One button per game, named by its scenario, how far it got and
 * when it was saved; the list scrolls inside the dialog when it is long. Old games to read
 * follow, then games that cannot be opened, marked as damaged, each with a download of what is
 * stored.
 */
export function openContinueDialog(deps: ContinueDialogDeps): DialogHandle {
  const { i18n } = deps;
  const renders: (() => void)[] = [];
  const dialog = openDialog({
    overlay: deps.overlay,
    name: 'continue',
    title: i18n.t('title.continueChoice.title'),
    onClose: () => {
      i18n.off('languageChanged', render);
      deps.onClose?.();
    },
    build: (body, handle) => {
      const intro = document.createElement('p');
      renders.push(() => (intro.textContent = i18n.t('title.continueChoice.intro')));
      const list = document.createElement('ul');
      list.className = 'continue-list';
      for (const game of deps.games) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button continue-game';
        button.dataset.name = `continue.game.${game.id}`;
        const name = document.createElement('span');
        name.className = 'continue-game-name';
        const detail = document.createElement('span');
        detail.className = 'continue-game-detail';
        button.append(name, detail);
        renders.push(() => {
          name.textContent = `${i18n.t(game.name)} · ${i18n.t(`game.difficulty.${game.difficulty}`)}`;
          detail.textContent = i18n.t(
            game.finished ? 'title.continueChoice.ended' : 'title.continueChoice.played',
            { count: game.played, quarters: game.quarters, when: savedWhen(i18n, game.savedAt) },
          );
        });
        button.addEventListener('click', () => {
          deps.sound.play('confirm');
          handle.close();
          deps.onChoose(game.id);
        });
        item.appendChild(button);
        list.appendChild(item);
      }
      for (const game of deps.old ?? [])
        list.appendChild(oldItem(deps, game, renders, () => handle.close()));
      for (const game of deps.damaged ?? []) list.appendChild(damagedItem(deps, game, renders));
      const actions = closingActions(
        handle,
        deps.sound,
        { name: 'continue.cancel', label: () => i18n.t('title.continueChoice.cancel') },
        renders,
      );
      body.append(intro, list, actions);
    },
  });
  function render() {
    dialog.setTitle(i18n.t('title.continueChoice.title'));
    for (const fn of renders) fn();
  }
  render();
  i18n.on('languageChanged', render);
  return dialog;
}
