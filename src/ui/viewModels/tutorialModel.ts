import type { QuarterDecisions } from '../../engine';

/** The screens of a game, in the order a quarter shows them. */
export type TutorialPhase = 'briefing' | 'plan' | 'run' | 'review' | 'end';
const PHASE_ORDER: Record<TutorialPhase, number> = {
  briefing: 0,
  plan: 1,
  run: 2,
  review: 3,
  end: 4,
};

/** Where the player is: a quarter (0-based, the one planned, shown or reviewed) and a screen. */
export interface TutorialPosition {
  quarter: number;
  phase: TutorialPhase;
}

/**
 * How a step is done:
 * - `next`: the player has read it (the coach's Next button);
 * - `use`: the player uses the control, which leaves the screen (the step ends when the game
 *   reaches a later screen);
 * - `draft`: the player makes the decision the step asks for; `done` recognises it in the plan,
 *   `apply` makes it (so a test can play exactly what the coach asks for).
 */
export type StepUntil =
  | { kind: 'next' }
  | { kind: 'use' }
  | {
      kind: 'draft';
      done: (d: QuarterDecisions) => boolean;
      apply: (d: QuarterDecisions) => void;
    };

export interface TutorialStep {
  id: string;
  at: TutorialPosition;
  /** The named control the coach mark points at (`data-name` or a named canvas object). */
  target: string;
  /** Controls that bring the target on screen (a pillar tab, a map node), tried in order. */
  via?: readonly string[];
  /** The text's locale key; a level's own coaching key where the step opens a quarter. */
  text: string;
  until: StepUntil;
}

export interface TutorialState {
  /** Off: the player switched the coach off for this game. */
  on: boolean;
  /** The step under way; `steps.length` when the tutorial is over. */
  index: number;
}

export type TutorialEvent =
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'off' }
  /** A screen of the game is showing: steps of earlier screens are behind the player. */
  | { type: 'at'; position: TutorialPosition }
  /** The plan changed: a `draft` step whose decision is made is done. */
  | { type: 'draft'; draft: QuarterDecisions };

export const initialTutorial: TutorialState = { on: true, index: 0 };

export function comparePositions(a: TutorialPosition, b: TutorialPosition): number {
  return a.quarter - b.quarter || PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase];
}

/** The step machine: pure, so every transition is unit-tested without a browser. */
export function reduceTutorial(
  steps: readonly TutorialStep[],
  state: TutorialState,
  event: TutorialEvent,
): TutorialState {
  if (!state.on) return state;
  const step = steps[state.index];
  switch (event.type) {
    case 'off':
      return { ...state, on: false };
    case 'skip':
      return step ? { ...state, index: state.index + 1 } : state;
    case 'next':
      // Only a reading step ends with Next; the others wait for the player to act (or skip).
      return step?.until.kind === 'next' ? { ...state, index: state.index + 1 } : state;
    case 'at': {
      let index = state.index;
      while (steps[index] && comparePositions(steps[index]!.at, event.position) < 0) index++;
      return index === state.index ? state : { ...state, index };
    }
    case 'draft': {
      let index = state.index;
      // Decisions already made count at once, so a player who is ahead is not held up.
      for (;;) {
        const s = steps[index];
        if (!s || s.until.kind !== 'draft' || !s.until.done(event.draft)) break;
        index++;
      }
      return index === state.index ? state : { ...state, index };
    }
  }
}

/** The step to show on this screen, or null (switched off, finished, or none here). */
export function currentStep(
  steps: readonly TutorialStep[],
  state: TutorialState,
  position: TutorialPosition,
): TutorialStep | null {
  if (!state.on) return null;
  const step = steps[state.index];
  return step && comparePositions(step.at, position) === 0 ? step : null;
}

/** "Step 4 of 27": where this step is in the whole tutorial. */
export function stepNumber(
  steps: readonly TutorialStep[],
  state: TutorialState,
): { n: number; of: number } {
  return { n: Math.min(state.index + 1, steps.length), of: steps.length };
}

/**
 * The control to point at now: the target when it is on screen, otherwise the first control on
 * the way to it that is (open the pillar's tab first, or the channel on the map).
 */
export function pointAt(step: TutorialStep, onScreen: (name: string) => boolean): string | null {
  if (onScreen(step.target)) return step.target;
  return step.via?.find(onScreen) ?? null;
}

/** The decisions the coach asks for in one quarter, made on top of `base` (for tests and replays). */
export function coachedDecisions(
  steps: readonly TutorialStep[],
  quarter: number,
  base: QuarterDecisions,
): QuarterDecisions {
  const d = structuredClone(base);
  for (const s of steps)
    if (s.at.quarter === quarter && s.at.phase === 'plan' && s.until.kind === 'draft')
      s.until.apply(d);
  return d;
}
