import Phaser from 'phaser';
import { AccessibleButton } from '../ui/AccessibleButton';
import { ButtonMenu } from '../ui/ButtonMenu';
import { Gauge } from '../ui/charts/Gauge';
import { HeatMap } from '../ui/charts/HeatMap';
import { TrendChart } from '../ui/charts/TrendChart';
import { createProxyLayer } from '../ui/proxyLayer';
import { capitalise } from '../ui/run/JourneyMap';
import { releaseFocus } from '../ui/review/leaveScene';
import { Panel } from '../ui/review/Panel';
import { buttonWidthFor } from '../ui/review/buttonWidth';
import { TextStack, type StackItem } from '../ui/review/TextStack';
import { PageTabs } from '../ui/review/PageTabs';
import { REVIEW_PAGES, type PanelName } from '../ui/review/reviewPages';
import type { Rect } from '../ui/namedObjects';
import { frameText, frameTexts } from '../ui/textFrames';
import {
  formatMetric,
  formatMoneyIn,
  formatNumber,
  formatSigned,
  moneyUnitFor,
  type MoneyUnit,
} from '../ui/review/format';
import { renderReviewReader, type ReaderSection } from '../ui/review/reviewReader';
import { onLanguageChange, onResize, untilShutdown } from '../ui/sceneBindings';
import { createScreenReaderText } from '../ui/screenReaderText';
import { addText, currentTextFactor, textStyle } from '../ui/textStyle';
import { colors, layoutScale, space } from '../ui/theme';
import { attributionDrivers } from '../ui/viewModels/reviewDrivers';
import { factFor, factKeys } from '../ui/viewModels/didYouKnow';
import type { Estimate, ReviewComment } from '../ui/viewModels/reviewListening';
import {
  METRIC_RANGE,
  buildReviewModel,
  driverLines,
  type ReviewModel,
  type ScoreDrivers,
  verdictKeys,
} from '../ui/viewModels/reviewModel';
import { installPauseMenu, pauseTabBottom, pauseTabLeft } from './PauseMenu';
import { showCurrentPhase } from './gameFlow';
import { SceneKeys, announceSceneReady } from './keys';
import { gameQuarters } from '../state/gameStore';
import { servicesOf, type Services } from './services';
import { installTutorialCoach } from './tutorialCoach';
import { helpAnchor } from '../ui/help/helpButton';
import { registerNamedObject } from '../ui/namedObjects';

/**
 * The quarter's review: what was measured (with sample and margin of error, or "not measured"),
 * trends, money, engagement, the five gaps, the touchpoint heat map, why things moved, and what
 * customers said. Every figure is mirrored as DOM text for screen readers.
 */
export class ReviewScene extends Phaser.Scene {
  private services!: Services;
  private model!: ReviewModel;
  private drivers: ScoreDrivers[] | null = null;

  private title!: Phaser.GameObjects.Text;
  private verdict!: Phaser.GameObjects.Text;
  private panels!: Record<PanelName, Panel>;
  /** The page buttons: shown at a large text size, where the panels come a few at a time. */
  private tabs!: PageTabs;
  /** The title and verdict's band, and the "did you know?" card's box (their texts' frames). */
  private header: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private factFrame: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private tiles!: {
    name: Phaser.GameObjects.Text;
    value: Phaser.GameObjects.Text;
    note: Phaser.GameObjects.Text;
  }[];
  private sample!: Phaser.GameObjects.Text;
  private extra!: Phaser.GameObjects.Text;
  private trend!: TrendChart;
  private money!: TrendChart;
  private heat!: HeatMap;
  private heatHint!: Phaser.GameObjects.Text;
  private gauges!: Gauge[];
  /** Engagement and cash: one line where they fit side by side, else a line each. */
  private extraParts: string[] = [];
  private driverList!: TextStack;
  private comments!: TextStack;
  private fact!: Phaser.GameObjects.Text;
  private continueButton!: AccessibleButton;
  private reader!: HTMLElement;

  constructor() {
    super(SceneKeys.Review);
  }

