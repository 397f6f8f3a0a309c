import type { i18n as I18n } from 'i18next';
import { registerSW } from 'virtual:pwa-register';
import { offerUpdates } from './updateOffer';
import { showUpdateNotice } from './ui/updateNotice';

/**
 * Registers the service worker that makes the production build work offline (see vite.config.ts).
 * Loaded after the title is up, so it never delays it. In the test build and the dev server the
 * plugin is off and this registers nothing. A new version is offered, never forced (updateOffer.ts).
 */
export function startOfflineApp(i18n: I18n): void {
  offerUpdates(registerSW, (accept) => showUpdateNotice(i18n, accept));
}
