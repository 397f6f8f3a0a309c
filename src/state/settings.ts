// Zod Mini, as every schema the browser runs (src/engine/schema/zod.ts): the title's first bundle
// takes only the parts the settings use.
import { z } from '../engine/schema/zodMini';

/** Languages the game ships in; the locale folders under src/i18n/locales must match. */
export const LANGUAGES = ['en', 'nl'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** How large the game draws its text: normal, large, or projector (for the back of a room). */
export const TEXT_SIZES = ['normal', 'large', 'projector'] as const;
export const TextSizeSchema = z.enum(TEXT_SIZES);
export type TextSize = z.infer<typeof TextSizeSchema>;

export const SettingsSchema = z.object({
  language: LanguageSchema,
  soundOn: z.boolean(),
  /** 0 … 1 */
  volume: z.number().check(z.minimum(0), z.maximum(1)),
  /** null: follow the system's `prefers-reduced-motion`; true/false once the player chose. */
  reducedMotion: z.nullable(z.boolean()),
  textSize: TextSizeSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

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
  const shape = SettingsSchema.shape;
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = shape[key].safeParse(record[key]);
    return parsed.success ? (parsed.data as Settings[K]) : defaults[key];
  };
  return {
    language: pick('language'),
    soundOn: pick('soundOn'),
    volume: pick('volume'),
    reducedMotion: pick('reducedMotion'),
    textSize: pick('textSize'),
  };
}
