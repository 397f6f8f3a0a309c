import Phaser from 'phaser';
import { JourneyBackdrop } from '../ui/JourneyBackdrop';
import { renderBriefing } from '../ui/plan/briefingPanel';
import '../ui/plan/game.css';
import { createProxyLayer } from '../ui/proxyLayer';
import { onLanguageChange, onResize } from '../ui/sceneBindings';
import { layoutScale } from '../ui/theme';
import { briefingModel } from '../ui/viewModels/briefingModel';
import { showCurrentPhase } from './gameFlow';
import { SceneKeys, announceSceneReady } from './keys';
import { installPauseMenu } from './PauseMenu';
import { servicesOf } from './services';
import { installTutorialCoach } from './tutorialCoach';

/** The company, its customers, its numbers and targets, before the first quarter's plan. */
export class BriefingScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Briefing);
  }

  create(): void {
    const services = servicesOf(this);
    const { i18n, audio, overlay, game } = services;
    const session = game.getState().session;
    if (!session) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const backdrop = new JourneyBackdrop(this);
    backdrop.setAnimated(false);

    const layer = createProxyLayer(this, overlay);
    const panel = document.createElement('div');
    panel.classList.add('game-panel', 'briefing-panel');
    panel.dataset.name = 'briefing';
    // No role: the page's own <main> already holds every scene (a second one confuses readers).
    layer.appendChild(panel);

    const model = briefingModel(session.scenario, session.state);
    const render = () => {
      const scale = layoutScale(this.scale.width, this.scale.height);
      const { next, heading } = renderBriefing(panel, model, i18n, Math.round(64 * scale), overlay);
      next.addEventListener('click', () => {
        audio.play('confirm');
        game.getState().beginPlanning();
        showCurrentPhase(this);
      });
      return heading;
    };
    const layout = (w: number, h: number) => backdrop.layout(w, h, layoutScale(w, h));
    render().focus();
    layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, () => render());
    onResize(this, (w, h) => layout(w, h));
    installPauseMenu(this);
    installTutorialCoach(this, 'briefing');
    announceSceneReady(this);
  }
}
