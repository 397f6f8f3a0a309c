import { describe, expect, it } from 'vitest';
import type { GameRecord, Scenario } from '../../src/engine';
import { createNodeI18n } from '../../src/i18n/nodeResources';
import type { Lang } from '../../src/practice/calc';
import {
  gameContextOf,
  gameQuestions,
  renderGameQuestion,
  type GameContext,
  type GameQuestion,
} from '../../src/practice/fromGame';
import { BONUS_GAMING_SHARE } from '../../src/engine/constants';
import { level, play, strongPlan } from '../engine/helpers';

const contextOf = (scenario: Scenario, record: GameRecord): GameContext =>
  gameContextOf(scenario, record.seed, record.difficulty, record.decisions)!;

const airline = level('airline');
const hotel = level('hotel');
const tutorial = level('tutorial');
// CSAT asked, with every contact invited, at three touchpoints whose customers score about as all
// customers do, and a bonus on its target: the reading drifts from the truth by the answers pushed
// up more than by where the player listened or the sample's luck. One quarter played.
const bonusGame = (): GameRecord => {
  const surveys = Object.fromEntries(
    ['booking', 'checkin', 'flightInfo'].map((id) => [
      id,
      { metric: 'csat' as const, sampleSize: 5000 },
    ]),
  );
  const r = play(airline, 15, [{ metrics: { surveys, targets: { csat: 90, bonus: true } } }]);
  return { ...r, decisions: r.decisions.slice(0, 1), results: r.results.slice(0, 1) };
};
const games = [
  { name: 'airline, strong plan', ctx: contextOf(airline, play(airline, 11, strongPlan)) },
  { name: 'airline, as it starts', ctx: contextOf(airline, play(airline, 12)) },
  { name: 'airline, bonus on CSAT', ctx: contextOf(airline, bonusGame()) },
  { name: 'hotel, as it starts', ctx: contextOf(hotel, play(hotel, 13)) },
  { name: 'tutorial', ctx: contextOf(tutorial, play(tutorial, 14)) },
];

const i18n = { en: createNodeI18n('en'), nl: createNodeI18n('nl') };
const render = (q: GameQuestion, lang: Lang) =>
  renderGameQuestion((key, params) => i18n[lang].t(key, params), lang, q);

type Score = 'csat' | 'nps';
const OPTION = (cause: string) => i18n.en.t(`practice.game.believed.option.${cause}`);

/**
 * What explains most of a believed-vs-true distance, worked out from the record alone. The true
 * score where the survey asked (weighted by its answers) splits the distance into where the
 * player listened and what the survey read; under a CSAT bonus a share of the answers below 4
 * became 4, which the reading undoes exactly. Null where the record gives no one clear cause.
 */
function causeFromRecord(ctx: GameContext, q: number, score: Score) {
  const o = ctx.record.results[q]!;
  const measured = o.measured[score]!;
  const margin = o.measured.marginOfError[score]!;
  const asked = o.touchpoints.filter(
    (t) => t.measured.metric === score && t.measured.responses > 0,
  );
  const n = asked.reduce((a, t) => a + t.measured.responses, 0);
  const surveyed = asked.reduce((a, t) => a + t.measured.responses * t.true[score]!, 0) / n;
  const targets = ctx.record.decisions[q]!.metrics.targets;
  const bonus = targets.bonus && targets[score] !== null;
  if (bonus && score === 'nps') return null;
  const g = bonus ? BONUS_GAMING_SHARE : 0;
  const before = (measured - 100 * g) / (1 - g);
  const parts = {
    where: Math.abs(surveyed - o.true[score]),
    chance: Math.abs(before - surveyed),
    gaming: measured - before,
  };
  const ranked = (Object.keys(parts) as (keyof typeof parts)[]).sort((x, y) => parts[y] - parts[x]);
  const [top, next] = [ranked[0]!, ranked[1]!];
  if (parts[top] < 1.5 * parts[next]) return null;
  if (top === 'where' && parts.where <= margin) return null;
  // ...and it must outweigh the whole gap between the reading and the surveyed truth.
  if (top === 'where' && parts.where < 1.5 * Math.abs(measured - surveyed)) return null;
  // Under a bonus the stem cannot tell luck from pushed answers: never asked.
  if (top === 'chance' && bonus) return null;
  if (top === 'gaming' && measured - surveyed <= margin) return null;
  return top;
}

describe('which gap explains a believed-vs-true difference', { timeout: 60_000 }, () => {
  const built = games.map((g) => ({ ...g, questions: gameQuestions(g.ctx, 2026) }));

  it('answers with the cause the game’s own record shows, in the quarter the stem names', () => {
    const causes = new Set<string>();
    for (const { name, ctx, questions } of built)
      for (const score of ['csat', 'nps'] as const) {
        const question = questions.find((x) => x.template === `game-believed-${score}`);
        if (!question) continue;
        const en = render(question, 'en');
        const q = Number(/quarter (\d+)/.exec(en.stem)![1]) - 1;
        const o = ctx.record.results[q]!;
        expect(en.stem, name).toContain(`at ${Math.round(o.measured[score]!)} (±`);
        expect(en.stem, name).toContain(`was ${Math.round(o.true[score])}.`);
        const cause = causeFromRecord(ctx, q, score);
        expect(cause, `${name}: ${score} in quarter ${q + 1}`).not.toBeNull();
        expect(en.options[question.answer], `${name}: ${score}`).toBe(OPTION(cause!));
        // Non-response never tilts a score in the engine: it is never the answer.
        expect(en.options[question.answer]).not.toBe(OPTION('nonResponse'));
        causes.add(cause!);
        console.log(name, score, en.stem, en.options, en.why, render(question, 'nl'));
      }
    // The played games between them show each cause the engine can produce.
    expect([...causes].sort()).toEqual(['chance', 'gaming', 'where']);
  });

  it('explains every option in both languages, with the right one marked right', () => {
    for (const { questions } of built)
      for (const question of questions.filter((x) => x.template.startsWith('game-believed-')))
        for (const lang of ['en', 'nl'] as const) {
          const r = render(question, lang);
          const right = lang === 'en' ? /^Right:/ : /^Goed:/;
          r.why.forEach((why, i) =>
            i === question.answer ? expect(why).toMatch(right) : expect(why).not.toMatch(right),
          );
          expect(new Set(r.options).size).toBe(4);
          for (const s of [r.stem, ...r.options, ...r.why])
            expect(s).not.toMatch(/\{\{|practice\./);
        }
  });
});
