import type { QuarterDecisions, Scenario } from '../../engine';
import type { TutorialPhase, TutorialStep } from './tutorialModel';

/** The level the guided first game is written for: its steps name its touchpoints and channels. */
export const TUTORIAL_LEVEL = 'tutorial';

type D = QuarterDecisions;

const read = (
  id: string,
  quarter: number,
  phase: TutorialPhase,
  target: string,
  via?: string[],
): TutorialStep => ({
  id,
  at: { quarter, phase },
  target,
  ...(via ? { via } : {}),
  text: `tutorial.step.${id}`,
  until: { kind: 'next' },
});

const use = (id: string, quarter: number, phase: TutorialPhase, target: string): TutorialStep => ({
  id,
  at: { quarter, phase },
  target,
  text: `tutorial.step.${id}`,
  until: { kind: 'use' },
});

const decide = (
  id: string,
  quarter: number,
  target: string,
  via: string[],
  done: (d: D) => boolean,
  apply: (d: D) => void,
): TutorialStep => ({
  id,
  at: { quarter, phase: 'plan' },
  target,
  via,
  text: `tutorial.step.${id}`,
  until: { kind: 'draft', done, apply },
});

const SURVEY_SAMPLE = 200;
const survey = (tp: string, metric: 'nps' | 'csat' | 'ces') => ({
  done: (d: D) => d.metrics.surveys[tp]?.metric === metric,
  apply: (d: D) => {
    const was = d.metrics.surveys[tp];
    // The plan screen starts a new survey with this sample (see planPillars' survey control).
    d.metrics.surveys[tp] = { metric, sampleSize: was?.sampleSize || SURVEY_SAMPLE };
  },
});

/**
 * The guided first game on the tutorial level: each step points at one control, says why, and
 * waits. Quarter 1 meets touchpoints, channels, the promise and the journey's peak and end; quarter 2 the surveys, NPS, CSAT,
 * CES and the margin of error; quarter 3 silos and closing the loop. The decisions it asks for
 * are the ones `tests/ui/tutorialCoaching.test.ts` plays through the engine against the targets.
 */
