import Phaser from 'phaser';
import { debriefSteps, type Debrief } from '../engine';
import { gameRecordOf as recordOf } from '../state/gameRecord';
import { helpButton } from '../ui/help/helpButton';
import type { OldGame } from '../state/oldGame';
import { onEscapeKey } from '../ui/plan/escapeKey';
import { el, speaker } from '../ui/debrief/dom';
import { renderReport, type Report } from '../ui/debrief/report';
import '../ui/debrief/debrief.css';
import '../ui/debrief/print.css';
import { onLanguageChange, untilShutdown } from '../ui/sceneBindings';
import { buildDebriefView } from '../ui/viewModels/debriefModel';
import { installPauseMenu } from './PauseMenu';
import { SceneKeys, announceSceneReady, type SceneKey } from './keys';
import { servicesOf, type Services } from './services';

/** Work per animation frame while the debrief is computed (ms). */
const FRAME_BUDGET_MS = 40;

/** What the debrief shows: the game in play (default), or an old game to read only. */
export interface DebriefData {
  /** A game saved under an older revision of its level, replayed with its own level. */
  oldGame?: OldGame | null;
  /** Where Back goes from an old game's debrief: the scene the player was in. */
  returnTo?: SceneKey;
}

/** The game a debrief is of: the session's, or an old game's (the fields both have). */
type DebriefGame = Pick<OldGame, 'scenario' | 'seed' | 'difficulty' | 'log' | 'results'>;

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
  private old: { game: OldGame; returnTo: SceneKey } | null = null;

  constructor() {
    super(SceneKeys.Debrief);
  }

  init(data: DebriefData = {}): void {
    this.old = data.oldGame
      ? { game: data.oldGame, returnTo: data.returnTo ?? SceneKeys.Title }
      : null;
  }

  create(): void {
    this.services = servicesOf(this);
    const { game, i18n, overlay } = this.services;
    // An old game is only read: the session (and its save) are left as they are.
    const session: DebriefGame | null = this.old?.game ?? game.getState().session;
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
    // Escape pauses here too: resume, settings, or save and leave for the title. Reading an old
    // game, it goes back instead: the pause menu's import and save act on the game in play.
    // (Escape in an open dialog, such as a help text's, is the dialog's.)
    if (this.old)
      untilShutdown(
        this,
        onEscapeKey(() => {
          if (!overlay.querySelector('.dialog')) this.close();
        }),
      );
    else installPauseMenu(this);

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

  private render(session: DebriefGame): void {
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
      ...(this.old && { note: oldGameNote(i18n, this.old.game) }),
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
    if (this.old) this.scene.start(this.old.returnTo, {});
    else this.scene.start(SceneKeys.End);
  }
}

/**
 * Says whose game this is and what was replayed: the level as it was under the old revision,
 * played again by today's engine, and whether that gives the figures stored with the game.
 */
function oldGameNote(i18n: Services['i18n'], old: OldGame): HTMLElement {
  const s = speaker(i18n);
  const values = { from: old.scenario.revision, to: old.currentRevision };
  return el(
    'div',
    { class: 'debrief-old-game', role: 'note', 'data-name': 'debrief-old-game' },
    el('p', {}, s.t('debrief.oldGame.played', values)),
    el('p', {}, s.t(`debrief.oldGame.figures.${old.figures}`, values)),
  );
}
