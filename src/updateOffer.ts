/**
 * How the installed game meets a new version: vite-plugin-pwa's `registerSW` (registerType
 * `prompt`) calls `onNeedRefresh` once the new files are precached and the new service worker
 * waits; the update it returns makes that worker take over and reloads the page. Apart from
 * offlineApp.ts, which imports the plugin's virtual module, so a test can give a stand-in.
 */
export type RegisterServiceWorker = (options: {
  onNeedRefresh?: () => void;
}) => (reloadPage?: boolean) => Promise<void>;

/**
 * Offers each new version (`offer` shows the notice; its argument applies the update) and applies
 * it only when the player accepts: never on its own, so a game is never reloaded mid-quarter.
 */
export function offerUpdates(
  register: RegisterServiceWorker,
  offer: (accept: () => void) => void,
): void {
  const update = register({ onNeedRefresh: () => offer(() => void update(true)) });
}
