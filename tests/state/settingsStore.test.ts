import { describe, expect, it } from 'vitest';
import { SETTINGS_STORAGE_KEY, SETTINGS_VERSION, defaultSettings } from '../../src/state/settings';
import { createSettingsStore } from '../../src/state/settingsStore';
import { createMemoryStorage } from '../../src/state/storage';

function stored(state: unknown, version: number = SETTINGS_VERSION): string {
  return JSON.stringify({ state, version });
}

describe('settings store', () => {
  it('starts from the defaults when nothing is stored', () => {
    const store = createSettingsStore({ storage: createMemoryStorage(), defaultLanguage: 'nl' });
    expect(store.getState()).toMatchObject(defaultSettings('nl'));
  });

  it('writes every change under a versioned key and reads it back in a new store', () => {
    const storage = createMemoryStorage();
    const first = createSettingsStore({ storage });
    first.getState().setLanguage('nl');
    first.getState().toggleSound();
    first.getState().setVolume(0.25);
    first.getState().setReducedMotion(true);

    const raw = JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY) ?? 'null') as {
      version: number;
    };
    expect(raw.version).toBe(SETTINGS_VERSION);

    const second = createSettingsStore({ storage });
    expect(second.getState()).toMatchObject({
      language: 'nl',
      soundOn: false,
      volume: 0.25,
      reducedMotion: true,
    });
  });

  it('falls back to the defaults, without throwing, when the entry is not JSON', () => {
    const storage = createMemoryStorage({ [SETTINGS_STORAGE_KEY]: '{"state": {"language": "nl"' });
    const store = createSettingsStore({ storage, defaultLanguage: 'en' });
    expect(store.getState()).toMatchObject(defaultSettings('en'));
  });

  it('falls back to the defaults when the entry comes from an unknown future version', () => {
    const storage = createMemoryStorage({
      [SETTINGS_STORAGE_KEY]: stored({ language: 'nl', soundOn: false }, SETTINGS_VERSION + 7),
    });
    const store = createSettingsStore({ storage });
    expect(store.getState()).toMatchObject(defaultSettings('en'));
  });

  it('keeps valid fields and replaces invalid ones with defaults', () => {
    const storage = createMemoryStorage({
      [SETTINGS_STORAGE_KEY]: stored({
        language: 'fr',
        soundOn: false,
        volume: 9,
        reducedMotion: 'x',
      }),
    });
    const store = createSettingsStore({ storage });
    expect(store.getState()).toMatchObject({
      language: 'en',
      soundOn: false,
      volume: defaultSettings().volume,
      reducedMotion: null,
    });
  });

  it('refuses a volume that is not a number in 0…1 and a text size it does not know', () => {
    for (const volume of [Number.NaN, -0.1, 1.5, '0.5', null]) {
      const storage = createMemoryStorage({
        [SETTINGS_STORAGE_KEY]: stored({ volume, textSize: 'huge', soundOn: false }),
      });
      const state = createSettingsStore({ storage }).getState();
      expect(state.volume, String(volume)).toBe(defaultSettings().volume);
      expect(state.textSize).toBe('normal');
      expect(state.soundOn).toBe(false);
    }
  });

  it('migrates version 0 (muted flag, no volume) to the current version', () => {
    const storage = createMemoryStorage({
      [SETTINGS_STORAGE_KEY]: stored({ language: 'nl', muted: true }, 0),
    });
    const store = createSettingsStore({ storage });
    expect(store.getState()).toMatchObject({ language: 'nl', soundOn: false });
    const raw = JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY) ?? 'null') as { version: number };
    expect(raw.version).toBe(SETTINGS_VERSION);
  });

  it('migrates version 1 (no text size) to the normal text size, keeping the rest', () => {
    const storage = createMemoryStorage({
      [SETTINGS_STORAGE_KEY]: stored(
        { language: 'nl', soundOn: false, volume: 0.3, reducedMotion: true },
        1,
      ),
    });
    const store = createSettingsStore({ storage });
    expect(store.getState()).toMatchObject({
      language: 'nl',
      soundOn: false,
      volume: 0.3,
      reducedMotion: true,
      textSize: 'normal',
    });
  });

  it('remembers the text size, and replaces an unknown one with normal', () => {
    const storage = createMemoryStorage();
    createSettingsStore({ storage }).getState().setTextSize('projector');
    expect(createSettingsStore({ storage }).getState().textSize).toBe('projector');
    const odd = createMemoryStorage({
      [SETTINGS_STORAGE_KEY]: stored({ ...defaultSettings(), textSize: 'huge' }),
    });
    expect(createSettingsStore({ storage: odd }).getState().textSize).toBe('normal');
  });

  it('survives a storage that throws on every call', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createSettingsStore({ storage: broken });
    store.getState().setLanguage('nl');
    expect(store.getState().language).toBe('nl');
  });

  it('follows the system reduced-motion preference until the player chooses', () => {
    const store = createSettingsStore({
      storage: createMemoryStorage(),
      systemPrefersReducedMotion: true,
    });
    expect(store.reducedMotion()).toBe(true);
    store.getState().setReducedMotion(false);
    expect(store.reducedMotion()).toBe(false);
  });

  it('clamps the volume into 0…1', () => {
    const store = createSettingsStore({ storage: createMemoryStorage() });
    store.getState().setVolume(3);
    expect(store.getState().volume).toBe(1);
    store.getState().setVolume(-1);
    expect(store.getState().volume).toBe(0);
    store.getState().setVolume(Number.NaN);
    expect(store.getState().volume).toBe(0);
  });
});
