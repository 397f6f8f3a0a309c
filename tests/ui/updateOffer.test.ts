import { afterEach, describe, expect, it, vi } from 'vitest';
import { offerUpdates, type RegisterServiceWorker } from '../../src/updateOffer';

/**
 * A stand-in for vite-plugin-pwa's registration (`virtual:pwa-register`) over a fake service
 * worker: it reports a new version waiting, as Workbox does once the new files are precached,
 * and records every call to apply it (`updateSW(true)` skips waiting and reloads the page).
 */
function fakeRegistration() {
  const applied: (boolean | undefined)[] = [];
  let needRefresh: (() => void) | undefined;
  const registrations: Parameters<RegisterServiceWorker>[0][] = [];
  const register: RegisterServiceWorker = (options) => {
    registrations.push(options);
    needRefresh = options.onNeedRefresh;
    return (reloadPage) => {
      applied.push(reloadPage);
      return Promise.resolve();
    };
  };
  return { register, applied, registrations, newVersionWaiting: () => needRefresh?.() };
}

afterEach(() => vi.unstubAllGlobals());

describe('an update of the installed game is offered, never forced', () => {
  it('a new version waiting only shows the offer: no update, no reload, until the player accepts', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    const sw = fakeRegistration();
    const offers: (() => void)[] = [];
    offerUpdates(sw.register, (accept) => offers.push(accept));
    expect(sw.registrations).toHaveLength(1);
    // Registered without asking the page to take a new version at once.
    expect(sw.registrations[0]).not.toHaveProperty('immediate', true);
    expect(sw.applied).toEqual([]);

    sw.newVersionWaiting();
    expect(offers).toHaveLength(1);
    expect(sw.applied).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
    // Found again (the worker checks now and then): offered again, still not applied.
    sw.newVersionWaiting();
    expect(offers).toHaveLength(2);
    expect(sw.applied).toEqual([]);
    expect(reload).not.toHaveBeenCalled();

    // The player accepts: only now is the waiting version applied (and the page reloaded by it).
    offers[1]!();
    expect(sw.applied).toEqual([true]);
  });

  it('a player who never accepts never gets the update', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    const sw = fakeRegistration();
    offerUpdates(sw.register, () => {});
    for (let i = 0; i < 5; i++) sw.newVersionWaiting();
    expect(sw.applied).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });
});