  create(): void {
    this.services = servicesOf(this);
    const { game, i18n, audio, overlay } = this.services;
    const session = game.getState().session;
    if (!session || session.results.length === 0) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    this.model = {
      ...buildReviewModel(session.scenario, session.results, undefined, undefined, session.log),
      quarters: gameQuarters(game.getState()),
    };
    this.drivers = null;

    this.title = addText(this);
    this.verdict = addText(this);
    this.panels = {
      measured: new Panel(this),
      trends: new Panel(this),
      money: new Panel(this),
      heat: new Panel(this),
      gaps: new Panel(this),
      drivers: new Panel(this),
      verbatims: new Panel(this),
    };
    this.tiles = this.model.measured.map(() => ({
      name: addText(this),
      value: addText(this),
      note: addText(this),
    }));
    this.sample = addText(this);
    this.extra = addText(this);
    this.trend = new TrendChart(this);
    this.money = new TrendChart(this);
    this.heat = new HeatMap(this);
    this.heatHint = addText(this);
    this.gauges = this.model.gaps.map(() => new Gauge(this));
    this.driverList = new TextStack(this);
    this.comments = new TextStack(this, true);
    this.fact = addText(this);

    const layer = createProxyLayer(this, overlay);
    this.reader = createScreenReaderText(layer, 'section');
    const menu = new ButtonMenu(layer, i18n.t('play.review.heading'));
    this.tabs = new PageTabs(
      this,
      menu,
      REVIEW_PAGES.map((p) => `review.page.${p.id}`),
      () => this.layout(this.scale.width, this.scale.height),
      () => audio.play('select'),
    );
    this.continueButton = menu.add(
      new AccessibleButton(this, {
        name: 'review.continue',
        label: '',
        proxyParent: menu.element,
        variant: 'primary',
        onActivate: () => this.continue(),
        onFocus: () => audio.play('select'),
      }),
    );

    // Every text's frame, so the test build's fit check sees each one leave its card.
    frameTexts([this.title, this.verdict], () => ({ ...this.header }));
    frameText(this.fact, () => ({ ...this.factFrame }));
    for (const tile of this.tiles)
      for (const t of Object.values(tile)) this.panels.measured.frame(t);
    this.panels.measured.frame(this.extra).frame(this.sample);
    for (const t of this.trend.texts) this.panels.trends.frame(t);
    for (const t of this.money.texts) this.panels.money.frame(t);
    this.panels.heat.frame(this.heatHint);
    for (const gauge of this.gauges) for (const t of gauge.texts) this.panels.gaps.frame(t);

    // Before the first layout: the title keeps clear of its tab.
    installPauseMenu(this);
    this.renderTexts();
    this.layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, () => {
      this.renderTexts();
      this.layout(this.scale.width, this.scale.height);
    });
    onResize(this, (width, height) => this.layout(width, height));

    // The verdict is heard as well as read.
    if (this.model.verdict === 'better') audio.play('good');
    else if (this.model.verdict === 'worse') audio.play('bad');

