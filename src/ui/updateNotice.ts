import type { i18n as I18n } from 'i18next';
import { noticeCorner } from './noticeCorner';

/**
 * Offers a new version of the installed game; never forces it. The service worker has the new
 * files ready; the page keeps running the old ones until the player chooses to update (the game
 * is saved after every quarter, so updating between quarters loses nothing). A polite live region,
 * so a screen reader announces it without taking focus from the game.
 */
export function showUpdateNotice(i18n: I18n, update: () => void): HTMLElement {
  document.querySelector('.update-notice')?.remove();
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-live', 'polite');
  const text = document.createElement('p');
  const now = document.createElement('button');
  now.type = 'button';
  now.className = 'button button-primary';
  now.addEventListener('click', update);
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button';
  // The notice can stay up while the player switches language in the settings: it follows.
  const words = () => {
    text.textContent = i18n.t('offline.updateReady');
    now.textContent = i18n.t('offline.updateNow');
    later.textContent = i18n.t('offline.updateLater');
  };
  words();
  i18n.on('languageChanged', words);
  later.addEventListener('click', () => {
    i18n.off('languageChanged', words);
    notice.remove();
  });
  notice.append(text, now, later);
  noticeCorner().appendChild(notice);
  return notice;
}
