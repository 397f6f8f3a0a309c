import Phaser from 'phaser';
import { AccessibleButton } from '../ui/AccessibleButton';
import { ButtonMenu } from '../ui/ButtonMenu';
import { createProxyLayer } from '../ui/proxyLayer';
import { leaveFor } from '../ui/review/leaveScene';
import { Panel } from '../ui/review/Panel';
import { buttonWidthFor } from '../ui/review/buttonWidth';
import { placeCards } from '../ui/scorecardCells';
import {
  formatMoneyIn,
  formatNumber,
  formatCount,
  formatSigned,
  scorecardMoneyUnit,
  type MoneyUnit,
} from '../ui/review/format';
import { renderReviewReader } from '../ui/review/reviewReader';
import { onLanguageChange, onResize, untilShutdown } from '../ui/sceneBindings';
import { createScreenReaderText } from '../ui/screenReaderText';
import { addText, textStyle } from '../ui/textStyle';
import { chartColors, colors, hexToNumber, layoutScale, space } from '../ui/theme';
import {
  PERSPECTIVES,
  buildEndModel,
  type EndModel,
  type ScorecardLine,
} from '../ui/viewModels/endModel';
import { installPauseMenu } from './PauseMenu';
import { SceneKeys, announceSceneReady } from './keys';
import { gameQuarters } from '../state/gameStore';
import { servicesOf, type Services } from './services';
import { installTutorialCoach } from './tutorialCoach';
import { helpAnchor } from '../ui/help/helpButton';
import { registerNamedObject } from '../ui/namedObjects';

/** A figure in the unit its target is written in (money in the scorecard's one unit). */
function formatTargetValue(
  metric: ScorecardLine['metric'],
  value: number,
  lang: string,
  money: MoneyUnit,
): string {
  switch (metric) {
    case 'nps':
      return formatSigned(value, lang, 0);
    case 'csat':
    case 'retention':
      return `${formatNumber(value, lang, 0)}%`;
    case 'ces':
      return formatNumber(value, lang, 1);
    case 'knowledgeGap':
      return formatNumber(value, lang, 2);
    case 'profit':
    case 'cash':
      return formatMoneyIn(money, value, lang);
    case 'customers':
      return formatCount(value, lang);
    default:
      return formatNumber(value, lang, 0);
  }
}

/**
 * The end of the game: the balanced scorecard against the scenario's targets, won or lost (also
 * when the money ran out early), and the way into the debrief.
 */
export class EndScene extends Phaser.Scene {
  private services!: Services;
  private model!: EndModel;
  private title!: Phaser.GameObjects.Text;
  private result!: Phaser.GameObjects.Text;
  private summary!: Phaser.GameObjects.Text;
  private badge!: Phaser.GameObjects.Graphics;
  private marks!: Phaser.GameObjects.Graphics;
  private panels!: Panel[];
  private rows!: { name: Phaser.GameObjects.Text; figures: Phaser.GameObjects.Text }[];
  private debriefButton!: AccessibleButton;
  private titleButton!: AccessibleButton;
  private reader!: HTMLElement;

  constructor() {
    super(SceneKeys.End);
  }

