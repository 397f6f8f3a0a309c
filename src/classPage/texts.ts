/** The class pages' words: the class namespace plus the game's names for scenarios and metrics. */
import { createInstance, type i18n } from 'i18next';
import { resourcesFromFiles } from '../i18n/resources';

const files = import.meta.glob<unknown>(
  '../i18n/locales/*/{class,common,engine,debrief,game,level-*}.json',
  { eager: true, import: 'default' },
);

export const resources = resourcesFromFiles(files);
export const languages: readonly string[] = Object.keys(resources).sort();

export function createClassI18n(language: string): i18n {
  const instance = createInstance();
  void instance.init({
    resources,
    lng: languages.includes(language) ? language : 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
