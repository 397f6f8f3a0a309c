import type { I18n } from './index';
import { resourcesFromFiles } from './resources';

/** Every locale file but the first screens' (see index.ts): loaded with the scenes of a game. */
const playFiles = import.meta.glob<unknown>(
  ['./locales/*/*.json', '!./locales/*/{about,common,saving,settings,title}.json'],
  { eager: true, import: 'default' },
);

/** Adds the texts of a game (briefing to debrief, levels, engine messages) to i18next. */
export function addPlayTexts(i18n: I18n): void {
  for (const [language, bundle] of Object.entries(resourcesFromFiles(playFiles)))
    i18n.addResourceBundle(language, 'translation', bundle.translation, true, false);
}
