/**
 * The class pages' words: the class namespace plus the game's names for scenarios and metrics.
 * The page's own texts (class, common) come with its script, so it can always speak, even to say
 * the rest failed; the game's texts it borrows are data, fetched when the page starts.
 */
import { createInstance, type i18n } from 'i18next';
import { fetchJsonFiles, type FetchFile } from '../content/fetchJsonFiles';
import { resourcesFromFiles, type LocaleResources } from '../i18n/resources';

const ownFiles = import.meta.glob<unknown>('../i18n/locales/*/{class,common}.json', {
  eager: true,
  import: 'default',
});
const borrowedFiles = import.meta.glob<string>(
  '../i18n/locales/*/{engine,debrief,game,level-*}.json',
  { eager: true, query: '?url', import: 'default' },
);

const own = resourcesFromFiles(ownFiles);
export const languages: readonly string[] = Object.keys(own).sort();

/** Every text the class page shows: its own, plus the game's fetched ones. */
export async function fetchClassTexts(fetchFile?: FetchFile): Promise<LocaleResources> {
  return resourcesFromFiles({ ...ownFiles, ...(await fetchJsonFiles(borrowedFiles, fetchFile)) });
}

/** An i18next instance with `resources` (only the page's own texts when none are given). */
export function createClassI18n(language: string, resources: LocaleResources = own): i18n {
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
