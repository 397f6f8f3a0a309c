import Phaser from 'phaser';
import { PlanJourneyMap } from '../ui/journeyMap/PlanJourneyMap';
import '../ui/plan/game.css';
import { openEventCard } from '../ui/plan/eventCard';
import { PlanPanel } from '../ui/plan/PlanPanel';
import { createProxyLayer } from '../ui/proxyLayer';
import { onLanguageChange, onResize, untilShutdown } from '../ui/sceneBindings';
import { createScreenReaderText } from '../ui/screenReaderText';
import { currentTextFactor, textStyle } from '../ui/textStyle';
import { colors, layoutScale, space } from '../ui/theme';
import type { DialogHandle } from '../ui/dialog';
import { eventCard, NO_RESPONSE, pendingEvents } from '../ui/viewModels/eventCards';
import { planModel, type PlanPillar, type Selection } from '../ui/viewModels/planModel';
import { showCurrentPhase } from './gameFlow';
import { SceneKeys, announceSceneReady } from './keys';
import { installPauseMenu, pauseTabBottom, pauseTabLeft } from './PauseMenu';
import { gameQuarters } from '../state/gameStore';
import { servicesOf, type Services } from './services';
import { installTutorialCoach } from './tutorialCoach';
import { TUTORIAL_LEVEL } from '../ui/viewModels/tutorialSteps';

/** The quarter's plan: the journey map on the canvas, the pillars' controls beside it. */
export class PlanScene extends Phaser.Scene {
  private services!: Services;
  private selection: Selection = null;
  private tab: PlanPillar = 'strategy';
  private title!: Phaser.GameObjects.Text;
  private subtitle!: Phaser.GameObjects.Text;
  private mapHelp!: Phaser.GameObjects.Text;
  private readerHeading!: HTMLHeadingElement;
  private map!: PlanJourneyMap;
  private panel!: PlanPanel;
  private card: DialogHandle | null = null;
  /** In the tutorial: shows the coach's step again, with the focus (false when none). */
  private refocusCoach: (() => boolean) | null = null;
  /** The budget strip's height at the last layout; the map moves when it changes. */
  private stripHeight = 0;

  constructor() {
    super(SceneKeys.Plan);
  }

  init(): void {
    this.selection = null;
    this.tab = 'strategy';
    this.card = null;
  }

