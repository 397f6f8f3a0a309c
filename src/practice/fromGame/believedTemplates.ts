/**
 * "Which gap explains a believed-vs-true difference": the debrief shows a measured score beside
 * the true one; these ask what explains most of the distance, from what the game's record shows
 * caused it. The distance splits in two: the true score among the customers of the touchpoints
 * that were surveyed minus the true score of all customers (where the player listened), and the
 * reading minus that surveyed truth (the sample's luck, plus answers pushed up when a bonus was
 * tied to the score's target), each part computed exactly. In the engine whether a customer answers does not depend on the
 * experience (only on loop trust and fatigue), so non-response never tilts a score here.
 */
import type { QuarterOutcome } from '../../engine';
import { BONUS_GAMING_SHARE } from '../../engine/constants';
import { outcomes, type GameContext } from './gameContext';
import { choiceOptions, num, text, type Param } from './gameQuestion';
import type { GameTemplate } from './template';

type Score = 'nps' | 'csat';
export type BelievedCause = 'chance' | 'where' | 'gaming';

/** The larger part must be this many times the smaller to "explain most" without doubt. */
const CLEAR = 1.5;

interface Split {
  cause: BelievedCause;
  measured: number;
  margin: number;
  truth: number;
  /** The true score among the surveyed touchpoints' customers, weighted by their answers. */
  surveyed: number;
  /** Points of the reading that are answers pushed up by a bonus (0 without one). */
  gaming: number;
  asked: number;
  touchpoints: number;
  bonus: boolean;
}

/**
 * The reading as the answers were before a bonus pushed them: CSAT answers below 4 become 4 for
 * a share g (measure.ts), so reading = unpushed + g × (100 − unpushed). NPS pushes detractors and
 * passives apart, which the pooled score alone cannot undo: null there.
 */
function unpushed(score: Score, measured: number, bonus: boolean): number | null {
  if (!bonus) return measured;
  if (score !== 'csat') return null;
  return (measured - 100 * BONUS_GAMING_SHARE) / (1 - BONUS_GAMING_SHARE);
}

function splitOf(o: QuarterOutcome, bonus: boolean, score: Score): Split | null {
  const measured = o.measured[score];
  const margin = o.measured.marginOfError[score];
  if (measured === null || margin === null) return null;
  let n = 0;
  let sum = 0;
  for (const t of o.touchpoints) {
    const v = t.true[score];
    if (t.measured.metric !== score || t.measured.responses <= 0) continue;
    if (v === null) return null;
    n += t.measured.responses;
    sum += t.measured.responses * v;
  }
  const before = unpushed(score, measured, bonus);
  if (n <= 0 || before === null) return null;
  const truth = o.true[score];
  if (Math.abs(measured - truth) < 2) return null;
  // The distance in three exact parts: where the player listened, the sample's luck, and the
  // answers a bonus pushed up.
  const surveyed = sum / n;
  const where = Math.abs(surveyed - truth);
  const chance = Math.abs(before - surveyed);
  const gaming = measured - before;
  let cause: BelievedCause | null = null;
  const read = Math.abs(measured - surveyed);
  if (where > margin && where >= CLEAR * Math.max(chance, gaming, read)) cause = 'where';
  else if (!bonus && chance >= CLEAR * where) cause = 'chance';
  // Only where the stem shows it too: the reading above the surveyed truth beyond the margin.
  else if (bonus && measured - surveyed > margin && gaming >= CLEAR * Math.max(chance, where))
    cause = 'gaming';
  if (!cause) return null;
  const touchpoints = o.touchpoints.filter((t) => !t.removed).length;
  const asked = o.touchpoints.filter(
    (t) => t.measured.metric === score && t.measured.responses > 0,
  ).length;
  return { cause, measured, margin, truth, surveyed, gaming, asked, touchpoints, bonus };
}

/**
 * The numbers the stem shows, rounded, and the gaps between them that the texts name; null where
 * the texts' claims ("a bigger gap", "beyond the margin") would not hold for the rounded numbers.
 */
function shownOf(s: Split) {
  const round = Math.round;
  const [measured, truth, surveyed, margin] = [s.measured, s.truth, s.surveyed, s.margin].map(
    round,
  ) as [number, number, number, number];
  const where = Math.abs(surveyed - truth);
  const sample = Math.abs(measured - surveyed);
  if (where === sample || (s.cause === 'where') !== where > sample) return null;
  if (s.cause === 'gaming' && measured - surveyed <= margin) return null;
  return { measured, truth, surveyed, margin, where, sample };
}

/** The last quarter whose believed-vs-true distance has one clear cause, with its split. */
export function believedSplit(ctx: GameContext, score: Score) {
  const os = outcomes(ctx);
  for (let q = os.length - 1; q >= 0; q--) {
    const targets = ctx.record.decisions[q]!.metrics.targets;
    const split = splitOf(os[q]!, targets.bonus && targets[score] !== null, score);
    const shown = split && shownOf(split);
    if (split && shown) return { q, split, shown };
  }
  return null;
}

const WRONG: Record<BelievedCause, Record<BelievedCause | 'nonResponse', string>> = {
  chance: { chance: '', where: 'whereWrong', gaming: 'gamingWrongOff', nonResponse: 'nonResponse' },
  where: {
    chance: 'chanceWrongWhere',
    where: '',
    gaming: 'gamingWrongOff',
    nonResponse: 'nonResponse',
  },
  gaming: {
    chance: 'chanceWrongGaming',
    where: 'whereWrong',
    gaming: '',
    nonResponse: 'nonResponse',
  },
};

function believed(id: string, score: Score): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const found = believedSplit(ctx, score);
      if (!found) return null;
      const { q, split: s, shown } = found;
      const params: Record<string, Param> = {
        metric: text(`practice.game.metric.${score}`),
        q: num(q + 1),
        measured: num(shown.measured),
        margin: num(shown.margin),
        truth: num(shown.truth),
        surveyed: num(shown.surveyed),
        asked: num(s.asked),
        touchpoints: num(s.touchpoints),
        where: num(shown.where),
        sample: num(shown.sample),
        gaming: num(Math.round(s.gaming)),
      };
      params.bonus = text(`practice.game.believed.${s.bonus ? 'bonusOn' : 'bonusOff'}`, {
        metric: params.metric!,
      });
      const others = (['chance', 'where', 'gaming', 'nonResponse'] as const).filter(
        (c) => c !== s.cause,
      );
      const why = (c: BelievedCause | 'nonResponse') =>
        c === s.cause
          ? `${c}Right`
          : c === 'gaming' && s.bonus
            ? 'gamingWrongOn'
            : WRONG[s.cause][c];
      const choice = (c: BelievedCause | 'nonResponse') => ({
        option: text(`practice.game.believed.option.${c}`),
        why: text(`practice.game.why.believed.${why(c)}`, params),
      });
      return {
        template: id,
        competency: 'metrics',
        stem: text('practice.game.believed.stem', params),
        ...choiceOptions(random, [choice(s.cause), ...others.map(choice)]),
      };
    },
  };
}

export const BELIEVED_TEMPLATES: GameTemplate[] = [
  believed('game-believed-csat', 'csat'),
  believed('game-believed-nps', 'nps'),
];
