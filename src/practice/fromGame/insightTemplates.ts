/**
 * Templates about what the game measured and learnt: is a measured change beyond its margin of
 * error, which company gap was widest and what it means, which pillar or competency a lesson of
 * the debrief belongs to, and what the service-profit chain says of the staff's engagement.
 */
import { PILLARS, type Pillar } from '../../engine/attribution';
import { COMPETENCIES } from '../competencies';
import type { Random } from '../random';
import { shuffled } from '../random';
import { lastIndex, outcomes, round1, type GameContext } from './gameContext';
import { choiceOptions, num, text, type GameQuestion, type Param, type Text } from './gameQuestion';
import type { GameTemplate } from './template';

type Score = 'nps' | 'csat' | 'ces';
const DECIMALS: Record<Score, number> = { nps: 0, csat: 0, ces: 1 };

/** Consecutive quarters both measuring the score, first or last such pair. */
function measuredPair(ctx: GameContext, score: Score, which: 'first' | 'last') {
  const os = outcomes(ctx);
  const pairs: number[] = [];
  for (let q = 1; q < os.length; q++) {
    const a = os[q - 1]!.measured;
    const b = os[q]!.measured;
    if (
      a[score] !== null &&
      b[score] !== null &&
      a.marginOfError[score] !== null &&
      b.marginOfError[score] !== null
    )
      pairs.push(q);
  }
  return which === 'first' ? (pairs[0] ?? null) : (pairs[pairs.length - 1] ?? null);
}

function moeChange(id: string, score: Score, which: 'first' | 'last'): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const q = measuredPair(ctx, score, which);
      if (q === null) return null;
      const a = outcomes(ctx)[q - 1]!.measured;
      const b = outcomes(ctx)[q]!.measured;
      const d = DECIMALS[score];
      const round = (x: number) => Math.round(x * 10 ** d) / 10 ** d;
      const from = round(a[score]!);
      const to = round(b[score]!);
      const m1 = round1(a.marginOfError[score]!);
      const m2 = round1(b.marginOfError[score]!);
      const change = round(to - from);
      const margin = round1(Math.sqrt(m1 * m1 + m2 * m2));
      // Too close to call either way: no single best answer.
      if (Math.abs(Math.abs(change) - margin) < 0.5 * 10 ** -d + 0.05) return null;
      const beyond = Math.abs(change) > margin;
      const params: Record<string, Param> = {
        metric: text(`practice.game.metric.${score}`),
        prev: num(q),
        q: num(q + 1),
        from: num(from, d),
        to: num(to, d),
        m1: num(m1, 1),
        m2: num(m2, 1),
        change: num(Math.abs(change), d),
        margin: num(margin, 1),
      };
      const choice = (k: string, ok: boolean) => ({
        option: text(`practice.game.moe.${k}`, params),
        why: text(`practice.game.why.moeJudge.${k}${ok ? 'Right' : 'Wrong'}`, params),
      });
      const right = beyond ? 'beyond' : 'within';
      const other = beyond ? 'within' : 'beyond';
      return {
        template: id,
        competency: 'metrics',
        stem: text('practice.game.moe.changeStem', params),
        ...choiceOptions(random, [
          choice(right, true),
          choice(other, false),
          choice('needTruth', false),
          choice('differentPeople', false),
        ]),
      };
    },
  };
}

const COMPANY_GAPS = ['knowledge', 'standards', 'delivery', 'communication'] as const;
type CompanyGap = (typeof COMPANY_GAPS)[number];

function widestGap(
  ctx: GameContext,
  q: number,
): { gap: CompanyGap; values: Record<CompanyGap, number> } | null {
  const g = outcomes(ctx)[q]!.true.gaps;
  const values = Object.fromEntries(COMPANY_GAPS.map((k) => [k, Math.round(100 * g[k])])) as Record<
    CompanyGap,
    number
  >;
  const ranked = [...COMPANY_GAPS].sort((a, b) => values[b] - values[a]);
  // Tied at the top (in whole percent): no single best answer.
  if (values[ranked[0]!] === values[ranked[1]!]) return null;
  return { gap: ranked[0]!, values };
}

function gapWidest(id: string, at: 'first' | 'last'): GameTemplate {
  return {
    id,
    competency: 'insights',
    build(ctx, random) {
      const q = at === 'first' ? 0 : lastIndex(ctx);
      const found = widestGap(ctx, q);
      if (!found) return null;
      const { gap, values } = found;
      const order = [
        gap,
        ...shuffled(
          COMPANY_GAPS.filter((k) => k !== gap),
          random,
        ),
      ];
      const params = { q: num(q + 1) };
      return {
        template: id,
        competency: 'insights',
        stem: text('practice.game.gap.widestStem', params),
        ...choiceOptions(
          random,
          order.map((k) => ({
            option: text(`practice.game.gap.name.${k}`),
            why: text(k === gap ? 'practice.game.why.gapWidest' : 'practice.game.why.gapNarrower', {
              gap: text(`practice.game.gap.name.${k}`),
              value: num(values[k]),
              widest: text(`practice.game.gap.name.${gap}`),
              top: num(values[gap]),
            }),
          })),
        ),
      };
    },
  };
}