  create(): void {
    this.services = servicesOf(this);
    const { i18n, audio, overlay, game } = this.services;
    const session = game.getState().session;
    if (session?.phase !== 'plan') {
      showCurrentPhase(this);
      return;
    }
    this.title = this.add.text(0, 0, '', textStyle('heading', 1));
    this.subtitle = this.add.text(0, 0, '', textStyle('body', 1));
    this.mapHelp = this.add.text(0, 0, '', textStyle('small', 1));

    const layer = createProxyLayer(this, overlay);
    this.readerHeading = createScreenReaderText(layer, 'h1');
    const mapGroup = document.createElement('div');
    mapGroup.setAttribute('role', 'group');
    layer.appendChild(mapGroup);

    this.panel = new PlanPanel(layer, i18n, {
      onEdit: (patch, settled) => {
        game.getState().editDraft(patch);
        // Costs and options that depend on the choice just made are redrawn at once.
        if (settled) this.panel.rerender(this.model(), this.tab);
      },
      onTab: (tab) => {
        if (tab === this.tab) return;
        audio.play('select');
        this.tab = tab;
        this.renderAll();
      },
      onReset: () => {
        audio.play('select');
        game.getState().resetDraft();
        this.renderAll();
      },
      onCommit: () => this.commit(),
    });
    this.map = new PlanJourneyMap(this, this.model().map, i18n, mapGroup, (selection) => {
      audio.play('select');
      this.selection = selection;
      this.tab = 'journey';
      this.renderAll();
      this.panel.focusFirstGroup();
    });
    mapGroup.setAttribute('aria-label', i18n.t('game.plan.mapTitle'));

    // Every draft edit redraws the map and the budget; the controls themselves stay put.
    untilShutdown(
      this,
      game.subscribe((state, previous) => {
        if (state.session !== previous.session || state.refusal !== previous.refusal) {
          if (state.session?.phase !== 'plan') return;
          const model = this.model();
          this.map.setModel(model.map);
          this.panel.update(model);
          this.updateWaiting();
          if (this.panel.budget.offsetHeight !== this.stripHeight)
            this.layout(this.scale.width, this.scale.height);
        }
      }),
    );

    // Closing the tab mid-plan keeps the draft: Continue brings back exactly this screen.
    const saveDraft = () => game.getState().save();
    window.addEventListener('pagehide', saveDraft);
    untilShutdown(this, () => window.removeEventListener('pagehide', saveDraft));

    // Before the first layout: the title keeps clear of its tab.
    installPauseMenu(this);
    this.renderAll();
    this.layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, () => {
      mapGroup.setAttribute('aria-label', i18n.t('game.plan.mapTitle'));
      this.renderAll();
      this.layout(this.scale.width, this.scale.height);
      // An open card is drawn again in the new language.
      if (this.card?.isOpen) {
        this.card.close();
        this.showNextEvent();
      }
    });
    onResize(this, (w, h) => this.layout(w, h));
    // The coach first, so an event's card (a modal dialog) covers it until it is answered.
    this.refocusCoach = installTutorialCoach(this, 'plan');
    untilShutdown(this, () => this.card?.close());
    // An event that strikes this quarter stops the plan until the player has answered it.
    this.showNextEvent();
    announceSceneReady(this);
  }

  /** The events still waiting for an answer on their card. */
  private pending(): string[] {
    const session = this.services.game.getState().session;
    if (session?.phase !== 'plan') return [];
    return pendingEvents(session.scenario, session.state, session.draft, session.answeredEvents);
  }

  /** Opens the card of the first event still waiting, if any (one card at a time). */
  private showNextEvent(): void {
    if (this.card?.isOpen) return;
    const { game, i18n, overlay, audio } = this.services;
    const session = game.getState().session;
    const id = this.pending()[0];
    if (!session || id === undefined) return;
    const card = eventCard(session.scenario, session.state, session.draft, id);
    if (!card) return;
    audio.play('event');
    this.card = openEventCard({
      overlay,
      i18n,
      card,
      onAnswer: (response) => {
        this.card = null;
        audio.play('select');
        game.getState().answerEvent(id, response === NO_RESPONSE ? null : response);
        // The Events tab shows the answer at once; the next event, if any, follows.
        this.renderAll();
        // Focus goes back to the plan, not to the commit: a second Enter must not end the quarter.
        // In the tutorial, the coach's step takes the focus back.
        if (this.pending().length) this.showNextEvent();
        else if (!this.refocusCoach?.()) document.getElementById(`plan-tab-${this.tab}`)?.focus();
      },
      onDismiss: () => {
        this.card = null;
        this.updateWaiting();
      },
    });
  }

  /** The commit waits, and says why, while an event card is unanswered. */
  private updateWaiting(): void {
    const { i18n, game } = this.services;
    const session = game.getState().session;
    const pending = this.pending();
    if (!session || pending.length === 0) {
      this.panel.setWaiting(null);
      return;
    }
    const first = session.scenario.events.find((ev) => ev.id === pending[0])!;
    this.panel.setWaiting(i18n.t('event.waiting', { count: pending.length, event: first.name }));
  }

  private model() {
    const store = this.services.game.getState();
    const { session, refusal } = store;
    if (!session) throw new Error('Plan scene without a session');
    return planModel({
      quarters: gameQuarters(store),
      scenario: session.scenario,
      state: session.state,
      draft: session.draft,
      refusal,
      selection: this.selection,
    });
  }

  private renderAll(): void {
    const { i18n } = this.services;
    const model = this.model();
    const session = this.services.game.getState().session!;
    const title = i18n.t('game.plan.title', {
      quarter: model.quarter + 1,
      quarters: model.quarters,
    });
    this.title.setText(title);
    this.readerHeading.textContent = title;
    // Events happening now are named under the title, so nobody misses the Events tab.
    const events = session.scenario.events
      .filter((ev) => ev.id in session.state.company.activeEvents)
      .map((ev) => i18n.t('game.plan.eventNotice', { event: ev.name }));
    this.subtitle.setText([i18n.t(session.scenario.company.name), ...events].join('\n'));
    this.mapHelp.setText(i18n.t('game.plan.mapHelp'));
    this.map.setModel(model.map);
    this.panel.render(model, this.tab);
    this.updateWaiting();
  }

  private commit(): void {
    const { game, audio } = this.services;
    if (this.pending().length) {
      // Not yet: the event's card comes back, so the player can answer it.
      this.showNextEvent();
      return;
    }
    if (!game.getState().commitQuarter()) {
      audio.play('warning');
      return;
    }
    audio.play('commit');
    showCurrentPhase(this);
  }

  private layout(width: number, height: number): void {
    const scale = layoutScale(width, height);
    const margin = space.l * scale;
    // On a wide window the options panel takes two fifths of the width, so a channel's controls
    // read without scrolling at 1366×768; at a larger text size or on a squarer window the map's
    // names need the room more, and the panel scrolls.
    // The tutorial's coach card lies over the map and needs its width as before.
    const coached = this.services.game.getState().session?.scenario.id === TUTORIAL_LEVEL;
    const share = coached || currentTextFactor() > 1 || width / height < 1.6 ? 0.33 : 0.4;
    const panelWidth = Math.max(390 * scale, Math.min(width * share, 600 * scale));
    Object.assign(this.panel.element.style, {
      top: `${margin}px`,
      right: `${margin}px`,
      bottom: `${margin}px`,
      width: `${panelWidth}px`,
    });
    this.title.setStyle(textStyle('heading', scale, { fontStyle: '700', color: colors.ink }));
    // A title that would run under the pause tab (a large text size, a narrow window) starts
    // below it.
    const underTab = margin + this.title.width > pauseTabLeft(this) - space.s * scale;
    this.title.setPosition(
      margin,
      underTab ? Math.max(margin * 0.8, pauseTabBottom(scale) + 4 * scale) : margin * 0.8,
    );
    this.subtitle.setStyle(textStyle('body', scale, { color: colors.inkMuted }));
    this.subtitle.setPosition(margin, this.title.y + this.title.height);
    const mapWidth = width - panelWidth - margin * 3;
    // The hint sits beside the titles, right-aligned, wrapped to the room they leave; where they
    // leave too little (a large text size, a narrow window) it goes under them instead.
    const beside = mapWidth - Math.max(this.title.width, this.subtitle.width) - space.l * scale;
    const hintBeside = beside >= 200 * scale;
    this.mapHelp.setStyle(
      textStyle('small', scale, {
        color: colors.inkMuted,
        align: hintBeside ? 'right' : 'left',
        wordWrap: { width: hintBeside ? Math.min(beside, mapWidth * 0.45) : mapWidth },
      }),
    );
    if (hintBeside) this.mapHelp.setOrigin(1, 0).setPosition(margin + mapWidth, margin + 6 * scale);
    else
      this.mapHelp
        .setOrigin(0, 0)
        .setPosition(margin, this.subtitle.y + this.subtitle.height + space.xs * scale);
    // At a large text size the budget folds to a line or two, so the map keeps its height.
    if (this.panel.setCompact(currentTextFactor() > 1)) this.panel.update(this.model());
    // The budget strip spans the map's width under the titles; the map takes the rest.
    const stripTop =
      Math.max(this.subtitle.y + this.subtitle.height, this.mapHelp.y + this.mapHelp.height) +
      space.s * scale;
    Object.assign(this.panel.budget.style, {
      top: `${stripTop}px`,
      left: `${margin}px`,
      width: `${mapWidth}px`,
    });
    this.stripHeight = this.panel.budget.offsetHeight;
    const top = stripTop + this.stripHeight + space.m * scale;
    this.map.layout({ x: margin, y: top, width: mapWidth, height: height - top - margin }, scale);
  }
}
