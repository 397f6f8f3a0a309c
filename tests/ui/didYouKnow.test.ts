import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FACT_MOMENTS,
  FACTS,
  factFor,
  factKeys,
  factsFor,
} from '../../src/ui/viewModels/didYouKnow';

type Sources = { heading: string; ref: Record<string, string>; fact: Record<string, string> };
const sources = (lang: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/sources.json`, 'utf8')) as Sources;

describe('"did you know?" cards', () => {
  it('give every fact a text and a source, in English and Dutch', () => {
    for (const lang of ['en', 'nl']) {
      const s = sources(lang);
      for (const f of FACTS) {
        expect(s.fact[f.id], `${lang} fact ${f.id}`).toBeTruthy();
        expect(s.ref[f.source], `${lang} source ${f.source}`).toBeTruthy();
      }
      // No fact text without its card, no source without a fact.
      expect(Object.keys(s.fact).sort()).toEqual(FACTS.map((f) => f.id).sort());
      expect(Object.keys(s.ref).sort()).toEqual(
        expect.arrayContaining([...new Set(FACTS.map((f) => f.source))].sort()),
      );
    }
  });

  it('carry the sources’ figures as they are (Swinscoe, Bain, CEB, Aegon, Laire, CustomerGauge)', () => {
    const en = sources('en').fact;
    expect(en.channels).toMatch(/9 channels/);
    expect(en.channels).toMatch(/8%/);
    expect(en.channels).toMatch(/58%/);
    expect(en.initiatives).toMatch(/70–80%/);
    expect(en.bain).toMatch(/80%.*8%/);
    expect(en.effort).toMatch(/96%.*9%/);
    expect(en.promises).toMatch(/Fly Better.*Low fares, made simple/);
    expect(en.licence).toMatch(/Aegon.*driver’s licence/);
    expect(en.mandate).toMatch(/mandate/);
    expect(en.closeLoop).toMatch(/\+34.*\+23/);
    const nl = sources('nl').fact;
    expect(nl.licence).toMatch(/klantenrijbewijs/);
    expect(nl.channels).toMatch(/9 kanalen.*8%.*58%/);
  });

  it('have a fact for every moment, and turn through them quarter by quarter', () => {
    for (const m of FACT_MOMENTS) {
      const fitting = factsFor(m);
      expect(fitting.length, m).toBeGreaterThan(0);
      const seen = new Set(Array.from({ length: fitting.length }, (_, q) => factFor(m, q).id));
      expect(seen.size).toBe(fitting.length);
    }
    expect(factKeys(FACTS[0]!)).toEqual({
      text: `sources.fact.${FACTS[0]!.id}`,
      source: `sources.ref.${FACTS[0]!.source}`,
    });
  });
});