    // The attribution replays the quarter several times: run it after the first frame is up.
    const timer = this.time.delayedCall(60, () => this.attribute());
    untilShutdown(this, () => timer.remove());
    // The panels by name, so the tutorial and the "?" explanations can point at them.
    for (const [name, panel] of Object.entries(this.panels)) {
      untilShutdown(
        this,
        registerNamedObject(`review.${name}`, () => panel.bounds),
      );
      untilShutdown(this, helpAnchor(this.game, overlay, i18n, `review.${name}`, `review.${name}`));
    }
    installTutorialCoach(this, 'review');
    announceSceneReady(this);
  }

  private attribute(): void {
    const session = this.services.game.getState().session;
    if (!session) return;
    try {
      this.drivers = attributionDrivers({
        scenario: session.scenario,
        seed: session.seed,
        difficulty: session.difficulty,
        decisions: session.log,
      })(session.results, session.results.length - 1);
    } catch {
      // Should attribution ever fail, the drivers the quarter outcome names still explain it.
      this.drivers = this.model.drivers;
    }
    this.renderDrivers();
    this.renderReader();
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.services.i18n.t(key, options);
  }

  private get language(): string {
    return this.services.i18n.language;
  }

  private renderTexts(): void {
    const m = this.model;
    const lang = this.language;
    const quarterLabel = this.t('play.quarterOf', { quarter: m.quarter + 1, quarters: m.quarters });
    this.title.setText(`${quarterLabel} · ${this.t('play.review.heading')}`);
    this.verdict.setText(
      verdictKeys(m)
        .map((k) => this.t(k))
        .join(' '),
    );
    this.panels.measured.setHeading(this.t('play.review.measured'));
    this.panels.trends.setHeading(this.t('play.review.trends'));
    this.panels.money.setHeading(this.moneyHeading);
    this.panels.heat.setHeading(this.t('play.review.heat'));
    // All five gaps are estimated from the same listening, so they share one uncertainty.
    const spread = m.gaps[0]?.uncertainty ?? null;
    this.panels.gaps.setHeading(
      spread === null
        ? this.t('play.review.gapsUnknown')
        : this.t('play.review.gapsEstimated', { uncertainty: formatNumber(spread, lang, 2) }),
    );
    this.panels.drivers.setHeading(this.t('play.review.drivers'));
    this.panels.verbatims.setHeading(this.t('play.review.verbatims'));

    m.measured.forEach((figure, i) => {
      const tile = this.tiles[i]!;
      tile.name.setText(this.t(`engine.metric.${figure.metric}`));
      if (figure.value === null) {
        tile.value.setText('—');
        tile.note.setText(
          this.t(
            figure.status === 'notEnough' ? 'play.review.notEnough' : 'play.review.notMeasured',
          ),
        );
      } else {
        tile.value.setText(formatMetric(figure.metric, figure.value, lang));
        const margin =
          figure.margin === null
            ? ''
            : this.t('play.review.margin', {
                margin: formatNumber(figure.margin, lang, figure.metric === 'ces' ? 1 : 0),
              });
        const change =
          figure.change === null
            ? ''
            : `\n${this.t(figure.significant ? 'play.review.changeShort' : 'play.review.changeWithin', { change: formatSigned(figure.change, lang), quarter: m.quarter })}`;
        tile.note.setText(`${margin}${change}`);
      }
    });
    this.sample.setText(
      m.responses > 0
        ? this.t('play.review.sample', {
            responses: formatNumber(m.responses, lang),
            invitations: formatNumber(m.invitations, lang),
            rate: formatNumber(m.responseRate ?? 0, lang, 0),
          })
        : this.t('play.review.noSample'),
    );
    this.extraParts = [
      `${this.t('play.review.engagement')}: ${this.estimateText(m.engagement, 0)}`,
      `${this.t('play.review.cash')}: ${formatMoneyIn(this.moneyUnit, m.money.cash, lang)}`,
    ];

    const slotLabel = (slot: number) => this.t('play.quarterShort', { quarter: slot + 1 });
    const shown = m.metricTrend.filter((s) => s.values.some((v) => v !== null));
    const metricOf = (id: string) => id as 'nps' | 'csat' | 'ces';
    if (shown.length === 1) {
      // One measured score: on its own scale (NPS −100…+100, CSAT 0…100%, CES 1…7).
      const metric = metricOf(shown[0]!.id);
      this.trend.setData({
        series: [{ label: this.t(shown[0]!.labelKey), values: shown[0]!.values }],
        slots: m.quarters,
        range: METRIC_RANGE[metric],
        format: (v) => formatMetric(metric, v, lang),
        slotLabel,
      });
    } else {
      // Several (or none): each on its own range from worst to best, so they share one chart;
      // the axis says so in words, as a percentage would misread NPS.
      this.trend.setData({
        series: (shown.length ? shown : m.metricTrend.slice(0, 1)).map((series) => {
          const [low, high] = METRIC_RANGE[metricOf(series.id)];
          return {
            label: this.t(series.labelKey),
            values: series.values.map((v) =>
              v === null ? null : ((v - low) / (high - low)) * 100,
            ),
          };
        }),
        slots: m.quarters,
        range: [0, 100],
        format: (v) => this.t(v > 0 ? 'play.review.scaleBest' : 'play.review.scaleWorst'),
        slotLabel,
      });
    }
    const perUnit = this.moneyPerUnit;
    this.money.setData({
      series: m.moneyTrend.map((series) => ({
        label: this.t(series.labelKey),
        values: series.values,
      })),
      slots: m.quarters,
      format: (v) => formatNumber(v / perUnit, lang, 0),
      slotLabel,
    });

    const session = this.services.game.getState().session!;
    this.heat.setData({
      rows: session.scenario.stages.map((s) => capitalise(this.t(s.name))),
      cells: m.heat.map((cell) => ({
        row: cell.stage,
        column: cell.row,
        label: capitalise(this.t(cell.nameKey)),
        valueText: cell.removed
          ? this.t('play.review.removed')
          : cell.metric && cell.score !== null
            ? `${this.t(`engine.metric.${cell.metric}`)} ${formatMetric(cell.metric, cell.score, lang)}`
            : '—',
        level: cell.level,
        removed: cell.removed,
      })),
    });
    this.heatHint.setText(this.t('play.review.heatHint'));
    m.gaps.forEach((gap, i) => {
      this.gauges[i]!.setValue(
        gap.value,
        this.t(`engine.gap.${gap.id}`),
        // The panel's heading says these are estimates, with their margin; the ring has room
        // for the number only.
        gap.value === null ? '?' : formatNumber(gap.value, lang, 2),
        true,
        gap.uncertainty ?? 0,
      );
    });
    this.comments.setItems(
      m.verbatims.length
        ? [
            // Unsolicited words come from strong feelings: said first, so it is never cut off.
            ...(m.unsolicited ? [{ text: this.t('play.review.unsolicited'), muted: true }] : []),
            ...m.verbatims.map((v) => ({ text: this.commentText(v), italic: true })),
          ]
        : [{ text: this.t('play.review.noVerbatims'), muted: true }],
    );
    const fact = factKeys(factFor('review', m.quarter));
    this.fact.setText(
      `${this.t('sources.heading')} ${this.t(fact.text)} ${this.t('sources.sourceLine', { source: fact.source })}`,
    );
    this.renderDrivers();
    this.tabs.setLabels(REVIEW_PAGES.map((p) => this.t(`play.review.page.${p.id}`)));
    this.continueButton.setLabel(
      session.state.finished ? this.t('play.review.finish') : this.t('play.review.continue'),
    );
    this.renderReader();
  }

  /** The money chart's heading, naming its unit. */
  private get moneyHeading(): string {
    return this.t(this.moneyInMillions ? 'play.review.money' : 'play.review.moneyThousands');
  }

  /** k€ per unit of the money chart (and its screen-reader text). */
  private get moneyPerUnit(): number {
    return this.moneyInMillions ? 1000 : 1;
  }

  /** An estimate as "≈ value ± uncertainty", or "unknown" where nothing was listened to. */
  private estimateText(e: Estimate, digits: number): string {
    if (e.value === null || e.uncertainty === null) return this.t('play.review.unknown');
    return this.t('play.review.estimate', {
      value: formatNumber(e.value, this.language, digits),
      uncertainty: formatNumber(e.uncertainty, this.language, digits),
    });
  }

  /** The money chart counts in millions for an airline's sums, in thousands for a small company's. */
  private get moneyInMillions(): boolean {
    return this.moneyUnit === 'M€';
  }

  /** One unit for every sum on this screen (chart, cash, reader text), so none reads differently. */
  private get moneyUnit(): MoneyUnit {
    return moneyUnitFor(this.model.moneyTrend.flatMap((s) => s.values));
  }

  /** A comment with the listening post it came from: “…” — Complaint · Booking. */
  private commentText(c: ReviewComment): string {
    return this.t('play.review.comment', {
      text: this.t(c.text.key, c.text.params),
      from: this.t(c.from.key, c.from.params),
    });
  }

  private driverItems(): StackItem[] {
    const lang = this.language;
    if (!this.drivers) return [{ text: this.t('play.review.driversPending'), muted: true }];
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    return driverLines(this.drivers, this.model.measured).map((line): StackItem => {
      switch (line.kind) {
        case 'score':
          return {
            // A measured move within its margin may be chance: the reasons below are those of
            // the real movement, so the line says so instead of seeming to explain the noise.
            text: this.t(
              line.change !== null && !line.significant
                ? 'play.review.driverTotalWithin'
                : 'play.review.driverTotal',
              {
                score: this.t(`engine.metric.${line.score}`),
                change: line.change === null ? '' : formatSigned(line.change, lang),
              },
            ),
            strong: true,
          };
        case 'driver':
          return {
            text: this.t('play.review.driverShare', {
              share: percent.format(line.share),
              driver: this.t(line.key),
            }),
            bar: line.direction * line.share,
          };
        case 'still':
          return { text: this.t('play.review.driversNone'), muted: true };
        case 'unmeasured':
          return {
            text: this.t('play.review.driversUnmeasured', {
              score: this.t(`engine.metric.${line.score}`),
            }),
            muted: true,
          };
        case 'first':
          return {
            text: this.t('play.review.driversFirst', {
              score: this.t(`engine.metric.${line.score}`),
            }),
            muted: true,
          };
      }
    });
  }

  private renderDrivers(): void {
    this.driverList.setItems(this.driverItems());
  }

  private renderReader(): void {
    const m = this.model;
    const lang = this.language;
    const moneyUnit = this.moneyUnit;
    const sections: ReaderSection[] = [
      {
        heading: this.t('play.review.measured'),
        lines: [
          ...m.measured.map((f) =>
            f.value === null
              ? `${this.t(`engine.metric.${f.metric}`)}: ${this.t(f.status === 'notEnough' ? 'play.review.notEnough' : 'play.review.notMeasured')}`
              : `${this.t(`engine.metric.${f.metric}`)}: ${formatMetric(f.metric, f.value, lang)} ${f.margin === null ? '' : this.t('play.review.margin', { margin: formatNumber(f.margin, lang, 1) })}${f.change === null ? '' : `, ${this.t('play.review.change', { change: formatSigned(f.change, lang) })}`}`,
          ),
          this.sample.text,
        ],
      },
      {
        heading: this.t('play.review.trends'),
        lines: m.metricTrend.map(
          (s) =>
            `${this.t(s.labelKey)}: ${s.values.map((v, q) => `${this.t('play.quarterShort', { quarter: q + 1 })} ${v === null ? this.t('play.review.notMeasured') : formatNumber(v, lang, 1)}`).join('; ')}`,
        ),
      },
      {
        // The chart's own heading and unit, so the reader hears the numbers the chart shows.
        heading: this.moneyHeading,
        lines: [
          ...m.moneyTrend.map(
            (s) =>
              `${this.t(s.labelKey)}: ${s.values.map((v, q) => `${this.t('play.quarterShort', { quarter: q + 1 })} ${formatNumber((v ?? 0) / this.moneyPerUnit, lang, 0)}`).join('; ')}`,
          ),
          `${this.t('play.review.cash')}: ${formatMoneyIn(moneyUnit, m.money.cash, lang)}`,
          `${this.t('play.review.engagement')}: ${this.estimateText(m.engagement, 0)}`,
        ],
      },
      {
        heading: this.t('play.review.gaps'),
        lines: m.gaps.map((g) => `${this.t(`engine.gap.${g.id}`)}: ${this.estimateText(g, 2)}`),
      },
      {
        heading: this.t('play.review.heat'),
        lines: m.heat.map(
          (c) =>
            `${this.t(c.nameKey)}: ${
              c.removed
                ? this.t('play.review.removed')
                : c.metric && c.score !== null
                  ? `${this.t(`engine.metric.${c.metric}`)} ${formatMetric(c.metric, c.score, lang)} (${c.responses})`
                  : this.t(c.notEnough ? 'play.review.notEnough' : 'play.review.notMeasured')
            }`,
        ),
      },
      { heading: this.t('play.review.drivers'), lines: this.driverItems().map((i) => i.text) },
      {
        heading: this.t('play.review.verbatims'),
        lines: m.verbatims.length
          ? [
              ...(m.unsolicited ? [this.t('play.review.unsolicited')] : []),
              ...m.verbatims.map((v) => this.commentText(v)),
            ]
          : [this.t('play.review.noVerbatims')],
      },
    ];
    renderReviewReader(this.reader, this.title.text, [
      { heading: this.verdict.text, lines: [] },
      { heading: this.t('sources.heading'), lines: [this.fact.text] },
      ...sections,
    ]);
  }

  private layout(width: number, height: number): void {
    const s = layoutScale(width, height);
    const margin = space.l * s;
    const gap = space.m * s;
    this.title.setStyle(textStyle('heading', s, { fontStyle: '700' }));
    // A title that would run under the pause tab (a large text size, a narrow window) starts
    // below it.
    const underTab = margin + this.title.width > pauseTabLeft(this) - space.s * s;
    this.title.setPosition(margin, underTab ? Math.max(margin, pauseTabBottom(s) + 4 * s) : margin);
    this.verdict
      .setStyle(
        textStyle('body', s, { color: colors.inkMuted, wordWrap: { width: width - 2 * margin } }),
      )
      .setPosition(margin, this.title.y + this.title.height + 2 * s);
    this.header = { x: 0, y: 0, width, height: this.verdict.y + this.verdict.height };
    let top = this.verdict.y + this.verdict.height + gap;
    // At a large text size the panels do not all fit one screen: they come in pages.
    const paged = currentTextFactor() > 1;
    this.tabs.setShown(paged);
    if (paged) top += this.tabs.layout(margin, top, width - 2 * margin, s) + gap / 2;
    this.showPage(paged ? this.tabs.page : null);

    const buttonWidth = buttonWidthFor(
      this,
      this.continueButton.proxy.textContent ?? '',
      s,
      300 * s,
    );
    const buttonHeight = 50 * s;
    const body = { x: margin, y: top, width: width - 2 * margin, height: height - top - margin };
    if (paged) {
      body.height -= buttonHeight + gap;
      this.layoutPage(this.tabs.page, body, s, gap);
    } else this.layoutAll(body, s, gap, buttonHeight);
    // One page: under the third column only, as the first two run to the foot of the screen.
    const maxButton = paged ? body.width : this.columnC;
    this.continueButton
      .setBox(Math.min(buttonWidth, maxButton), buttonHeight, s)
      .setPosition(
        width - margin - Math.min(buttonWidth, maxButton) / 2,
        height - margin - buttonHeight / 2,
      );
  }

  /** Shows the panels of one page (null: every panel, on one screen) and hides the rest. */
  private showPage(page: number | null): void {
    const on = (name: PanelName) => page === null || REVIEW_PAGES[page]!.panels.includes(name);
    for (const [name, panel] of Object.entries(this.panels)) panel.setShown(on(name as PanelName));
    for (const tile of this.tiles)
      for (const text of [tile.name, tile.value, tile.note]) text.setVisible(on('measured'));
    this.sample.setVisible(on('measured'));
    this.extra.setVisible(on('measured'));
    this.trend.setShown(on('trends'));
    this.money.setShown(on('money'));
    this.heat.setShown(on('heat'));
    this.heatHint.setVisible(on('heat'));
    for (const gauge of this.gauges) gauge.setShown(on('gaps'));
    this.driverList.setShown(on('drivers'));
    this.comments.setShown(on('verbatims'));
    // The "did you know?" card stands with the customers' words.
    this.fact.setVisible(on('verbatims'));
  }

  /** The third column's width in the one-page layout (the button stands under it). */
  private columnC = 0;

  /** Every panel on one screen, in three columns (the normal text size). */
  private layoutAll(body: Rect, s: number, gap: number, buttonHeight: number): void {
    const { width, height: bodyHeight, y: top } = body;
    // The button sits under the third column only: the first two run to the foot of the screen,
    // so the heat map's cells have room for a name on two lines and its score.
    // The heat map's column is the widest: its cells hold a long Dutch name on two lines.
    // On a narrow screen (an XGA projector's 1024 px) the fonts stay at their floor while the
    // columns shrink: the heat map then takes a larger share, or its names would not fit.
    const narrow = this.scale.width < 1200;
    const colA = (width - gap * 2) * (narrow ? 0.27 : 0.31);
    const colB = (width - gap * 2) * (narrow ? 0.48 : 0.4);
    const colC = width - gap * 2 - colA - colB;
    this.columnC = colC;
    const xA = body.x;
    const xB = xA + colA + gap;
    const xC = xB + colB + gap;
    // The "did you know?" card stands above the button, both under the third column.
    this.fact
      .setStyle(
        textStyle('small', s, {
          color: colors.inkMuted,
          wordWrap: { width: colC, useAdvancedWrap: true },
        }),
      )
      .setOrigin(0, 1)
      .setPosition(xC, top + bodyHeight - buttonHeight - gap / 2);
    this.factFrame = {
      x: xC,
      y: this.fact.y - this.fact.height,
      width: colC,
      height: this.fact.height,
    };
    const columnCHeight = bodyHeight - buttonHeight - gap * 1.5 - this.fact.height;

    // Column A: measured tiles, then the two trend charts.
    const measuredHeight = this.layoutMeasured(xA, top, colA, 206 * s, s);
    const chartHeight = (bodyHeight - measuredHeight - gap * 2) / 2;
    this.layoutChart(
      this.panels.trends,
      this.trend,
      xA,
      top + measuredHeight + gap,
      colA,
      chartHeight,
      s,
    );
    this.layoutChart(
      this.panels.money,
      this.money,
      xA,
      top + measuredHeight + gap * 2 + chartHeight,
      colA,
      chartHeight,
      s,
    );

    // Column B: heat map, then the five gap gauges.
    const gaugesHeight = this.gaugesHeight(colB, s, 64 * s);
    this.layoutHeat(xB, top, colB, bodyHeight - gaugesHeight - gap, s, gap);
    this.layoutGauges(xB, top + bodyHeight - gaugesHeight, colB, gaugesHeight, s, 64 * s);

    // Column C: drivers, then comments.
    // Room for three scores with two reasons each at 1366×768; the comments take what is left.
    const driversHeight = columnCHeight * 0.58;
    const drivers = this.panels.drivers.layout(xC, top, colC, driversHeight, s).inner;
    this.driverList.layout(drivers.x, drivers.y, drivers.width, drivers.height, s);
    const comments = this.panels.verbatims.layout(
      xC,
      top + driversHeight + gap,
      colC,
      columnCHeight - driversHeight - gap,
      s,
    ).inner;
    this.comments.layout(comments.x, comments.y, comments.width, comments.height, s);
  }

  /**
   * One page of panels, each with the room a large text size asks for: the scores and why they
   * moved; the touchpoints; what customers said; the trends, money and gaps.
   */
  private layoutPage(page: number, body: Rect, s: number, gap: number): void {
    const { x, y, width, height } = body;
    if (page === 0) {
      const left = (width - gap) * 0.52;
      // The figures at the card's top, its frame the column's height.
      if (this.layoutMeasured(x, y, left, 206 * s, s, 12 * s) < height)
        this.panels.measured.layout(x, y, left, height, s);
      const drivers = this.panels.drivers.layout(
        x + left + gap,
        y,
        width - left - gap,
        height,
        s,
      ).inner;
      // Lines at the body size: the list has half the page.
      this.driverList.layout(drivers.x, drivers.y, drivers.width, drivers.height, s, 'body');
    } else if (page === 1) {
      this.layoutHeat(x, y, width, height, s, gap);
    } else if (page === 2) {
      // The customers' words, lines short enough to read across a room; the "did you know?"
      // card beside them.
      const left = (width - gap) * 0.62;
      const comments = this.panels.verbatims.layout(x, y, left, height, s).inner;
      this.comments.layout(comments.x, comments.y, comments.width, comments.height, s, 'body');
      const factX = x + left + gap * 2;
      const factWidth = width - left - gap * 2;
      this.fact
        .setStyle(
          textStyle('small', s, {
            color: colors.inkMuted,
            wordWrap: { width: factWidth, useAdvancedWrap: true },
          }),
        )
        .setOrigin(0, 0)
        .setPosition(factX, y + this.panels.verbatims.pad);
      this.factFrame = { x: factX, y: this.fact.y, width: factWidth, height: this.fact.height };
    } else {
      const ringSize = 110 * s;
      const gaugesHeight = this.gaugesHeight(width, s, ringSize);
      const chartWidth = (width - gap) / 2;
      const chartHeight = height - gaugesHeight - gap;
      this.layoutChart(this.panels.trends, this.trend, x, y, chartWidth, chartHeight, s);
      this.layoutChart(
        this.panels.money,
        this.money,
        x + chartWidth + gap,
        y,
        chartWidth,
        chartHeight,
        s,
      );
      this.layoutGauges(x, y + height - gaugesHeight, width, gaugesHeight, s, ringSize);
    }
  }

  /**
   * The measured scores' card at (x, y): tiles, then the sample line, engagement and cash at its
   * foot. It grows past `height` when its notes wrap (a narrow screen, Dutch), so the sample line
   * never runs over them. Returns its height.
   */
  private layoutMeasured(
    x: number,
    y: number,
    width: number,
    height: number,
    s: number,
    spacing = 2 * s,
  ): number {
    let measuredHeight = height;
    let measured = this.panels.measured.layout(x, y, width, measuredHeight, s).inner;
    const tileWidth = measured.width / 3;
    this.tiles.forEach((tile, i) => {
      const tx = measured.x + i * tileWidth;
      const notMeasured = this.model.measured[i]!.value === null;
      tile.name
        .setStyle(textStyle('small', s, { fontStyle: '700', color: colors.inkMuted }))
        .setPosition(tx, measured.y);
      tile.value
        .setStyle(
          textStyle('heading', s, {
            fontStyle: '700',
            color: notMeasured ? colors.inkMuted : colors.ink,
          }),
        )
        .setPosition(tx, tile.name.y + tile.name.height);
      tile.note
        .setStyle(
          textStyle('small', s * 0.92, {
            color: colors.inkMuted,
            wordWrap: { width: tileWidth - 6 * s },
          }),
        )
        .setPosition(tx, tile.value.y + tile.value.height + 2 * s);
    });
    // Engagement and cash at the foot, wrapped where the words run long (Dutch); the sample
    // line stands above them.
    this.extra
      .setStyle(textStyle('small', s, { fontStyle: '600', wordWrap: { width: measured.width } }))
      .setOrigin(0, 1)
      .setPosition(measured.x, measured.y + measured.height + 4 * s);
    this.extra.setText(this.extraParts.join('  ·  '));
    if (this.extra.getWrappedText().length > 1) this.extra.setText(this.extraParts.join('\n'));
    this.sample
      .setStyle(
        textStyle('small', s, {
          color: colors.inkMuted,
          wordWrap: { width: measured.width },
        }),
      )
      .setOrigin(0, 1)
      .setPosition(measured.x, this.extra.y - this.extra.height);
    const tilesBottom = Math.max(...this.tiles.map((t) => t.note.y + t.note.height));
    const overlap = tilesBottom + spacing - this.sample.y + this.sample.height;
    if (overlap > 0) {
      measuredHeight += overlap;
      measured = this.panels.measured.layout(x, y, width, measuredHeight, s).inner;
      this.extra.setY(measured.y + measured.height + 4 * s);
      this.sample.setY(this.extra.y - this.extra.height);
    }
    return measuredHeight;
  }

  private layoutChart(
    panel: Panel,
    chart: TrendChart,
    x: number,
    y: number,
    width: number,
    height: number,
    s: number,
  ): void {
    const inner = panel.layout(x, y, width, height, s).inner;
    chart.layout(inner.x, inner.y, inner.width, inner.height, s);
  }

  /** The heat map's card; the hatching's key on the heading's line where it fits, else under. */
  private layoutHeat(
    x: number,
    y: number,
    width: number,
    height: number,
    s: number,
    gap: number,
  ): void {
    const heat = this.panels.heat.layout(x, y, width, height, s).inner;
    this.heatHint.setStyle(
      textStyle('small', s, { color: colors.inkMuted, wordWrap: { width: heat.width } }),
    );
    // Beside the heading, short of the card's "?".
    const room = this.panels.heat.headingRoom - this.panels.heat.headingWidth - gap;
    const besideHeading = this.heatHint.width <= room;
    if (besideHeading)
      this.heatHint
        .setOrigin(1, 1)
        .setPosition(heat.x + this.panels.heat.headingRoom, heat.y - 6 * s);
    else this.heatHint.setOrigin(0, 1).setPosition(heat.x, heat.y + heat.height + 2 * s);
    const heatCells = heat.height - (besideHeading ? 0 : this.heatHint.height + 4 * s);
    this.heat.layout(heat.x, heat.y, heat.width, heatCells, s);
  }

  /** The gauges' labels, a line apart where neighbours' would meet ("Implementatiekloof"). */
  private gaugeLabels(width: number, s: number): { scale: number; drop: number; height: number } {
    const scale = s * 0.85;
    const height = Math.max(0, ...this.gauges.map((g) => g.labelHeight(scale)));
    const widest = Math.max(0, ...this.gauges.map((g) => g.labelWidth));
    const crowded = widest > width / 5 - 8 * s;
    return { scale, height, drop: crowded ? height + 2 * s : 0 };
  }

  /** The gaps card's height for `width`: heading, rings, and their (staggered) labels. */
  private gaugesHeight(width: number, s: number, ringSize: number): number {
    const inner = width - 2 * this.panels.gaps.pad;
    const labels = this.gaugeLabels(inner, s);
    const chrome = 126 * s - this.panels.gaps.layout(0, 0, width, 126 * s, s).inner.height;
    const ring = Math.min(inner / 5 - 10 * s, ringSize);
    return Math.max(
      126 * s,
      chrome + ring / 2 + 8 * s + 8 * labels.scale + labels.drop + labels.height + 4 * s,
    );
  }

  private layoutGauges(
    x: number,
    y: number,
    width: number,
    height: number,
    s: number,
    ringSize: number,
  ): void {
    const gaps = this.panels.gaps.layout(x, y, width, height, s).inner;
    const labels = this.gaugeLabels(gaps.width, s);
    // Wide enough that the number sits in the ring's hole, clear of the ring.
    const size = Math.min(gaps.width / 5 - 10 * s, ringSize);
    this.gauges.forEach((gauge, i) => {
      const cx = gaps.x + (gaps.width / 5) * (i + 0.5);
      gauge.layout(cx, gaps.y + size / 2 + 8 * s, size, labels.scale, (i % 2) * labels.drop);
    });
  }

  private continue(): void {
    const { game, audio } = this.services;
    audio.play('confirm');
    game.getState().continueGame();
    releaseFocus();
    showCurrentPhase(this);
  }
}
