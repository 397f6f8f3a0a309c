import { fetchJsonFiles, type FetchFile } from '../content/fetchJsonFiles';
import type { I18n } from './index';
import { resourcesFromFiles } from './resources';

/**
 * Every locale file but the first screens' (see index.ts), by where the build serves it: data
 * fetched with the scenes of a game, not bundled into a script.
 */
const playFiles = import.meta.glob<string>(
  ['./locales/*/*.json', '!./locales/*/{about,common,saving,settings,title}.json'],
  { eager: true, query: '?url', import: 'default' },
);

/** Fetches the texts of a game (briefing to debrief, levels, engine messages). */
export function fetchPlayTexts(fetchFile?: FetchFile): Promise<Record<string, unknown>> {
  return fetchJsonFiles(playFiles, fetchFile);
}

/** Adds the fetched texts of a game to i18next. */
export function addPlayTexts(i18n: I18n, files: Record<string, unknown>): void {
  for (const [language, bundle] of Object.entries(resourcesFromFiles(files)))
    i18n.addResourceBundle(language, 'translation', bundle.translation, true, false);
}