export function tutorialSteps(scenario: Scenario): TutorialStep[] {
  const coaching = (q: number, fallback: string) => scenario.coaching?.[q] ?? fallback;
  const opening = (q: number, target: string): TutorialStep => ({
    ...read(`quarter${q + 1}`, q, 'plan', target),
    text: coaching(q, `tutorial.step.quarter${q + 1}`),
  });
  return [
    // Briefing
    read('welcome', 0, 'briefing', 'briefing.targets'),
    read('gaps', 0, 'briefing', 'briefing.target.knowledge'),
    use('toPlan', 0, 'briefing', 'briefing.toPlan'),
    // Quarter 1: touchpoints, channels, the promise
    opening(0, 'plan.tp.booking'),
    read('touchpoints', 0, 'plan', 'plan.tp.update'),
    read('channels', 0, 'plan', 'plan.ch.chat'),
    decide(
      'brandPromise',
      0,
      'strategy.brandPromise=fastFix',
      ['plan.tab.strategy'],
      (d) => d.strategy.brandPromise === 'fastFix',
      (d) => (d.strategy.brandPromise = 'fastFix'),
    ),
    decide(
      'customerPromise',
      0,
      'strategy.customerPromises=messageWhenReady',
      ['plan.tab.strategy'],
      (d) => d.strategy.customerPromises.includes('messageWhenReady'),
      (d) => d.strategy.customerPromises.push('messageWhenReady'),
    ),
    // The level's first coaching asks to spend where the promise must be kept: the pick-up is the
    // must-be moment the repair is handed back, and peak and end weigh most in memory (link 7).
    decide(
      'peak',
      0,
      'journey.peak',
      ['plan.tab.journey'],
      (d) => d.journey.peak === 'pickUp',
      (d) => (d.journey.peak = 'pickUp'),
    ),
    decide(
      'end',
      0,
      'journey.end',
      ['plan.tab.journey'],
      (d) => d.journey.end === 'pickUp',
      (d) => (d.journey.end = 'pickUp'),
    ),
    decide(
      'redesignPickUp',
      0,
      'journey.touchpoints.pickUp.redesign',
      ['plan.tp.pickUp'],
      (d) => d.journey.touchpoints.pickUp?.redesign === true,
      (d) => (d.journey.touchpoints.pickUp!.redesign = true),
    ),
    decide(
      'research',
      0,
      'understanding.research=light',
      ['plan.tab.understanding'],
      (d) => d.understanding.research !== 'none',
      (d) => (d.understanding.research = 'light'),
    ),
    decide(
      'leadersDays',
      0,
      'understanding.leadersDays',
      ['plan.tab.understanding'],
      (d) => d.understanding.leadersDays >= 1,
      (d) => (d.understanding.leadersDays = Math.max(1, d.understanding.leadersDays)),
    ),
    decide(
      'empowerment',
      0,
      'culture.empowerment=medium',
      ['plan.tab.culture'],
      (d) => d.culture.empowerment !== 'low',
      (d) => (d.culture.empowerment = 'medium'),
    ),
    decide(
      'hiring',
      0,
      'culture.hiringForAttitude',
      ['plan.tab.culture'],
      (d) => d.culture.hiringForAttitude,
      (d) => (d.culture.hiringForAttitude = true),
    ),
    read('budget', 0, 'plan', 'plan.spent'),
    use('commit', 0, 'plan', 'plan.commit'),
    // Quarter 1 plays out and is reviewed
    read('run', 0, 'run', 'run.channels'),
    use('runContinue', 0, 'run', 'run.continue'),
    read('review', 0, 'review', 'review.measured'),
    use('reviewContinue', 0, 'review', 'review.continue'),
    // Quarter 2: measuring
    opening(1, 'plan.tab.metrics'),
    decide(
      'rainyWeek',
      1,
      'events.rainyWeek=honestMessage',
      ['plan.tab.events'],
      (d) => d.events.rainyWeek !== undefined,
      (d) => (d.events.rainyWeek = 'honestMessage'),
    ),
    decide(
      'surveyCes',
      1,
      'metrics.surveys.update.metric',
      ['plan.tab.metrics'],
      survey('update', 'ces').done,
      survey('update', 'ces').apply,
    ),
    decide(
      'surveyCsat',
      1,
      'metrics.surveys.pickUp.metric',
      ['plan.tab.metrics'],
      survey('pickUp', 'csat').done,
      survey('pickUp', 'csat').apply,
    ),
    decide(
      'surveyNps',
      1,
      'metrics.surveys.question.metric',
      ['plan.tab.metrics'],
      survey('question', 'nps').done,
      survey('question', 'nps').apply,
    ),
    decide(
      'phoneCapacity',
      1,
      'channels.phone.capacity',
      ['plan.ch.phone'],
      (d) => (d.channels.phone?.capacity ?? 0) >= 3,
      (d) => (d.channels.phone!.capacity = Math.max(3, d.channels.phone!.capacity)),
    ),
    decide(
      'repairTracker',
      1,
      'journey.initiatives=repairTracker',
      ['plan.tab.journey'],
      (d) => d.journey.initiatives.includes('repairTracker'),
      (d) => d.journey.initiatives.push('repairTracker'),
    ),
    use('commit2', 1, 'plan', 'plan.commit'),
    read('margin', 1, 'review', 'review.measured'),
    // At a large text size the gaps have a page of their own: its button first.
    read('reviewGaps', 1, 'review', 'review.gaps', ['review.page.trends']),
    use('reviewContinue2', 1, 'review', 'review.continue'),
    // Quarter 3: silos and closing the loop
    opening(2, 'plan.ch.phone'),
    decide(
      'connectPhone',
      2,
      'channels.phone.connected',
      ['plan.ch.phone'],
      (d) => d.channels.phone?.connected === true,
      (d) => (d.channels.phone!.connected = true),
    ),
    decide(
      'connectChat',
      2,
      'channels.chat.connected',
      ['plan.ch.chat'],
      (d) => d.channels.chat?.connected === true,
      (d) => (d.channels.chat!.connected = true),
    ),
    decide(
      'closeTheLoop',
      2,
      'understanding.closeTheLoop',
      ['plan.tab.understanding'],
      (d) => d.understanding.closeTheLoop,
      (d) => (d.understanding.closeTheLoop = true),
    ),
    use('commit3', 2, 'plan', 'plan.commit'),
    read('finish', 2, 'end', 'end.debrief'),
  ];
}
