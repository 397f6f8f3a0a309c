import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The CX words of the game's glossary (src/i18n/locales/*/glossary.json), in the words Dutch
// practitioners use: wherever an English text uses one, its Dutch text uses the glossary's Dutch
// word (any of its forms: "contactmoment" covers "contactmomenten"), so the debrief, the Review and
// every other screen speak one language with the glossary a player can open.
const TERMS: Record<string, string[]> = {
  'knowledge gap': ['kenniskloof'],
  'standards gap': ['specificatiekloof'],
  'specification gap': ['specificatiekloof'],
  'delivery gap': ['implementatiekloof', 'leveringskloof'],
  'communication gap': ['communicatiekloof'],
  'customer gap': ['klantkloof'],
  'brand promise': ['merkbelofte'],
  'customer promise': ['klantbelofte'],
  touchpoint: ['contactmoment', 'touchpoint'],
  'closing the loop': ['cirkel rond', 'terugkoppel'],
  'close the loop': ['cirkel rond', 'terugkoppel'],
  "driver's licence": ['klantenrijbewijs'],
  detractor: ['criticaster'],
  promoter: ['promotor'],
  'response rate': ['respons'],
  'employee engagement': ['betrokkenheid'],
  'customer journey': ['klantreis', 'customer journey'],
  'margin of error': ['foutmarge'],
};

const DIR = new URL('../../src/i18n/locales/', import.meta.url);

function flat(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => flat(v, path ? `${path}.${k}` : k));
  return [];
}

const read = (lang: string, file: string) =>
  new Map(flat(JSON.parse(readFileSync(new URL(`${lang}/${file}`, DIR), 'utf8'))));

describe('the Dutch texts use the glossary’s words', () => {
  // The glossary itself shows each term in the other language too.
  const files = readdirSync(new URL('en/', DIR)).filter((f) => f !== 'glossary.json');

  it('finds the glossary words in the English texts it checks', () => {
    const all = files
      .flatMap((f) => [...read('en', f).values()])
      .join(' ')
      .toLowerCase();
    for (const term of ['knowledge gap', 'brand promise', 'touchpoint', 'detractor'])
      expect(all).toContain(term);
  });

  for (const file of files)
    it(file, () => {
      const en = read('en', file);
      const nl = read('nl', file);
      const misses: string[] = [];
      for (const [key, text] of en) {
        // "Net Promoter Score" is a name, kept in Dutch.
        const words = text
          .toLowerCase()
          .replace(/[’‘]/g, "'")
          .replace(/net promoter score/g, '');
        const dutch = (nl.get(key) ?? '').toLowerCase();
        for (const [term, forms] of Object.entries(TERMS))
          if (words.includes(term) && !forms.some((f) => dutch.includes(f)))
            misses.push(
              `${key}: “${term}” but not ${forms.join(' / ')} in “${dutch.slice(0, 80)}”`,
            );
      }
      expect(misses).toEqual([]);
    });
});
