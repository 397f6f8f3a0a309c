import Phaser from 'phaser';
import { debriefSteps, type Debrief } from '../engine';
import { gameRecordOf as recordOf } from '../state/gameRecord';
import { helpButton } from '../ui/help/helpButton';
import type { GameSession } from '../state/gameStore';
import { el, speaker } from '../ui/debrief/dom';
import { renderReport, type Report } from '../ui/debrief/report';
import '../ui/debrief/debrief.css';
import '../ui/debrief/print.css';
import { onLanguageChange, untilShutdown } from '../ui/sceneBindings';
import { buildDebriefView } from '../ui/viewModels/debriefModel';
import { installPauseMenu } from './PauseMenu';
import { SceneKeys, announceSceneReady } from './keys';
import { servicesOf, type Services } from './services';

/** Work per animation frame while the debrief is computed (ms). */
const FRAME_BUDGET_MS = 40;

/**
 * The debrief, reached from the end scorecard: why each score moved, believed vs true, lessons,
 * what-if and exports. The scene only draws a calm background; the report is a DOM document in
 * the overlay (real text for screen readers, print and PDF).
 */
export class DebriefScene extends Phaser.Scene {
  private services!: Services;
  private screen: HTMLElement | null = null;
  private report: Report | null = null;
  private debrief: Debrief | null = null;

  constructor() {
    super(SceneKeys.Debrief);
  }

  create(): void {
    this.services = servicesOf(this);
    const { game, i18n, overlay } = this.services;
    const session = game.getState().session;
    if (!session || session.results.length === 0) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    this.debrief = null;
    this.screen = el('div', { class: 'debrief-screen', 'data-name': 'debrief' });
    const s = speaker(i18n);
    const status = el('p', { class: 'debrief-report', role: 'status' }, s.t('debrief.computing'));
    this.screen.append(status);
    overlay.append(this.screen);
    // Escape pauses here too: resume, settings, or save and leave for the title.
    installPauseMenu(this);

    // The replays run a few per frame, so the page stays responsive and shows how far it is.
    const steps = debriefSteps(session.scenario, session.seed, session.difficulty, session.log);
    let frame = 0;
    const work = () => {
      if (!this.screen) return;
      const until = performance.now() + FRAME_BUDGET_MS;
      let step = steps.next();
      while (!step.done && performance.now() < until) step = steps.next();
      if (!step.done) {
        status.textContent = s.t('debrief.progress', step.value);
        frame = requestAnimationFrame(work);
        return;
      }
      this.debrief = step.value;
      this.render(session);
      (this.screen.querySelector('h1') as HTMLElement | null)?.focus();
      announceSceneReady(this);
    };
    // Let the first message paint before the replays start.
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(work)));
    onLanguageChange(this, i18n, () => {
      if (this.debrief) this.render(session);
    });
    untilShutdown(this, () => {
      cancelAnimationFrame(frame);
      this.report?.dispose();
      this.report = null;
      this.screen?.remove();
      this.screen = null;
    });
  }

  private render(session: GameSession): void {
    if (!this.screen || !this.debrief) return;
    const { i18n } = this.services;
    const scrollTop = this.screen.scrollTop;
    this.report?.dispose();
    const view = buildDebriefView(session.scenario, session.seed, this.debrief, i18n.language);
    this.report = renderReport(speaker(i18n), {
      view,
      debrief: this.debrief,
      game: session,
      record: recordOf(session),
      onClose: () => this.close(),
    });
    this.screen.replaceChildren(this.report.element);
    this.screen
      .querySelector('#debrief-scorecard-h')
      ?.appendChild(helpButton(i18n, this.services.overlay, 'debrief.scorecard'));
    this.screen.scrollTop = scrollTop;
  }

  private close(): void {
    this.services.audio.play('select');
    this.scene.start(SceneKeys.End);
  }
}
