import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A target's name is written by hand beside its value (`levels/<id>.json` holds the number, the
 * locale files the words). When a level's numbers change, the words must follow: the airline once
 * promised "cash at least 60 M€" on its scorecard while the engine checked 350 M€.
 */
interface Target {
  name: string;
  metric: string;
  value: number;
  direction: 'atLeast' | 'atMost';
}
interface Level {
  id: string;
  company: { cash: number };
  targets?: Target[];
}

const levels = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`levels/${f}`, 'utf8')) as Level)
  .filter((l) => l.targets?.length);

function words(lang: string, key: string): string {
  const [ns, ...path] = key.split('.');
  let node: unknown = JSON.parse(readFileSync(`src/i18n/locales/${lang}/${ns}.json`, 'utf8'));
  for (const part of path) node = (node as Record<string, unknown>)[part];
  return node as string;
}

/**
 * The numbers a reader sees in the name, in the level's own unit: k€ for money ("350 M€" is
 * 350,000), a count in full ("3.5 million passengers" is 3,500,000; "11,700 guests" in English,
 * "11.700 gasten" in Dutch, is 11,700).
 */
function numbersIn(text: string, lang: string): number[] {
  const [thousands, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const scale = /M€|mln €/.test(text) ? 1000 : /million|miljoen/.test(text) ? 1_000_000 : 1;
  const found = text.match(/[+-]?\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|[+-]?\d+(?:[.,]\d+)?/g) ?? [];
  return found.map((n) => {
    const grouped = new RegExp(`^[+-]?\\d{1,3}(?:\\${thousands}\\d{3})+$`).test(n);
    const plain = grouped ? n.split(thousands).join('') : n.replace(decimal, '.');
    return Number(plain) * scale;
  });
}

describe('target names say the value the scorecard checks', () => {
  for (const level of levels)
    for (const lang of ['en', 'nl'])
      for (const target of level.targets!)
        it(`${level.id} · ${target.metric} · ${lang}`, () => {
          const text = words(lang, target.name);
          const numbers = numbersIn(text, lang);
          if (numbers.length) expect(numbers[0]).toBeCloseTo(target.value, 6);
          else if (target.metric === 'profit') expect(target.value).toBe(0);
          else if (target.metric === 'cash') expect(target.value).toBe(level.company.cash);
          else expect.fail(`"${text}" names no value for ${target.metric} ${target.value}`);
        });
});
