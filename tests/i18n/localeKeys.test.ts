import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, createNodeI18n, loadResourcesFromDisk } from '../../src/i18n/nodeResources';
import { flattenKeys, resourcesFromFiles } from '../../src/i18n/resources';
import { LANGUAGES } from '../../src/state/settings';

const resources = loadResourcesFromDisk();
const keysByLanguage = Object.fromEntries(
  Object.entries(resources).map(([language, bucket]) => [
    language,
    new Set(flattenKeys(bucket.translation)),
  ]),
);

describe('locale files', () => {
  it('exist for exactly the languages the settings offer', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have the same files in every language', () => {
    const filesOf = (language: string) => readdirSync(join(LOCALES_DIR, language)).sort();
    for (const language of LANGUAGES) expect(filesOf(language)).toEqual(filesOf('en'));
  });

  for (const language of LANGUAGES) {
    for (const other of LANGUAGES) {
      if (language === other) continue;
      it(`every key in ${language} also exists in ${other}`, () => {
        const missing = [...(keysByLanguage[language] ?? [])].filter(
          (key) => !keysByLanguage[other]?.has(key),
        );
        expect(missing).toEqual([]);
      });
    }
  }

  it('has no empty text', () => {
    for (const [language, bucket] of Object.entries(resources)) {
      const empty = flattenKeys(bucket.translation).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            bucket.translation,
          );
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });

  it('maps locales/<lang>/<name>.json to keys <name>.…', () => {
    const built = resourcesFromFiles({ './locales/nl/title.json': { newGame: 'Nieuw spel' } });
    expect(built).toEqual({ nl: { translation: { title: { newGame: 'Nieuw spel' } } } });
    const i18n = createNodeI18n('nl');
    expect(i18n.t('title.newGame')).toBe(
      (
        JSON.parse(readFileSync(join(LOCALES_DIR, 'nl', 'title.json'), 'utf8')) as {
          newGame: string;
        }
      ).newGame,
    );
  });
});
