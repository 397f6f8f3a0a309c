import Phaser from 'phaser';
import { debriefOf, hashRecord, type Debrief, type GameRecord } from '../engine';
import type { GameSession } from '../state/gameStore';
import { el, speaker } from '../ui/debrief/dom';
import { renderReport, type Report } from '../ui/debrief/report';
import '../ui/debrief/debrief.css';
import '../ui/debrief/print.css';
import { onLanguageChange, untilShutdown } from '../ui/sceneBindings';
import { colors } from '../ui/theme';
import { buildDebriefView } from '../ui/viewModels/debriefModel';
import { SceneKeys, announceSceneReady, isSceneRegistered } from './keys';
import { servicesOf, type Services } from './services';

/** The session as the record `npm run sim -- --verify` accepts. */
function recordOf(session: GameSession): GameRecord {
  const record = {
    format: 'not-by-accident/record@1' as const,
    scenario: { id: session.scenario.id, revision: session.scenario.revision },
    seed: session.seed >>> 0,
    difficulty: session.difficulty,
    decisions: session.log.slice(0, session.results.length),
    results: session.results,
  };
  return { ...record, hash: hashRecord(record) };
}

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
    this.cameras.main.setBackgroundColor(colors.background);
    const session = game.getState().session;
    if (!session || session.results.length === 0) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    this.debrief = null;
    this.screen = el('div', { class: 'debrief-screen', 'data-name': 'debrief' });
    const s = speaker(i18n);
    this.screen.append(
      el('p', { class: 'debrief-report', role: 'status' }, s.t('debrief.computing')),
    );
    overlay.append(this.screen);

    // Let the "replaying" message paint before the replays take the main thread.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!this.screen) return;
        this.debrief = debriefOf(session.scenario, session.seed, session.difficulty, session.log);
        this.render(session);
        (this.screen.querySelector('h1') as HTMLElement | null)?.focus();
        announceSceneReady(this);
      }),
    );
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
    this.screen.scrollTop = scrollTop;
  }

  private close(): void {
    this.services.audio.play('select');
    this.scene.start(isSceneRegistered(this, SceneKeys.End) ? SceneKeys.End : SceneKeys.Title);
  }
}
