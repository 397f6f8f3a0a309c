import type { i18n as I18n } from 'i18next';
import { recordToJson } from '../engine';
import { gameRecordOf } from '../state/gameRecord';
import type { GameStore, GameStoreState } from '../state/gameStore';
import { SAVED_GAME_VERSION, type SavedGame } from '../state/savedGame';
import { offerFile } from './offerFile';
import { createSaveNotice, type SaveNoticeMessage } from './saveNotice';

/** Offers the game so far as a file: what the player keeps when the browser cannot save. */
export function downloadRecord(state: GameStoreState): void {
  const session = state.session;
  if (!session) return;
  const record = gameRecordOf(session);
  offerFile(`not-by-accident-${record.scenario.id}-${record.seed}.json`, recordToJson(record));
}

/** Offers a save as it was stored (a level's older revision): kept whole, to read or send on. */
function downloadSave(save: SavedGame): void {
  offerFile(
    `not-by-accident-${save.scenario.id}-r${save.scenario.revision}-${save.seed}.json`,
    JSON.stringify({ version: SAVED_GAME_VERSION, data: save }),
  );
}

function failed(state: GameStoreState): boolean {
  return !!state.lastSave && !state.lastSave.ok && state.lastSave.reason === 'storage-failed';
}

/**
 * What the message is about, so a closed notice stays closed until something new happens: a
 * stale tab stays stale; each failed save, and each Continue that lost something, is new.
 */
function causeOf(state: GameStoreState): unknown {
  if (state.stale) return 'stale';
  if (failed(state)) return state.lastSave;
  return state.recovered;
}

/** What the player must know about saving now, most urgent first (null: nothing). */
export function saveMessage(
  state: GameStoreState,
  actions: {
    download: () => void;
    downloadSave: (save: SavedGame) => void;
    /** Opens the debrief of a game saved under an older revision, replayed with its own level. */
    readOldGame: (save: SavedGame) => void;
    reload: () => void;
    dismiss: () => void;
  },
): SaveNoticeMessage | null {
  if (!state.session) return null;
  const close = { label: 'saving.close', name: 'close', run: actions.dismiss };
  if (state.stale)
    return {
      key: 'saving.stale',
      actions: [{ label: 'saving.reload', name: 'reload', run: actions.reload }, close],
    };
  if (failed(state))
    return {
      key: 'saving.failed',
      actions: [{ label: 'saving.downloadRecord', name: 'download', run: actions.download }, close],
    };
  const recovered = state.recovered;
  const revision = recovered?.revision;
  // Another game's newest save could not be read: said beside whatever this game lost.
  const others = recovered?.otherGamesDamaged
    ? [{ key: 'saving.otherDamaged', values: { count: recovered.otherGamesDamaged } }]
    : [];
  if (recovered && revision) {
    const whole = recovered.quarters === revision.saved.decisions.length;
    // Cut short: the old game whole can only be read, replayed with the level it was played with.
    const readable = revision.old === 'readable';
    const more = [
      // The newest save was damaged too: the backup replayed here is one step short.
      ...(recovered.newestLost
        ? [{ key: 'saving.recovered', values: { count: revision.saved.decisions.length } }]
        : []),
      ...(revision.old === 'noLevel'
        ? [{ key: 'saving.oldLevelMissing', values: { from: revision.from } }]
        : []),
      // Readable now, from memory, but not listed by Continue later.
      ...(revision.notKept ? [{ key: 'saving.oldNotKept' }] : []),
      ...others,
    ];
    return {
      key: whole ? 'saving.revisionReplayed' : 'saving.revisionCut',
      values: {
        count: recovered.quarters,
        total: revision.saved.decisions.length,
        from: revision.from,
        to: revision.to,
      },
      ...(more.length > 0 && { more }),
      actions: [
        ...(readable
          ? [
              {
                label: 'saving.readOldGame',
                name: 'read-old-game',
                run: () => actions.readOldGame(revision.saved),
              },
            ]
          : []),
        {
          label: 'saving.downloadSaved',
          name: 'download-saved',
          run: () => actions.downloadSave(revision.saved),
        },
        close,
      ],
    };
  }
  // The save replays to other figures than the player saw: said beside whatever else was lost.
  const changed = recovered?.figuresChanged ? [{ key: 'saving.figuresChanged' }] : [];
  if (recovered && (recovered.newestLost || recovered.draftLost)) {
    const more = [...changed, ...others];
    return {
      key: recovered.newestLost ? 'saving.recovered' : 'saving.draftLost',
      values: { count: recovered.quarters },
      ...(more.length > 0 && { more }),
      actions: [close],
    };
  }
  if (changed[0])
    return { ...changed[0], ...(others.length > 0 && { more: others }), actions: [close] };
  if (others[0]) return { ...others[0], actions: [close] };
  return null;
}

/**
 * Shows the game's saving troubles as they happen, and tells the store when another tab has
 * written to storage (the `storage` event fires in every other tab of the same origin).
 */
export function bindGameSaveNotice(
  i18n: I18n,
  game: GameStore,
  /** Opens an old game's debrief; calls `back` when the player has left it. */
  readOldGame: (save: SavedGame, back: () => void) => void,
): () => void {
  const notice = createSaveNotice(i18n);
  let dismissed: unknown = null;
  // Out of the way while the old game's debrief is read; back with the player.
  let reading = false;
  const update = () => {
    const state = game.getState();
    const cause = causeOf(state);
    if (reading || (cause !== null && cause === dismissed)) return notice.show(null);
    const message = saveMessage(state, {
      download: () => downloadRecord(game.getState()),
      downloadSave,
      readOldGame: (save) => {
        reading = true;
        update();
        readOldGame(save, () => {
          reading = false;
          update();
        });
      },
      reload: () => location.reload(),
      dismiss: () => {
        dismissed = causeOf(game.getState());
        update();
      },
    });
    notice.show(message);
  };
  const unsubscribe = game.subscribe(update);
  const onStorage = (event: StorageEvent) => game.getState().storageChanged(event.key);
  window.addEventListener('storage', onStorage);
  update();
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    notice.destroy();
  };
}
