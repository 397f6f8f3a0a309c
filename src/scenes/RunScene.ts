import Phaser from 'phaser';
import { AccessibleButton } from '../ui/AccessibleButton';
import { ButtonMenu } from '../ui/ButtonMenu';
import { createProxyLayer } from '../ui/proxyLayer';
import { releaseFocus } from '../ui/review/leaveScene';
import { ChannelPanel } from '../ui/run/ChannelPanel';
import { CustomerDots } from '../ui/run/CustomerDots';
import { buttonWidthFor } from '../ui/review/buttonWidth';
import { BakedLayer } from '../ui/run/BakedLayer';
import { EventCard } from '../ui/run/EventCard';
import { JourneyMap, capitalise } from '../ui/run/JourneyMap';
import { MoodLegend } from '../ui/run/MoodLegend';
import { layoutJourney, type JourneyLayout } from '../ui/run/journeyLayout';
import { keyFitsBeside, sidebarLayout, type SidebarNeeds } from '../ui/run/sidebarLayout';
import { onLanguageChange, onResize, untilShutdown } from '../ui/sceneBindings';
import { createScreenReaderText } from '../ui/screenReaderText';
import { addText, textStyle } from '../ui/textStyle';
import { chartColors, colors, hexToNumber, layoutScale, space } from '../ui/theme';
import {
  WEEKS,
  buildRunTimeline,
  busiestMoment,
  moodTally,
  weekAt,
  type RunEvent,
  type RunTimeline,
} from '../ui/viewModels/runTimeline';
import { installPauseMenu, pauseTabBottom } from './PauseMenu';
import { showCurrentPhase } from './gameFlow';
import { SceneKeys, announceSceneReady } from './keys';
import { gameQuarters } from '../state/gameStore';
import { servicesOf, type Services } from './services';
import { installTutorialCoach } from './tutorialCoach';
import { helpAnchor } from '../ui/help/helpButton';
import { registerNamedObject } from '../ui/namedObjects';
import { shortLabel } from '../i18n/shortLabel';

const SPEEDS = [1, 2, 4] as const;
type Speed = (typeof SPEEDS)[number];
/** Quarter-time seconds an event card stays up. */
const CARD_SECONDS = 7;
/** Reduced motion: customers move in calm steps of half a week instead of gliding. */
const CALM_STEPS = WEEKS * 2;

/**
 * The quarter on screen: the sampled customers walk the journey map coloured by mood, queues grow
 * at overloaded channels, event cards arrive. 1×/2×/4× and skip, by button or key (1, 2, 4, S).
 */
export class RunScene extends Phaser.Scene {
  private services!: Services;
  private timeline!: RunTimeline;
  private quarterLabel = '';
  private time0 = 0;
  private speed: Speed = 1;
  private done = false;
  private calm = false;
  private lastDrawn = -1;
  /** The week the week label last said. */
  private weekShown = -1;
  private shownEvent: RunEvent | null = null;
  private nextEvent = 0;
  private journeyLayout!: JourneyLayout;
  private scaleFactor = 1;
  /** The progress bar's top: under the title, however many lines the title takes. */
  private barY = 0;

  private map!: JourneyMap;
  private dots!: CustomerDots;
  private channels!: ChannelPanel;
  private legend!: MoodLegend;
  private card!: EventCard;
  private chrome!: Phaser.GameObjects.Graphics;
  private still!: BakedLayer;
  private titleText!: Phaser.GameObjects.Text;
  private weekText!: Phaser.GameObjects.Text;
  private keysText!: Phaser.GameObjects.Text;
  private doneTitle!: Phaser.GameObjects.Text;
  private doneBody!: Phaser.GameObjects.Text;
  private doneBox!: Phaser.GameObjects.Graphics;
  private speedButtons!: AccessibleButton[];
  private skipButton!: AccessibleButton;
  private continueButton!: AccessibleButton;
  private readerHeading!: HTMLHeadingElement;
  private readerIntro!: HTMLParagraphElement;
  private readerChannels!: HTMLUListElement;
  private live!: HTMLParagraphElement;

  constructor() {
    super(SceneKeys.Run);
  }

