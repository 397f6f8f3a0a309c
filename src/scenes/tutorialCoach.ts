import type Phaser from 'phaser';
import type { GameSession } from '../state/gameStore';
import { onLanguageChange, untilShutdown } from '../ui/sceneBindings';
import { CoachMark } from '../ui/tutorial/CoachMark';
import { namedElement } from '../ui/tutorial/liveBounds';
import {
  dispatchTutorial,
  restartTutorial,
  tutorialStateOf,
} from '../ui/tutorial/tutorialProgress';
import { namedObjectNames, pageBoundsOf } from '../ui/namedObjects';
import {
  currentStep,
  pointAt,
  stepNumber,
  type TutorialEvent,
  type TutorialPhase,
  type TutorialPosition,
} from '../ui/viewModels/tutorialModel';
import { TUTORIAL_LEVEL, tutorialSteps } from '../ui/viewModels/tutorialSteps';
import { servicesOf } from './services';

/** The screen a session shows, as the tutorial counts it (the quarter planned or just played). */
function positionOf(session: GameSession, phase: TutorialPhase): TutorialPosition {
  const played = session.results.length;
  const quarter = phase === 'briefing' || phase === 'plan' ? played : Math.max(0, played - 1);
  return { quarter, phase };
}

/**
 * The tutorial's coach on one screen of a tutorial game: shows the step for this screen, moves
 * on when the player acts (or reads, or skips), and goes with the scene. Other levels: nothing.
 */
export function installTutorialCoach(
  scene: Phaser.Scene,
  phase: TutorialPhase,
): (() => boolean) | null {
  const { game, overlay, i18n, audio } = servicesOf(scene);
  const session = game.getState().session;
  if (session?.scenario.id !== TUTORIAL_LEVEL) return null;
  const steps = tutorialSteps(session.scenario);
  const key = `${session.scenario.id}:${session.seed}:${session.difficulty}`;
  const position = () => {
    const s = game.getState().session;
    return s ? positionOf(s, phase) : null;
  };
  // A canvas object counts while it is drawn: a Review panel on a page not open is not.
  const onScreen = (name: string) =>
    (namedObjectNames().includes(name) && pageBoundsOf(scene.game, name) !== null) ||
    namedElement(overlay, name) !== null;

  const coach = new CoachMark(overlay, scene.game, i18n, {
    onNext: () => send({ type: 'next' }),
    onSkip: () => send({ type: 'skip' }),
    onOff: () => {
      send({ type: 'off' });
      audio.play('select');
    },
  });
  const show = (): void => {
    const at = position();
    const state = tutorialStateOf(key);
    const step = at ? currentStep(steps, state, at) : null;
    if (!step) {
      coach.show(null);
      return;
    }
    const { n, of } = stepNumber(steps, state);
    coach.show({
      id: step.id,
      text: step.text,
      n,
      of,
      waits: step.until.kind !== 'next',
      pointAt: () => pointAt(step, onScreen),
    });
  };
  const send = (event: TutorialEvent) => {
    dispatchTutorial(key, steps, event);
    show();
  };

  // Only a new game shows its briefing, so a replayed tutorial starts the coach again.
  if (phase === 'briefing') restartTutorial(key);
  const at = position();
  if (at) dispatchTutorial(key, steps, { type: 'at', position: at });
  const draft = game.getState().session?.draft;
  if (phase === 'plan' && draft) dispatchTutorial(key, steps, { type: 'draft', draft });
  show();
  untilShutdown(
    scene,
    game.subscribe((state, previous) => {
      const d = state.session?.draft;
      if (phase === 'plan' && d && d !== previous.session?.draft) send({ type: 'draft', draft: d });
    }),
  );
  onLanguageChange(scene, i18n, () => coach.render());
  untilShutdown(scene, () => coach.destroy());
  // Gives the focus back to the current step after a dialog took it; false if none is showing.
  return () => coach.refocus();
}
