/**
 * Predict a what-if, then see the replay: one lasting decision changed from the first quarter on,
 * the game replayed by the engine with the same customers and the same luck. The right option is
 * the range the replay's true NPS change falls in; the reveal shows the replay's numbers.
 */
import { whatIf, type DecisionsPatch, type QuarterDecisions } from '../../engine';
import type { Competency } from '../competencies';
import { lastIndex, round1, type GameContext } from './gameContext';
import { num, text, type GameQuestion, type Text } from './gameQuestion';
import type { GameTemplate } from './template';

/** The ranges of the change in true NPS, in option order. */
const BUCKETS = ['downMuch', 'downLittle', 'upLittle', 'upMuch'] as const;
export const WHAT_IF_STEP = 3;

export function bucketOf(delta: number): (typeof BUCKETS)[number] {
  if (delta <= -WHAT_IF_STEP) return 'downMuch';
  if (delta < 0) return 'downLittle';
  if (delta < WHAT_IF_STEP) return 'upLittle';
  return 'upMuch';
}

interface Change {
  id: string;
  competency: Competency;
  /** The patch and the locale key naming it, from the game's first quarter. */
  change(first: QuarterDecisions): { patch: DecisionsPatch; key: string };
}

const CHANGES: Change[] = [
  {
    id: 'game-whatif-loop',
    competency: 'insights',
    change: (d) => ({
      patch: { understanding: { closeTheLoop: !d.understanding.closeTheLoop } },
      key: d.understanding.closeTheLoop ? 'loopOff' : 'loopOn',
    }),
  },
  {
    id: 'game-whatif-leaders',
    competency: 'insights',
    change: (d) => ({
      patch: { understanding: { leadersDays: d.understanding.leadersDays > 0 ? 0 : 2 } },
      key: d.understanding.leadersDays > 0 ? 'leadersOff' : 'leadersOn',
    }),
  },
  {
    id: 'game-whatif-attitude',
    competency: 'culture',
    change: (d) => ({
      patch: { culture: { hiringForAttitude: !d.culture.hiringForAttitude } },
      key: d.culture.hiringForAttitude ? 'attitudeOff' : 'attitudeOn',
    }),
  },
  {
    id: 'game-whatif-council',
    competency: 'culture',
    change: (d) => ({
      patch: { governance: { council: !d.governance.council } },
      key: d.governance.council ? 'councilOff' : 'councilOn',
    }),
  },
];

function whatIfTemplate(c: Change): GameTemplate {
  return {
    id: c.id,
    competency: c.competency,
    build(ctx: GameContext): GameQuestion | null {
      const { scenario, record } = ctx;
      const log = record.decisions;
      if (log.length === 0) return null;
      const { patch, key } = c.change(log[0]!);
      const fork = whatIf(scenario, record.seed, record.difficulty, log, {
        quarter: 0,
        patch,
        scope: 'onward',
      });
      // A fork the rules refuse (over budget, say), or one that ended sooner: no fair question.
      if (!fork.ok || fork.record.results.length !== record.results.length) return null;
      const before = round1(record.results[lastIndex(ctx)]!.true.nps);
      const after = round1(fork.record.results[lastIndex(ctx)]!.true.nps);
      const delta = round1(after - before);
      const right = bucketOf(delta);
      const params = {
        change: text(`practice.game.whatIf.change.${key}`),
        q: num(lastIndex(ctx) + 1),
        before: num(before, 1),
        after: num(after, 1),
        delta: num(delta, 1),
        step: num(WHAT_IF_STEP),
      };
      const options = BUCKETS.map((b) =>
        text(`practice.game.whatIf.${b}`, params),
      ) as GameQuestion['options'];
      const why = BUCKETS.map((b) =>
        text(
          b === right ? 'practice.game.why.whatIfRight' : 'practice.game.why.whatIfWrong',
          params,
        ),
      ) as GameQuestion['why'];
      const reveal: Text = text('practice.game.whatIf.reveal', params);
      return {
        template: c.id,
        competency: c.competency,
        stem: text('practice.game.whatIf.stem', params),
        options,
        why,
        answer: BUCKETS.indexOf(right),
        reveal,
      };
    },
  };
}

export const WHAT_IF_TEMPLATES: GameTemplate[] = CHANGES.map(whatIfTemplate);
