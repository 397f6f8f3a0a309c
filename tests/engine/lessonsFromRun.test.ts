import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPETENCIES,
  attributeGame,
  debriefOf,
  lessonCandidates,
  MAX_LESSONS,
  MIN_LESSONS,
  PILLARS,
  planToLog,
  replay,
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
const texts = (lang: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/debrief.json`, 'utf8')) as {
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

  it('carries the numbers of the run, and every number its text needs, in both languages', () => {
    for (const lang of ['en', 'nl'])
      for (const l of [...idle.lessons, ...strong.lessons]) {
        const text = texts(lang).lesson[l.id];
        expect(text, `${lang} debrief.lesson.${l.id}`).toBeTypeOf('string');
        for (const [, name] of text!.matchAll(/\{\{(\w+)\}\}/g))
          expect(l.params).toHaveProperty(name!);
      }
    const gap = (d: typeof idle) => d.lessons.find((l) => l.pillar === 'understanding');
    const last = strong.believed.quarters.at(-1)!;
    expect(gap(strong)?.id).toBe('knowledgeGapClosed');
    expect(gap(strong)?.params.to).toBe(Math.round(last.knowledgeGap * 100));
    expect(gap(idle)?.id).toBe('knowledgeGapOpen');
  });

  it('asks for the same numbers in English and Dutch for every lesson', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const en = texts('en').lesson;
    const nl = texts('nl').lesson;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en)) expect(names(nl[id]!), id).toEqual(names(en[id]!));
  });

  it('tells a player who owned CX at the top from one who left it to a team without mandate', () => {
    const owner = (d: typeof idle) => d.lessons.find((l) => l.pillar === 'governance');
    expect(owner(strong)?.id).toBe('ownedCx');
    expect(owner(idle)?.id).toBe('noMandate');
  });

  it('names a promise that keeps changing', () => {
    const promises = ['effortless', 'caring', 'premiumComfort', 'lowFaresSimple'];
    const churn = debriefFor(promises.map((p) => ({ strategy: { brandPromise: p } })));
    const strategy = churn.lessons.find((l) => l.pillar === 'strategy');
    expect(strategy?.id).toBe('promiseChurn');
    expect(strategy?.params.changes).toBe(4);
  }, 30_000);

  it('counts the events that struck and the ones answered', () => {
    const log = planToLog(scenario.company.start, { quarters: [{}] }, scenario.quarters);
    const { results } = replay(scenario, 4, 'normal', log);
    const struck = new Set(results.flatMap((o) => o.events.map((e) => e.id)));
    expect(struck.size).toBeGreaterThan(0);
    const attribution = attributeGame(scenario, 4, 'normal', log);
    const events = lessonCandidates(scenario, log, results, attribution).find((l) =>
      l.id.startsWith('events'),
    );
    // Nobody answered: the start settings choose no response.
    expect(events?.id).toBe('eventsIgnored');
    expect(events?.params).toMatchObject({
      events: struck.size,
      responded: 0,
      delta:
        Math.round(attribution.game.nps.drivers.find((d) => d.id === 'events')!.delta * 10) / 10,
    });
  }, 30_000);
});
