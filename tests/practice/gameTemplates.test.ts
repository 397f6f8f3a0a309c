import { describe, expect, it } from 'vitest';
import { whatIf, type GameRecord, type Scenario } from '../../src/engine';
import { createNodeI18n } from '../../src/i18n/nodeResources';
import {
  decimalsOf,
  numbersIn,
  recompute,
  textShowsValue,
  type Lang,
} from '../../src/practice/calc';
import {
  GAME_TEMPLATES,
  gameContextOf,
  gameQuestions,
  renderGameQuestion,
  type GameContext,
  type GameQuestion,
} from '../../src/practice/fromGame';
import { bucketOf } from '../../src/practice/fromGame/whatIfTemplates';
import { npsWithMargin } from '../../src/engine/quarter/measure';
import { questionProblems } from '../../src/practice/qualityChecks';
import type { Question } from '../../src/practice/questionSchema';
import { level, play, strongPlan } from '../engine/helpers';

function contextOf(scenario: Scenario, record: GameRecord): GameContext {
  const ctx = gameContextOf(scenario, record.seed, record.difficulty, record.decisions);
  if (!ctx) throw new Error('no quarter played');
  expect(ctx.record).toEqual(record);
  return ctx;
}

const airline = level('airline');
const hotel = level('hotel');
const tutorial = level('tutorial');
// Several played games: a strong airline plan, the airline and hotel left as they start, the tutorial.
const games: { name: string; ctx: GameContext }[] = [
  { name: 'airline, strong plan', ctx: contextOf(airline, play(airline, 11, strongPlan)) },
  { name: 'airline, as it starts', ctx: contextOf(airline, play(airline, 12)) },
  { name: 'hotel, as it starts', ctx: contextOf(hotel, play(hotel, 13)) },
  { name: 'tutorial', ctx: contextOf(tutorial, play(tutorial, 14)) },
];
const built = games.map((g) => ({ ...g, questions: gameQuestions(g.ctx, 2026) }));

const i18n = { en: createNodeI18n('en'), nl: createNodeI18n('nl') };
const render = (q: GameQuestion, lang: Lang) =>
  renderGameQuestion((key, params) => i18n[lang].t(key, params), lang, q);

/** A game question as a bank question, so the bank's own checks apply to it. */
const asBankQuestion = (q: GameQuestion): Question => ({
  id: 'metrics-000',
  competency: q.competency,
  type: q.calc ? 'calculation' : 'single',
  difficulty: 2,
  answer: q.answer,
  topic: 'from-game',
  source: 'the played game',
  ...(q.calc ? { calc: q.calc } : {}),
  en: render(q, 'en'),
  nl: render(q, 'nl'),
});

const correctNumber = (q: GameQuestion, lang: Lang) => {
  const text = render(q, lang).options[q.answer]!;
  return numbersIn(text.replace(/^±/, ''), lang)[0]!;
};
const find = (questions: GameQuestion[], id: string) => questions.find((q) => q.template === id);

