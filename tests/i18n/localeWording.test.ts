import { describe, expect, it } from 'vitest';
import { loadResourcesFromDisk } from '../../src/i18n/nodeResources';
import { LANGUAGES } from '../../src/state/settings';

const resources = loadResourcesFromDisk();

/** A brand keeps its capitals (WhatsApp); any other name starts in lower case. */
const isBrand = (name: string) => /^\p{Lu}\S*\p{Lu}/u.test(name);

describe('Dutch and names inside sentences', () => {
  // Touchpoint and channel names go into sentences ("Frankly, the bag drop was a mess") and are
  // capitalised only where they stand alone as labels; a capital in the file would read
  // "was Een klacht" mid-sentence.
  for (const language of LANGUAGES) {
    it(`start in lower case in every level, in ${language}`, () => {
      const bucket = resources[language]!.translation as Record<string, unknown>;
      const capitalised: string[] = [];
      for (const [namespace, content] of Object.entries(bucket)) {
        if (!namespace.startsWith('level-')) continue;
        const level = content as Record<string, Record<string, { name?: string }>>;
        for (const kind of ['touchpoint', 'channel'] as const) {
          for (const [id, entry] of Object.entries(level[kind] ?? {})) {
            const name = entry.name ?? '';
            if (/^\p{Lu}/u.test(name) && !isBrand(name))
              capitalised.push(`${namespace}.${kind}.${id}: ${name}`);
          }
        }
      }
      expect(capitalised).toEqual([]);
    });
  }

  it('never open a sentence, where they would start in lower case', () => {
    const opening: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (/(^|[.!?]\s+)\$t\(\{\{(touchpoint|channel)\}\}\)/.test(value))
          opening.push(`${path}: ${value}`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    for (const language of LANGUAGES) walk(resources[language]!.translation, language);
    expect(opening).toEqual([]);
  });

  it('address the player as je in Dutch, never u', () => {
    const formal: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (/(?<![\p{L}-])(u|uw|uzelf)(?![\p{L}-])/iu.test(value)) formal.push(`${path}: ${value}`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(resources.nl!.translation, 'nl');
    expect(formal).toEqual([]);
  });
});