  create(): void {
    this.services = servicesOf(this);
    const { game, settings, i18n, audio, overlay } = this.services;
    const session = game.getState().session;
    const outcome = session?.results.at(-1);
    if (!session || !outcome) {
      // Nothing was played (a stale start): back to the title rather than a blank screen.
      this.scene.start(SceneKeys.Title);
      return;
    }
    this.timeline = buildRunTimeline(session.scenario, outcome);
    this.quarterLabel = i18n.t('play.quarterOf', {
      quarter: outcome.quarter + 1,
      quarters: gameQuarters(this.services.game.getState()),
    });
    this.time0 = 0;
    this.done = false;
    this.lastDrawn = -1;
    this.weekShown = -1;
    this.shownEvent = null;
    this.nextEvent = 0;
    this.speed = 1;
    this.calm = settings.reducedMotion();

    this.still = new BakedLayer(this, 0, this.services.softwareWebgl ? 'backdrop' : 'texture');
    this.chrome = this.add.graphics().setDepth(1);
    this.titleText = addText(this);
    this.weekText = addText(this);
    this.keysText = addText(this);
    this.map = new JourneyMap(this, this.timeline);
    this.dots = new CustomerDots(this, this.timeline);
    this.channels = new ChannelPanel(this, this.timeline);
    this.legend = new MoodLegend(this);
    this.card = new EventCard(this);
    this.doneBox = this.add.graphics().setDepth(30).setVisible(false);
    this.doneTitle = addText(this).setDepth(31).setVisible(false).setOrigin(0.5, 0);
    this.doneBody = addText(this).setDepth(31).setVisible(false).setOrigin(0.5, 0);

    const layer = createProxyLayer(this, overlay);
    this.readerHeading = createScreenReaderText(layer, 'h1');
    this.readerIntro = createScreenReaderText(layer, 'p');
    this.readerChannels = createScreenReaderText(layer, 'ul');
    this.live = createScreenReaderText(layer, 'p');
    this.live.setAttribute('aria-live', 'polite');
    const menu = new ButtonMenu(layer, i18n.t('play.run.controls'));
    const button = (name: string, onActivate: () => void, variant: 'primary' | 'secondary') =>
      menu.add(
        new AccessibleButton(this, {
          name,
          label: '',
          proxyParent: menu.element,
          variant,
          onActivate,
          onRejected: () => audio.play('warning'),
          onFocus: () => audio.play('select'),
        }),
      );
    this.speedButtons = SPEEDS.map((speed) =>
      button(`run.speed${speed}`, () => this.setSpeed(speed), 'secondary'),
    );
    this.skipButton = button('run.skip', () => this.skip(), 'secondary');
    this.continueButton = button('run.continue', () => this.continue(), 'primary');
    this.continueButton.setEnabled(false);

    const onKey = (event: KeyboardEvent) => this.onKey(event);
    window.addEventListener('keydown', onKey);
    untilShutdown(this, () => window.removeEventListener('keydown', onKey));
    untilShutdown(
      this,
      settings.subscribe(() => (this.calm = settings.reducedMotion())),
    );

    this.renderTexts();
    this.layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, () => {
      this.quarterLabel = i18n.t('play.quarterOf', {
        quarter: outcome.quarter + 1,
        quarters: gameQuarters(this.services.game.getState()),
      });
      this.renderTexts();
      this.layout(this.scale.width, this.scale.height);
    });
    onResize(this, (width, height) => this.layout(width, height));