describe('questions from my game', { timeout: 60_000 }, () => {
  it('has at least 30 templates, with distinct ids', () => {
    expect(GAME_TEMPLATES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(GAME_TEMPLATES.map((t) => t.id)).size).toBe(GAME_TEMPLATES.length);
  });

  it('at least 30 templates produce a question for some played game', () => {
    const used = new Set(built.flatMap((g) => g.questions.map((q) => q.template)));
    expect(used.size).toBeGreaterThanOrEqual(30);
  });

  it('every question passes the bank’s checks in both languages, with no text left untranslated', () => {
    for (const g of built)
      for (const q of g.questions) {
        expect(q.answer, q.template).toBeGreaterThanOrEqual(0);
        expect(q.answer, q.template).toBeLessThanOrEqual(3);
        const bank = asBankQuestion(q);
        expect(questionProblems(bank), `${g.name}: ${q.template}`).toEqual([]);
        for (const lang of ['en', 'nl'] as const)
          for (const text of [
            bank[lang].case ?? '',
            bank[lang].stem,
            ...bank[lang].options,
            ...bank[lang].why,
          ])
            expect(text, `${g.name}: ${q.template} (${lang})`).not.toMatch(
              /\{\{|(practice|debrief|level-\w+)\.\w/,
            );
      }
  });

  it('calculation templates recompute their own answer, shown in the correct option as each language writes it', () => {
    let calcs = 0;
    for (const g of built)
      for (const q of g.questions.filter((x) => x.calc)) {
        calcs++;
        expect(recompute(q.calc!), q.template).toBe(q.calc!.value);
        for (const lang of ['en', 'nl'] as const)
          expect(textShowsValue(render(q, lang).options[q.answer]!, q.calc!.value, lang)).toBe(
            true,
          );
        expect(decimalsOf(q.calc!.kind)).toBeGreaterThanOrEqual(0);
      }
    expect(calcs).toBeGreaterThanOrEqual(12);
  });

  it('the answers follow from the game’s own record', () => {
    let npsChecked = 0;
    for (const { ctx, questions } of built) {
      const last = ctx.record.results.length - 1;
      const o = (q: number) => ctx.record.results[q]!;

      for (const id of ['game-nps-first', 'game-nps-middle', 'game-nps-last']) {
        const nps = find(questions, id);
        if (!nps) continue;
        // The counts are the answers the player's own survey collected: they add up to the
        // responses of the touchpoints that asked NPS, and their score and margin, by the
        // engine's formula, are exactly the measured ones the record keeps.
        const q = Number(numbersIn(render(nps, 'en').stem, 'en')[0]) - 1;
        const c = nps.calc!;
        if (c.kind !== 'nps') throw new Error(`${id} is not an NPS calculation`);
        const n = c.promoters + c.passives + c.detractors;
        expect(n).toBe(
          o(q)
            .touchpoints.filter((t) => t.measured.metric === 'nps')
            .reduce((a, t) => a + t.measured.responses, 0),
        );
        const x = npsWithMargin(c.promoters, c.detractors, n);
        expect(Math.round(x.score! * 100) / 100).toBe(o(q).measured.nps);
        expect(Math.round(x.margin! * 100) / 100).toBe(o(q).measured.marginOfError.nps);
        expect(c.value).toBe(Math.round(o(q).measured.nps!));
        expect(correctNumber(nps, 'en')).toBe(c.value);
        npsChecked++;
      }
      const shares = find(questions, 'game-nps-shares-first')!;
      expect(correctNumber(shares, 'nl')).toBe(
        Math.round(o(0).true.promoters) - Math.round(o(0).true.detractors),
      );
      const ces = find(questions, 'game-ces-change');
      if (ces)
        expect(correctNumber(ces, 'en')).toBeCloseTo(
          Math.round(10 * o(last).true.ces) / 10 - Math.round(10 * o(0).true.ces) / 10,
          5,
        );
      const roi = find(questions, 'game-roi-quarter');
      if (roi)
        expect(roi.calc!.value).toBe(
          Math.round(
            (100 * (Math.round(o(last).true.revenue) - Math.round(o(last).true.cost))) /
              Math.round(o(last).true.cost),
          ),
        );
      const widest = find(questions, 'game-gap-widest-last');
      if (widest) {
        const g = o(last).true.gaps;
        const top = (['knowledge', 'standards', 'delivery', 'communication'] as const).reduce(
          (a, b) => (g[b] > g[a] ? b : a),
        );
        expect(render(widest, 'en').options[widest.answer]).toBe(
          i18n.en.t(`practice.game.gap.name.${top}`),
        );
      }
      for (const lesson of questions.filter((q) => q.template.startsWith('game-lesson-pillar-'))) {
        const index = Number(lesson.template.slice(-1)) - 1;
        expect(render(lesson, 'en').options[lesson.answer]).toBe(
          i18n.en.t(`debrief.driver.${ctx.lessons[index]!.pillar}`),
        );
      }
    }
    // Some played game surveyed NPS, so the count questions were asked and checked.
    expect(npsChecked).toBeGreaterThanOrEqual(1);
  });

  it('a what-if question’s answer is the range the engine’s own replay falls in', () => {
    let checked = 0;
    for (const { ctx, questions } of built) {
      const q = find(questions, 'game-whatif-loop');
      if (!q) continue;
      const first = ctx.record.decisions[0]!;
      const fork = whatIf(
        ctx.scenario,
        ctx.record.seed,
        ctx.record.difficulty,
        ctx.record.decisions,
        {
          quarter: 0,
          patch: { understanding: { closeTheLoop: !first.understanding.closeTheLoop } },
          scope: 'onward',
        },
      );
      if (!fork.ok) throw new Error('the fork was refused');
      const last = ctx.record.results.length - 1;
      const r1 = (x: number) => Math.round(x * 10) / 10;
      const delta = r1(
        r1(fork.record.results[last]!.true.nps) - r1(ctx.record.results[last]!.true.nps),
      );
      expect(['downMuch', 'downLittle', 'upLittle', 'upMuch'][q.answer]).toBe(bucketOf(delta));
      expect(q.reveal).toBeDefined();
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('places the correct answers over all four positions', () => {
    const counts = [0, 0, 0, 0];
    for (const g of built) for (const q of g.questions) counts[q.answer]!++;
    for (const c of counts) expect(c).toBeGreaterThan(0);
  });

  it('builds the same questions from the same seed', () => {
    const again = gameQuestions(games[0]!.ctx, 2026);
    expect(again).toEqual(built[0]!.questions);
  });
});
