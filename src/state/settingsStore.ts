import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  defaultSettings,
  sanitizeSettings,
  type Language,
  type Settings,
  type TextSize,
} from './settings';
import { createSafeStorage, type KeyValueStorage } from './storage';

export interface SettingsActions {
  setLanguage(language: Language): void;
  setSoundOn(soundOn: boolean): void;
  toggleSound(): void;
  setVolume(volume: number): void;
  setReducedMotion(reducedMotion: boolean): void;
  setTextSize(textSize: TextSize): void;
}

export type SettingsState = Settings & SettingsActions;
export type SettingsStore = StoreApi<SettingsState>;

export interface SettingsStoreOptions {
  storage: KeyValueStorage;
  /** Used until the player picks a language. */
  defaultLanguage?: Language;
  /** The system's `prefers-reduced-motion`, used until the player chooses. */
  systemPrefersReducedMotion?: boolean;
}

/**
 * Upgrades stored settings from older versions. Each step is a named function; an unknown
 * (e.g. newer) version yields nothing, and the defaults apply.
 */
const migrations: Record<number, (state: unknown) => unknown> = {
  // v0 had no volume and stored mute rather than sound on.
  0: function migrate0to1(state) {
    if (typeof state !== 'object' || state === null) return undefined;
    const old = state as Record<string, unknown>;
    return { ...old, soundOn: old.muted !== true, volume: 0.7 };
  },
  // v1 had no text size: everyone kept the normal one.
  1: function migrate1to2(state) {
    if (typeof state !== 'object' || state === null) return undefined;
    return { ...(state as Record<string, unknown>), textSize: 'normal' };
  },
};

/**
 * Builds the settings store. Persisted under a versioned key; hydration is synchronous with
 * localStorage, so the first frame already uses the player's language.
 */
export function createSettingsStore(options: SettingsStoreOptions): SettingsStore & {
  /** Reduced motion in effect: the player's choice, else the system's preference. */
  reducedMotion(): boolean;
} {
  const defaults = defaultSettings(options.defaultLanguage ?? 'en');
  const safeStorage = createSafeStorage(options.storage);
  const store = createStore<SettingsState>()(
    persist(
      (set) => ({
        ...defaults,
        setLanguage: (language) => set({ language }),
        setSoundOn: (soundOn) => set({ soundOn }),
        toggleSound: () => set((state) => ({ soundOn: !state.soundOn })),
        setVolume: (volume) =>
          set({ volume: Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0 }),
        setReducedMotion: (reducedMotion) => set({ reducedMotion }),
        setTextSize: (textSize) => set({ textSize }),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_VERSION,
        storage: createJSONStorage(() => safeStorage),
        partialize: (state): Settings => ({
          language: state.language,
          soundOn: state.soundOn,
          volume: state.volume,
          reducedMotion: state.reducedMotion,
          textSize: state.textSize,
        }),
        migrate: (persisted, version) => {
          let state: unknown = persisted;
          for (let step = version; step < SETTINGS_VERSION; step++) {
            const migrateStep = migrations[step];
            if (!migrateStep) return undefined;
            state = migrateStep(state);
          }
          // A version from the future (or a negative one): start again from the defaults.
          return version > SETTINGS_VERSION ? undefined : state;
        },
        merge: (persisted, current) => ({
          ...current,
          ...sanitizeSettings(persisted, defaults),
        }),
      },
    ),
  );
  return Object.assign(store, {
    reducedMotion: () =>
      store.getState().reducedMotion ?? options.systemPrefersReducedMotion ?? false,
  });
}