  create(): void {
    this.services = servicesOf(this);
    const { game, i18n, audio, overlay } = this.services;
    const session = game.getState().session;
    if (!session || session.results.length === 0) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    // A class ends after its own number of quarters: "after 4 of 4", not "after 4 of 8".
    this.model = {
      ...buildEndModel(session.scenario, session.results),
      quarters: gameQuarters(game.getState()),
    };

    this.badge = this.add.graphics();
    this.marks = this.add.graphics().setDepth(2);
    this.title = addText(this);
    this.result = addText(this);
    this.summary = addText(this);
    this.panels = PERSPECTIVES.map(() => new Panel(this));
    this.rows = this.model.lines.map((line) => {
      const card = this.panels[PERSPECTIVES.indexOf(line.perspective)]!;
      const row = { name: addText(this), figures: addText(this) };
      card.frame(row.name).frame(row.figures);
      return row;
    });

    const layer = createProxyLayer(this, overlay);
    this.reader = createScreenReaderText(layer, 'section');
    const menu = new ButtonMenu(layer, i18n.t('play.end.heading'));
    this.debriefButton = menu.add(
      new AccessibleButton(this, {
        name: 'end.debrief',
        label: '',
        proxyParent: menu.element,
        variant: 'primary',
        onActivate: () => {
          audio.play('confirm');
          leaveFor(this, SceneKeys.Debrief);
        },
        onRejected: () => audio.play('warning'),
        onFocus: () => audio.play('select'),
      }),
    );
    this.titleButton = menu.add(
      new AccessibleButton(this, {
        name: 'end.title',
        label: '',
        proxyParent: menu.element,
        onActivate: () => {
          audio.play('confirm');
          // The finished game stays saved; the session is closed.
          game.getState().leave();
          leaveFor(this, SceneKeys.Title);
        },
        onFocus: () => audio.play('select'),
      }),
    );

    this.renderTexts();
    this.layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, () => {
      this.renderTexts();
      this.layout(this.scale.width, this.scale.height);
    });
    onResize(this, (width, height) => this.layout(width, height));
    audio.play(
      this.model.result === 'won' ? 'good' : this.model.result === 'lost' ? 'bad' : 'event',
    );
    // The scorecard explains itself: a "?" on its first card.
    const first = this.panels[0]!;
    untilShutdown(
      this,
      registerNamedObject('end.scorecard', () => first.bounds),
    );
    untilShutdown(this, helpAnchor(this.game, overlay, i18n, 'end.scorecard', 'end.scorecard'));
    installPauseMenu(this);
    installTutorialCoach(this, 'end');
    announceSceneReady(this);
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.services.i18n.t(key, options);
  }

  private renderTexts(): void {
    const m = this.model;
    const lang = this.services.i18n.language;
    this.title.setText(this.t('play.end.heading'));
    const lines = [this.t(`play.end.result.${m.result}`)];
    if (m.bankrupt) lines.unshift(this.t('play.end.bankrupt', { quarter: m.quartersPlayed }));
    this.result.setText(lines.join('\n'));
    this.summary.setText(
      this.t('play.end.summary', {
        met: m.met,
        total: m.lines.length,
        played: m.quartersPlayed,
        quarters: m.quarters,
      }),
    );
    PERSPECTIVES.forEach((p, i) => this.panels[i]!.setHeading(this.t(`play.end.perspective.${p}`)));
    const money = scorecardMoneyUnit(m.lines, (l) => l.value);
    m.lines.forEach((line, i) => {
      const row = this.rows[i]!;
      row.name.setText(this.t(line.nameKey));
      // Where a narrow card wraps the line, it wraps at the dot: "Niet gehaald" stays whole.
      const whole = (text: string) => text.replaceAll(' ', '\u00a0');
      row.figures.setText(
        `${whole(`${this.t('play.end.actual')}: ${formatTargetValue(line.metric, line.value, lang, money)}`)}   ·   ${whole(this.t(line.met ? 'play.end.met' : 'play.end.missed'))}`,
      );
    });
    this.debriefButton.setLabel(this.t('play.end.debrief'));
    this.debriefButton.setDescription(
      this.debriefButton.enabled ? '' : this.t('play.end.debriefUnavailable'),
    );
    this.titleButton.setLabel(this.t('play.end.title'));
    renderReviewReader(this.reader, this.title.text, [
      { heading: this.result.text, lines: [this.summary.text] },
      ...PERSPECTIVES.map((p) => ({
        heading: this.t(`play.end.perspective.${p}`),
        lines: m.lines
          .filter((l) => l.perspective === p)
          .map((l) =>
            this.t('play.end.line', {
              name: this.t(l.nameKey),
              actual: formatTargetValue(l.metric, l.value, lang, money),
              verdict: this.t(l.met ? 'play.end.met' : 'play.end.missed'),
            }),
          ),
      })),
    ]);
  }

  private layout(width: number, height: number): void {
    const s = layoutScale(width, height);
    const margin = space.xl * s;
    const gap = space.m * s;
    const m = this.model;
    const contentWidth = Math.min(width - margin * 2, 1280 * s);
    const left = (width - contentWidth) / 2;

    // A badge: a ring with a tick (won), a dash (mixed) or a cross (lost); shape carries meaning.
    const badgeSize = 84 * s;
    const bx = left + badgeSize / 2;
    const by = margin + badgeSize / 2;
    const color =
      m.result === 'won'
        ? chartColors.blue
        : m.result === 'mixed'
          ? chartColors.orange
          : chartColors.vermillion;
    const g = this.badge;
    g.clear();
    g.fillStyle(hexToNumber(color), 1);
    g.fillCircle(bx, by, badgeSize / 2);
    g.lineStyle(8 * s, 0xffffff, 1);
    if (m.result === 'won') {
      g.beginPath();
      g.moveTo(bx - 18 * s, by + 2 * s);
      g.lineTo(bx - 5 * s, by + 15 * s);
      g.lineTo(bx + 20 * s, by - 13 * s);
      g.strokePath();
    } else if (m.result === 'mixed') {
      g.lineBetween(bx - 18 * s, by, bx + 18 * s, by);
    } else {
      g.lineBetween(bx - 15 * s, by - 15 * s, bx + 15 * s, by + 15 * s);
      g.lineBetween(bx + 15 * s, by - 15 * s, bx - 15 * s, by + 15 * s);
    }

    const textLeft = left + badgeSize + gap * 1.5;
    const textWidth = contentWidth - badgeSize - gap * 1.5;
    this.title
      .setStyle(textStyle('heading', s * 1.2, { fontStyle: '700' }))
      .setPosition(textLeft, margin - 6 * s);
    this.result
      .setStyle(textStyle('large', s, { wordWrap: { width: textWidth } }))
      .setPosition(textLeft, this.title.y + this.title.height + 4 * s);
    this.summary
      .setStyle(textStyle('body', s, { color: colors.inkMuted, fontStyle: '600' }))
      .setPosition(textLeft, this.result.y + this.result.height + 6 * s);

    const gridTop = Math.max(by + badgeSize / 2, this.summary.y + this.summary.height) + gap;
    // The buttons' row: their height and a gap above them, the rest of the window is the grid's.
    const buttonHeight = 52 * s;
    const footer = buttonHeight + gap;
    const gridHeight = height - gridTop - footer - margin * 0.5;
    const cellWidth = (columns: number) => (contentWidth - gap * (columns - 1)) / columns;
    const cellX = (column: number, columns: number) => left + column * (cellWidth(columns) + gap);
    // Each card as tall as it needs, measured with its wrapped lines at its column's width (see
    // `placeCards`: a two-by-two grid where that fits, else columns that stack their cards).
    const { columns, cells } = placeCards(
      (n) =>
        PERSPECTIVES.map((_, i) => {
          const panel = this.panels[i]!.layout(
            cellX(i % n, n),
            gridTop,
            cellWidth(n),
            gridHeight,
            s,
          );
          return this.placeGoals(i, panel.inner, s) - gridTop + panel.pad * 0.75;
        }),
      gridHeight,
      gap,
    );
    this.marks.clear();
    cells.forEach((cell, i) => {
      const x = cellX(cell.column, columns);
      const inner = this.panels[i]!.layout(
        x,
        gridTop + cell.y,
        cellWidth(columns),
        cell.height,
        s,
      ).inner;
      this.placeGoals(i, inner, s, true);
    });

    const y = height - margin * 0.5 - footer / 2;
    const debriefWidth = buttonWidthFor(
      this,
      this.debriefButton.proxy.textContent ?? '',
      s,
      300 * s,
    );
    const titleWidth = buttonWidthFor(this, this.titleButton.proxy.textContent ?? '', s, 280 * s);
    this.debriefButton
      .setBox(debriefWidth, buttonHeight, s)
      .setPosition(left + contentWidth - debriefWidth / 2, y);
    this.titleButton
      .setBox(titleWidth, buttonHeight, s)
      .setPosition(left + contentWidth - debriefWidth - gap - titleWidth / 2, y);
  }

  /**
   * Sets out one card's targets from `inner`'s top and returns where they end: each target's name
   * with its result under it. Draws the met/missed marks only when `draw` is set (the final pass;
   * the first only measures).
   */
  private placeGoals(
    card: number,
    inner: { x: number; y: number; width: number },
    s: number,
    draw = false,
  ): number {
    const m = this.model;
    const marks = this.marks;
    const perspective = PERSPECTIVES[card];
    const textX = inner.x + 32 * s;
    const room = inner.width - 36 * s;
    let rowY = inner.y;
    m.lines.forEach((line, j) => {
      if (line.perspective !== perspective) return;
      const row = this.rows[j]!;
      const iconX = inner.x + 12 * s;
      row.name
        .setStyle(textStyle('body', s, { fontStyle: '600', wordWrap: { width: room } }))
        .setPosition(textX, rowY);
      // A narrow column (three of them at projector text) wraps the result after its figure.
      row.figures.setStyle(
        textStyle('dense', s, {
          color: line.met ? colors.ink : colors.danger,
          wordWrap: { width: room },
        }),
      );
      row.figures.setPosition(textX, row.name.y + row.name.height + 1 * s);
      if (draw) {
        const cy = rowY + 12 * s;
        if (line.met) {
          marks.fillStyle(hexToNumber(chartColors.blue), 1);
          marks.fillCircle(iconX, cy, 10 * s);
          marks.lineStyle(3 * s, 0xffffff, 1);
          marks.beginPath();
          marks.moveTo(iconX - 5 * s, cy);
          marks.lineTo(iconX - 1 * s, cy + 4 * s);
          marks.lineTo(iconX + 5 * s, cy - 4 * s);
          marks.strokePath();
        } else {
          marks.fillStyle(hexToNumber(chartColors.vermillion), 1);
          marks.fillTriangle(
            iconX,
            cy - 11 * s,
            iconX + 11 * s,
            cy + 9 * s,
            iconX - 11 * s,
            cy + 9 * s,
          );
          marks.fillStyle(0xffffff, 1);
          marks.fillRect(iconX - 1.5 * s, cy - 4 * s, 3 * s, 7 * s);
          marks.fillRect(iconX - 1.5 * s, cy + 4.5 * s, 3 * s, 2.5 * s);
        }
      }
      rowY = row.figures.y + row.figures.height + 8 * s;
    });
    return rowY;
  }
}