    audio.playLoop('ambient-play');
    this.drawFrame(true);
    untilShutdown(
      this,
      registerNamedObject('run.channels', () => this.channels.bounds),
    );
    untilShutdown(this, helpAnchor(this.game, overlay, i18n, 'run.channels', 'run.channels'));
    installPauseMenu(this);
    installTutorialCoach(this, 'run');
    announceSceneReady(this);
  }

  override update(_time: number, delta: number): void {
    if (!this.timeline || this.done) return;
    // The quarter waits while a dialog (the pause menu, settings) is open.
    if (this.services.overlay.querySelector('.dialog')) return;
    this.time0 = Math.min(this.timeline.duration, this.time0 + (delta / 1000) * this.speed);
    this.drawFrame(false);
    if (this.time0 >= this.timeline.duration) this.finish();
  }

  /** The speed now playing (1, 2 or 4). */
  get playSpeed(): number {
    return this.speed;
  }

  /** The moment the most customers are on the map (the benchmark measures there). */
  get busiest(): number {
    return busiestMoment(this.timeline);
  }

  /** Seconds into the quarter (for tools and tests). */
  get quarterTime(): number {
    return this.time0;
  }

  /** Jumps to a moment of the quarter: the benchmark measures from the busiest one. */
  seek(seconds: number): void {
    this.time0 = Math.max(0, Math.min(this.timeline.duration, seconds));
    // An event whose card would still be up at that moment is shown again.
    this.nextEvent = this.timeline.events.findIndex((e) => e.at + CARD_SECONDS > this.time0);
    if (this.nextEvent < 0) this.nextEvent = this.timeline.events.length;
    this.drawFrame(true);
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.services.i18n.t(key, options);
  }

  /** A stage's, card's or channel's short label (`….short` beside `….name`), where given. */
  private shortName(nameKey: string): string | null {
    return shortLabel(this.services.i18n, nameKey);
  }

  private get numbers(): Intl.NumberFormat {
    return new Intl.NumberFormat(this.services.i18n.language, { maximumFractionDigits: 0 });
  }

  private renderTexts(): void {
    const name = (key: string) => capitalise(this.t(key));
    const timeline = this.timeline;
    this.titleText.setText(`${this.quarterLabel} · ${this.t('play.run.heading')}`);
    this.readerHeading.textContent = `${this.quarterLabel}: ${this.t('play.run.heading')}`;
    this.readerIntro.textContent = this.t('play.run.intro');
    this.keysText.setText(this.t('play.run.keys'));
    this.map.setTexts(
      timeline.stages.map((s) => this.t(s.nameKey)),
      timeline.nodes.map((n) =>
        n.removed ? `${this.t(n.nameKey)}\n(${this.t('play.review.removed')})` : this.t(n.nameKey),
      ),
      timeline.stages.map((s) => this.shortName(s.nameKey)),
      timeline.nodes.map((n) => this.shortName(n.nameKey)),
    );
    const fmt = this.numbers;
    this.channels.setTexts(
      this.t('play.run.channels'),
      timeline.channels.map((c) => name(c.nameKey)),
      timeline.channels.map((c) =>
        c.open
          ? this.t('play.run.channelDetail', {
              load: fmt.format(c.load * 100),
              wait: fmt.format(c.waitMinutes),
            })
          : this.t('play.run.channelClosed'),
      ),
      timeline.channels.map((c) => {
        const short = this.shortName(c.nameKey);
        return short === null ? null : capitalise(short);
      }),
    );
    this.readerChannels.replaceChildren(
      ...timeline.channels.map((c) => {
        const li = document.createElement('li');
        li.textContent = c.open
          ? this.t('play.run.channelSummary', {
              channel: name(c.nameKey),
              load: fmt.format(c.load * 100),
              wait: fmt.format(c.waitMinutes),
            })
          : this.t('play.run.channelSummaryClosed', { channel: name(c.nameKey) });
        return li;
      }),
    );
    const legend = { full: this.t('play.run.legend'), short: this.t('play.run.legendShort') };
    this.legend.setTexts(legend, this.t('play.run.tally'), {
      delighted: this.t('play.run.mood.delighted'),
      neutral: this.t('play.run.mood.neutral'),
      unhappy: this.t('play.run.mood.unhappy'),
    });
    SPEEDS.forEach((speed, i) => {
      this.speedButtons[i]!.setLabel(this.t('play.run.speed', { speed }));
      this.speedButtons[i]!.proxy.setAttribute(
        'aria-label',
        this.t('play.run.speedLabel', { speed }),
      );
      this.speedButtons[i]!.proxy.setAttribute('aria-pressed', String(this.speed === speed));
    });
    this.skipButton.setLabel(this.t('play.run.skip'));
    this.skipButton.proxy.setAttribute('aria-label', this.t('play.run.skipLabel'));
    this.continueButton.setLabel(this.t('play.run.continue'));
    if (this.shownEvent) this.showEvent(this.shownEvent, false);
    if (this.done) this.renderDone();
  }

  private layout(width: number, height: number): void {
    const s = layoutScale(width, height);
    this.scaleFactor = s;
    const margin = space.l * s;
    // The title starts under the pause tab at the top's centre, however large the text.
    const top = Math.max(margin, pauseTabBottom(s) + 4 * s);
    // The week stands at the title's right; a title too long for the rest of the line steps
    // down a size, then wraps, and the progress bar and the map move down under it.
    this.weekText
      .setStyle(textStyle('large', s, { fontStyle: '600', color: colors.inkMuted }))
      .setOrigin(1, 0)
      .setPosition(width - margin, top + 4 * s)
      // Measured at its widest (the last week); the next frame writes the current one.
      .setText(this.t('play.run.week', { week: WEEKS, weeks: WEEKS }));
    // A second line would take the map's room, so the large size comes first.
    const titleRoom = width - margin * 2 - this.weekText.width - space.l * s;
    for (const step of ['heading', 'large'] as const) {
      this.titleText.setStyle(
        textStyle(step, s, { fontStyle: '700', wordWrap: { width: titleRoom } }),
      );
      if (this.titleText.getWrappedText().length === 1) break;
    }
    this.titleText.setPosition(margin, top);
    this.barY = top + Math.max(46 * s, this.titleText.height + 4 * s);
    const headerHeight = this.barY - margin + 16 * s;
    const footerHeight = 76 * s;
    const areaHeight = height - margin * 2 - headerHeight - footerHeight;
    // The sidebar reaches down to just above the Continue button.
    const sideHeight = areaHeight + footerHeight - 48 * s - 12 * s;
    // A channel's full name too long for the widest sidebar gives way to its short label.
    this.channels.useShortNames(false);
    if (this.channels.widthNeed(s).names > width * 0.3) this.channels.useShortNames(true);
    const sidebar = this.sidebarWidth(width, s, sideHeight);
    const side = sidebarLayout(this.sidebarNeeds(sidebar, s, sideHeight));
    const mapWidth = width - margin * 3 - sidebar;
    // Where the sidebar has no room for the mood key, it is a band under the map.
    const band = side.legend === 'underMap' ? this.legend.bandNeed(mapWidth, s) : null;
    const area = {
      x: margin,
      y: margin + headerHeight,
      width: mapWidth,
      height: areaHeight - (band ? band.height + space.s * s : 0),
    };

    this.journeyLayout = layoutJourney(this.timeline, area, s, (columnWidth, cardWidth, short) =>
      this.map.measure(columnWidth, cardWidth, s, short),
    );
    const still = this.still.begin();
    this.map.draw(still, this.journeyLayout, s);
    const sideX = width - margin - sidebar;
    this.channels.layout(still, sideX, area.y, sidebar, side.channelsHeight, s);
    if (band)
      this.legend.layoutBand(
        still,
        area.x,
        area.y + area.height + space.s * s,
        area.width,
        s,
        band,
      );
    else
      this.legend.layout(
        still,
        sideX,
        area.y + sideHeight - side.legendHeight,
        sidebar,
        side.legendHeight,
        s,
        side.legend === 'compact',
      );
    still.fillStyle(hexToNumber(colors.surfaceMuted), 1);
    still.fillRect(margin, this.barY, width - margin * 2, 6 * s);
    const cardWidth = Math.min(380 * s, area.width * 0.45);
    this.card.layout(area.x + area.width - cardWidth - 8 * s, area.y + 44 * s, cardWidth, s);

    const buttonHeight = 48 * s;
    const footerY = height - margin - buttonHeight / 2;
    let x = margin;
    for (const b of this.speedButtons) {
      b.setBox(72 * s, buttonHeight, s).setPosition(x + 36 * s, footerY);
      x += 72 * s + space.s * s;
    }
    const skipWidth = buttonWidthFor(this, this.skipButton.proxy.textContent ?? '', s, 130 * s);
    this.skipButton
      .setBox(skipWidth, buttonHeight, s)
      .setPosition(x + skipWidth / 2 + space.s * s, footerY);
    x += skipWidth + space.m * s * 2;
    const continueWidth = buttonWidthFor(
      this,
      this.continueButton.proxy.textContent ?? '',
      s,
      260 * s,
    );
    // The keys' hint wraps in the room between the buttons rather than running under one.
    this.keysText
      .setStyle(
        textStyle('small', s, {
          color: colors.inkMuted,
          wordWrap: { width: width - margin - continueWidth - space.m * s - x },
        }),
      )
      .setOrigin(0, 0.5)
      .setPosition(x, footerY);
    this.continueButton
      .setBox(continueWidth, buttonHeight, s)
      .setPosition(width - margin - continueWidth / 2, footerY);
    // Last, once every still text has its place.
    this.still.bake(width, height, [
      this.titleText,
      this.keysText,
      ...this.map.stillTexts,
      ...this.channels.stillTexts,
      ...this.legend.stillTexts,
    ]);
    this.drawSpeedMarks();
    if (this.done) this.renderDone();
    this.drawFrame(true);
  }

  /**
   * The sidebar's width: wide enough for the longest channel name; wider still (up to a third
   * of the window) where the rows need each name and its figures on one line for the mood key
   * to fit under them. Where even that does not fit, it stays narrow (the map keeps the width)
   * and the key goes under the map.
   */
  private sidebarWidth(width: number, s: number, sideHeight: number): number {
    const need = this.channels.widthNeed(s);
    const narrow = Math.min(Math.max(320 * s, need.names), width * 0.3);
    const fits = (w: number) => keyFitsBeside(this.sidebarNeeds(w, s, sideHeight));
    if (fits(narrow) || need.oneLine > width * 0.34) return narrow;
    return fits(need.oneLine) ? Math.max(narrow, need.oneLine) : narrow;
  }

  /** What the channel list and the mood key need in a sidebar `width` wide. */
  private sidebarNeeds(width: number, s: number, height: number): SidebarNeeds {
    return {
      height,
      gap: space.m * s,
      channels: this.channels.minHeight(s, width),
      legend: this.legend.minHeight(width, s),
      compactLegend: this.legend.minHeight(width, s, true),
      usualLegend: 170 * s,
    };
  }

  /** The progress bar and the pressed state of the speed buttons. */
  private drawChrome(): void {
    const s = this.scaleFactor;
    const g = this.chrome;
    const margin = space.l * s;
    const width = this.scale.width;
    const y = this.barY;
    g.clear();
    const progress = this.time0 / this.timeline.duration;
    g.fillStyle(hexToNumber(colors.primary), 1);
    g.fillRect(margin, y, Math.max(6 * s, (width - margin * 2) * progress), 6 * s);
    // Event marks on the bar, so the class sees when the next one is due.
    for (const event of this.timeline.events) {
      const ex = margin + (width - margin * 2) * (event.at / this.timeline.duration);
      g.fillStyle(hexToNumber(chartColors.orange), 1);
      g.fillTriangle(ex, y - 2 * s, ex - 6 * s, y - 11 * s, ex + 6 * s, y - 11 * s);
    }
    this.drawSpeedMarks();
  }

  private drawSpeedMarks(): void {
    const s = this.scaleFactor;
    const g = this.chrome;
    SPEEDS.forEach((speed, i) => {
      if (speed !== this.speed) return;
      const b = this.speedButtons[i]!;
      g.fillStyle(hexToNumber(colors.primary), 1);
      g.fillRect(b.x - 20 * s, b.y + 28 * s, 40 * s, 4 * s);
    });
  }

  private drawFrame(force: boolean): void {
    const t = this.calm
      ? Math.floor((this.time0 / this.timeline.duration) * CALM_STEPS) *
        (this.timeline.duration / CALM_STEPS)
      : this.time0;
    this.arriveEvents();
    if (!force && t === this.lastDrawn) return;
    this.lastDrawn = t;
    this.dots.draw(this.journeyLayout, t);
    this.channels.draw(t / this.timeline.duration, this.dots.waitingByChannel);
    this.legend.setCounts(moodTally(this.timeline, t));
    // Worded only when the week changes (or the layout or language did): a lookup with
    // interpolation every frame cost more than the rest of the label's work.
    const week = weekAt(this.timeline, this.time0);
    if (force || week !== this.weekShown) {
      this.weekShown = week;
      this.weekText.setText(this.t('play.run.week', { week, weeks: WEEKS }));
    }
    this.drawChrome();
  }

  private arriveEvents(): void {
    const events = this.timeline.events;
    while (this.nextEvent < events.length && events[this.nextEvent]!.at <= this.time0) {
      const event = events[this.nextEvent++]!;
      this.showEvent(event, !this.calm);
      this.services.audio.play('event');
      this.live.textContent = `${this.t('play.run.event')}: ${this.t(event.nameKey)}. ${this.t(event.descriptionKey)}`;
    }
    if (this.shownEvent && this.time0 > this.shownEvent.at + CARD_SECONDS && !this.done) {
      this.shownEvent = null;
      this.card.hide();
    }
  }

  private showEvent(event: RunEvent, animate: boolean): void {
    this.shownEvent = event;
    this.card.show(
      {
        kicker: this.t('play.run.event'),
        title: this.t(event.nameKey),
        body: this.t(event.descriptionKey),
        response: event.responseKey
          ? this.t('play.run.response', { response: this.t(event.responseKey) })
          : this.t('play.run.noResponse'),
      },
      animate,
    );
  }

  private setSpeed(speed: Speed): void {
    this.services.audio.play('confirm');
    this.speed = speed;
    SPEEDS.forEach((sp, i) =>
      this.speedButtons[i]!.proxy.setAttribute('aria-pressed', String(sp === speed)),
    );
    this.drawChrome();
  }

  private skip(): void {
    if (this.done) return;
    this.services.audio.play('confirm');
    this.seek(this.timeline.duration);
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.time0 = this.timeline.duration;
    this.card.hide();
    this.shownEvent = null;
    this.drawFrame(true);
    this.services.audio.play('commit');
    this.continueButton.setEnabled(true);
    this.skipButton.setEnabled(false);
    this.renderDone();
    this.live.textContent = `${this.t('play.run.done')}. ${this.doneBody.text}`;
    // Focus lands on the way forward, so a keyboard player goes on with Enter.
    this.continueButton.focusProxy();
  }

  private renderDone(): void {
    const s = this.scaleFactor;
    const tally = moodTally(this.timeline, this.timeline.duration);
    const area = this.journeyLayout.area;
    const width = Math.min(560 * s, area.width * 0.8);
    this.doneTitle
      .setStyle(textStyle('heading', s, { fontStyle: '700', align: 'center' }))
      .setText(this.t('play.run.done'))
      .setVisible(true);
    this.doneBody
      .setStyle(
        textStyle('body', s, {
          color: colors.inkMuted,
          align: 'center',
          wordWrap: { width: width - 48 * s },
        }),
      )
      .setText(
        this.t('play.run.doneBody', {
          customers: this.timeline.journeys.length,
          delighted: tally.delighted,
          neutral: tally.neutral,
          unhappy: tally.unhappy,
        }),
      )
      .setVisible(true);
    const height = this.doneTitle.height + this.doneBody.height + 64 * s;
    const x = area.x + (area.width - width) / 2;
    const y = area.y + (area.height - height) / 2;
    this.doneTitle.setPosition(area.x + area.width / 2, y + 24 * s);
    this.doneBody.setPosition(
      area.x + area.width / 2,
      this.doneTitle.y + this.doneTitle.height + 12 * s,
    );
    const g = this.doneBox.setVisible(true);
    g.clear();
    g.fillStyle(hexToNumber(colors.ink), 0.12);
    g.fillRoundedRect(x, y + 6 * s, width, height, 16 * s);
    g.fillStyle(hexToNumber(colors.surface), 1);
    g.fillRoundedRect(x, y, width, height, 16 * s);
    g.fillStyle(hexToNumber(colors.primary), 1);
    g.fillRoundedRect(x, y, width, 6 * s, { tl: 16 * s, tr: 16 * s, bl: 0, br: 0 });
  }

  private continue(): void {
    const { game, audio } = this.services;
    audio.play('confirm');
    game.getState().finishRun();
    releaseFocus();
    showCurrentPhase(this);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys typed into a dialog (the pause menu's settings) are not for the quarter.
    if ((event.target as HTMLElement | null)?.closest?.('[role="dialog"]')) return;
    const speed = Number(event.key);
    if (speed === 1 || speed === 2 || speed === 4) {
      event.preventDefault();
      this.setSpeed(speed);
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      this.skip();
    }
  }
}
