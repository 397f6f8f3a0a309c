import {
  initialTutorial,
  reduceTutorial,
  type TutorialEvent,
  type TutorialState,
  type TutorialStep,
} from '../viewModels/tutorialModel';

/**
 * Where the coach is in the game being played. It lives as long as the page: a new tutorial game
 * (another seed) starts it again from the first step; a game resumed after a reload starts at the
 * screen it resumes on, because earlier screens' steps are passed by the `at` event.
 */
let progress: { game: string; state: TutorialState } | null = null;

export function tutorialStateOf(game: string): TutorialState {
  if (progress?.game !== game) progress = { game, state: initialTutorial };
  return progress.state;
}

export function dispatchTutorial(
  game: string,
  steps: readonly TutorialStep[],
  event: TutorialEvent,
): TutorialState {
  const next = reduceTutorial(steps, tutorialStateOf(game), event);
  progress = { game, state: next };
  return next;
}

/** A tutorial game at its briefing has just begun: the coach starts from its first step. */
export function restartTutorial(game: string): void {
  progress = { game, state: initialTutorial };
}
