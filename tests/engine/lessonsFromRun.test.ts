import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPETENCIES,
  debriefOf,
  LESSON_LABELS_BY_ID,
  MAX_LESSONS,
  MIN_LESSONS,
  PILLARS,
  planToLog,
  type DecisionsPatch,
} from '../../src/engine';
import { airline, strongPlan } from './helpers';

const scenario = airline();
const debriefFor = (patches: DecisionsPatch[], seed = 4) =>
  debriefOf(
    scenario,
    seed,
    'normal',
    planToLog(scenario.company.start, { quarters: patches }, scenario.quarters),
  );
const idle = debriefFor([{}]);
const strong = debriefFor(strongPlan);
type Texts = { lesson: Record<string, Record<string, string>> };
const texts = (lang: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/debrief.json`, 'utf8')) as Texts;
const sources = (lang: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/sources.json`, 'utf8')) as {
    lesson: Record<string, string>;
  };

describe('lessons from a run', () => {
  it('finds 3 to 6, each tied to a pillar and a CCXP competency, most important first', () => {
    for (const d of [idle, strong]) {
      expect(d.lessons.length).toBeGreaterThanOrEqual(MIN_LESSONS);
      expect(d.lessons.length).toBeLessThanOrEqual(MAX_LESSONS);
      for (const l of d.lessons) {
        expect(PILLARS).toContain(l.pillar);
        expect(COMPETENCIES).toContain(l.competency);
      }
      const weights = d.lessons.map((l) => l.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      // No pillar twice while another pillar's finding was left out.
      const pillars = d.lessons.map((l) => l.pillar);
      if (new Set(pillars).size < pillars.length)
        expect(new Set(pillars).size).toBe(PILLARS.length);
    }
  });

  it('has a text for every lesson and label it can give, asking for numbers the lesson carries, in both languages', () => {
    for (const lang of ['en', 'nl']) {
      const t = texts(lang).lesson;
      expect(Object.keys(t).sort()).toEqual(Object.keys(LESSON_LABELS_BY_ID).sort());
      for (const [id, labels] of Object.entries(LESSON_LABELS_BY_ID))
        expect(Object.keys(t[id]!).sort(), `${lang} ${id}`).toEqual([...labels].sort());
      for (const l of [...idle.lessons, ...strong.lessons]) {
        const text = t[l.id]?.[l.label];
        expect(text, `${lang} ${l.key}`).toBeTypeOf('string');
        for (const [, name] of text!.matchAll(/\{\{(\w+)\}\}/g))
          expect(l.params).toHaveProperty(name!);
      }
    }
  });

  it('asks for the same numbers in English and Dutch for every lesson', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const en = texts('en').lesson;
    const nl = texts('nl').lesson;
    for (const [id, labels] of Object.entries(en))
      for (const [label, text] of Object.entries(labels))
        expect(names(nl[id]![label]!), `${id}.${label}`).toEqual(names(text));
  });

  it('ends every lesson with a source that exists in both languages', () => {
    for (const l of [...idle.lessons, ...strong.lessons]) {
      const id = l.source.replace(/^sources\.lesson\./, '');
      expect(l.source).toBe(`sources.lesson.${id}`);
      for (const lang of ['en', 'nl']) expect(sources(lang).lesson[id]).toBeTruthy();
    }
  });

  it('says a lever the player never used was not used, and a used one was', () => {
    // The idle game changes nothing: every lesson is about a road not taken (or a promise kept
    // unchanged), never "what worked" about a decision that was not taken.
    for (const l of idle.lessons) {
      expect(l.claim.used).toBe(false);
      expect(l.id === 'promiseUnchanged' || l.label === 'missed').toBe(true);
    }
    // The strong plan changes most levers: its lessons about them are about what it did.
    const used = strong.lessons.filter((l) => l.claim.used);
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const l of used) expect(l.label).not.toBe('missed');
  });

  it('names a promise that keeps changing, labelled by what keeping the first one would have done', () => {
    const promises = ['effortless', 'caring', 'premiumComfort', 'lowFaresSimple'];
    const churn = debriefFor(promises.map((p) => ({ strategy: { brandPromise: p } })));
    const candidates = churn.lessons.filter((l) => l.pillar === 'strategy');
    for (const l of candidates) {
      expect(l.id).toBe('promiseChurn');
      expect(l.params.changes).toBe(4);
      expect(l.label).toBe(l.claim.gain > 0 ? 'worked' : 'cost');
    }
  }, 30_000);
});
