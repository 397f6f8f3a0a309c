import type { i18n as I18n } from 'i18next';
import type { SavedGameStatus } from '../state/hasSavedGame';
import { noticeCorner } from './noticeCorner';
import { createSaveNotice } from './saveNotice';

/** Why Continue cannot be chosen (a locale key), or null when it can. */
export function continueUnavailableKey(status: SavedGameStatus): string | null {
  switch (status) {
    case 'available':
    case 'someDamaged':
      return null;
    case 'damaged':
      return 'saving.continueDamaged';
    case 'unavailable':
      return 'saving.continueUnavailable';
    case 'none':
      return 'title.continueUnavailable';
  }
}

/**
 * On the title, says out loud what a greyed-out Continue alone would hide: the saves are damaged,
 * or this browser keeps nothing; and, with Continue on, that another game's save is damaged. Returns what removes it (when the title closes).
 */
export function showTitleSaveStatus(i18n: I18n, status: SavedGameStatus): () => void {
  const notice = createSaveNotice(i18n, { className: 'save-notice-title', parent: noticeCorner() });
  if (status === 'damaged') notice.show({ key: 'saving.continueDamaged' });
  if (status === 'someDamaged') notice.show({ key: 'saving.someDamaged' });
  if (status === 'unavailable') notice.show({ key: 'saving.unavailable' });
  return () => notice.destroy();
}