const gapMeaning: GameTemplate = {
  id: 'game-gap-meaning',
  competency: 'insights',
  build(ctx, random) {
    const found = widestGap(ctx, lastIndex(ctx));
    if (!found) return null;
    const { gap, values } = found;
    const order = [
      gap,
      ...shuffled(
        COMPANY_GAPS.filter((k) => k !== gap),
        random,
      ),
    ];
    const params = { gap: text(`practice.game.gap.name.${gap}`), value: num(values[gap]) };
    return {
      template: 'game-gap-meaning',
      competency: 'insights',
      stem: text('practice.game.gap.meaningStem', params),
      ...choiceOptions(
        random,
        order.map((k) => ({
          option: text(`practice.game.gap.meaning.${k}`),
          why: text(
            k === gap ? 'practice.game.why.meaningRight' : 'practice.game.why.meaningWrong',
            {
              gap: text(`practice.game.gap.name.${k}`),
            },
          ),
        })),
      ),
    };
  },
};

const knowledgeLever: GameTemplate = {
  id: 'game-gap-knowledge-lever',
  competency: 'insights',
  build(ctx, random) {
    const from = Math.round(100 * outcomes(ctx)[0]!.true.gaps.knowledge);
    const to = Math.round(100 * outcomes(ctx)[lastIndex(ctx)]!.true.gaps.knowledge);
    const params = { from: num(from), to: num(to), q: num(lastIndex(ctx) + 1) };
    const choice = (k: string) => ({
      option: text(`practice.game.lever.${k}`),
      why: text(`practice.game.why.lever.${k}`),
    });
    return {
      template: 'game-gap-knowledge-lever',
      competency: 'insights',
      stem: text('practice.game.lever.stem', params),
      ...choiceOptions(random, [
        choice('listen'),
        choice('price'),
        choice('channels'),
        choice('redesign'),
      ]),
    };
  },
};

/** The lesson's own text as the debrief shows it (numbers kept as numbers, to be formatted). */
function lessonText(params: Record<string, string | number>, key: string): Text {
  return text(
    key,
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        typeof v === 'number' ? num(v, Number.isInteger(v) ? 0 : 1) : v,
      ]),
    ),
  );
}

function lessonPillar(id: string, index: number): GameTemplate {
  return {
    id,
    competency: 'strategy',
    build(ctx, random) {
      const lesson = ctx.lessons[index];
      if (!lesson) return null;
      const others = shuffled(
        PILLARS.filter((p) => p !== lesson.pillar),
        random,
      ).slice(0, 3);
      const name = (p: Pillar) => text(`debrief.driver.${p}`);
      return {
        template: id,
        competency: lesson.competency,
        case: lessonText(lesson.params, lesson.key),
        stem: text('practice.game.lesson.pillarStem'),
        ...choiceOptions(
          random,
          [lesson.pillar, ...others].map((p) => ({
            option: name(p),
            why: text(
              p === lesson.pillar
                ? 'practice.game.why.pillarRight'
                : 'practice.game.why.pillarWrong',
              {
                pillar: name(p),
                right: name(lesson.pillar),
              },
            ),
          })),
        ),
      };
    },
  };
}

function lessonCompetency(id: string, index: number): GameTemplate {
  return {
    id,
    competency: 'strategy',
    build(ctx, random) {
      const lesson = ctx.lessons[index];
      if (!lesson) return null;
      const others = shuffled(
        COMPETENCIES.filter((c) => c !== lesson.competency),
        random,
      ).slice(0, 3);
      const name = (c: string) => text(`debrief.competency.${c}`);
      return {
        template: id,
        competency: lesson.competency,
        case: lessonText(lesson.params, lesson.key),
        stem: text('practice.game.lesson.competencyStem'),
        ...choiceOptions(
          random,
          [lesson.competency, ...others].map((c) => ({
            option: name(c),
            why: text(
              c === lesson.competency
                ? 'practice.game.why.competencyRight'
                : 'practice.game.why.competencyWrong',
              { competency: name(c), right: name(lesson.competency) },
            ),
          })),
        ),
      };
    },
  };
}

const serviceProfitChain: GameTemplate = {
  id: 'game-service-profit-chain',
  competency: 'culture',
  build(ctx, random: Random): GameQuestion {
    const from = Math.round(outcomes(ctx)[0]!.true.engagement);
    const to = Math.round(outcomes(ctx)[lastIndex(ctx)]!.true.engagement);
    const params = { from: num(from), to: num(to), q: num(lastIndex(ctx) + 1) };
    const choice = (k: string) => ({
      option: text(`practice.game.spc.${k}`),
      why: text(`practice.game.why.spc.${k}`),
    });
    return {
      template: 'game-service-profit-chain',
      competency: 'culture',
      stem: text('practice.game.spc.stem', params),
      ...choiceOptions(random, [
        choice('service'),
        choice('price'),
        choice('channels'),
        choice('promise'),
      ]),
    };
  },
};

export const INSIGHT_TEMPLATES: GameTemplate[] = [
  moeChange('game-moe-nps-first', 'nps', 'first'),
  moeChange('game-moe-nps-last', 'nps', 'last'),
  moeChange('game-moe-csat', 'csat', 'first'),
  moeChange('game-moe-ces', 'ces', 'first'),
  gapWidest('game-gap-widest-first', 'first'),
  gapWidest('game-gap-widest-last', 'last'),
  gapMeaning,
  knowledgeLever,
  lessonPillar('game-lesson-pillar-1', 0),
  lessonPillar('game-lesson-pillar-2', 1),
  lessonPillar('game-lesson-pillar-3', 2),
  lessonCompetency('game-lesson-competency-1', 0),
  lessonCompetency('game-lesson-competency-2', 1),
  serviceProfitChain,
];
