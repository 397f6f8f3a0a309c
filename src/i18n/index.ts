import { createInstance, type i18n } from 'i18next';
import { resourcesFromFiles } from './resources';

/**
 * The texts of the first screens (loading, title, settings, about, the error screen), bundled with
 * them. The rest are added with the scenes of a game (`addPlayTexts`); a new
 * `locales/<lang>/<name>.json` is picked up there without code.
 */
const firstFiles = import.meta.glob<unknown>(
  './locales/*/{about,common,saving,settings,title}.json',
  {
    eager: true,
    import: 'default',
  },
);

export const resources = resourcesFromFiles(firstFiles);

/** Languages that have locale files, in a stable order. */
export const availableLanguages: readonly string[] = Object.keys(resources).sort();

export type I18n = i18n;

/** A ready i18next instance with the first screens' texts (synchronous: they are bundled). */
export function createI18n(language: string): I18n {
  const instance = createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...availableLanguages],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Keeps `<html lang>` equal to the language, so screen readers pronounce text correctly. */
export function bindDocumentLanguage(instance: I18n, root: HTMLElement): () => void {
  const apply = (language: string) => root.setAttribute('lang', language);
  apply(instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}
