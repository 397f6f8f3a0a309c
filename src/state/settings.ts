/** Languages the game ships in; the locale folders under src/i18n/locales must match. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How large the game draws its text: normal, large, or projector (for the back of a room). */
export const TEXT_SIZES = ['normal', 'large', 'projector'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  language: Language;
  soundOn: boolean;
  /** 0 … 1 */
  volume: number;
  /** null: follow the system's `prefers-reduced-motion`; true/false once the player chose. */
  reducedMotion: boolean | null;
  textSize: TextSize;
}

/**
 * What each stored field may hold. Plain checks rather than a schema library: five fields, and
 * the title's first bundle would otherwise compile and initialise a validator for them before the
 * title can draw (the game's other schemas load after it).
 */
const validField: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (v): v is Language => LANGUAGES.some((l) => l === v),
  soundOn: (v): v is boolean => typeof v === 'boolean',
  volume: (v): v is number => typeof v === 'number' && v >= 0 && v <= 1,
  reducedMotion: (v): v is boolean | null => v === null || typeof v === 'boolean',
  textSize: (v): v is TextSize => TEXT_SIZES.some((t) => t === v),
};

export const SETTINGS_VERSION = 2;
export const SETTINGS_STORAGE_KEY = 'nba.settings';

export function defaultSettings(language: Language = 'en'): Settings {
  return { language, soundOn: true, volume: 0.7, reducedMotion: null, textSize: 'normal' };
}

/** The browser's preferred language if we have it, else English. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

/**
 * Keeps every stored field that is still valid and replaces the others with the defaults, so one
 * bad field (or a whole corrupted entry) never costs the player the rest of their choices.
 */
export function sanitizeSettings(stored: unknown, defaults: Settings): Settings {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const record = stored as Record<string, unknown>;
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const value = record[key];
    return validField[key](value) ? value : defaults[key];
  };
  return {
    language: pick('language'),
    soundOn: pick('soundOn'),
    volume: pick('volume'),
    reducedMotion: pick('reducedMotion'),
    textSize: pick('textSize'),
  };
}
