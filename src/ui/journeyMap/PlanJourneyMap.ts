import type Phaser from 'phaser';
import type { I18n } from '../../i18n';
import { channelIconKind, drawChannelIcon } from '../icons';
import type { Rect } from '../namedObjects';
import { asLabel } from '../plan/text';
import { addText, currentTextFactor, textStyle } from '../textStyle';
import { chartColors, colors, focusRingWidth, hexToNumber, radius, space } from '../theme';
import type {
  JourneyMapModel,
  MapChannel,
  MapTouchpoint,
  Selection,
} from '../viewModels/planModel';
import { drawMarker, MARKERS, type Marker } from './markers';
import { MapNode } from './MapNode';
import { FIT_FACTORS, fitLabel, fitLabelsAlike } from './fitLabel';
import { frameText } from '../textFrames';
import { shortLabel } from '../../i18n/shortLabel';

const c = hexToNumber;

/**
 * The plan's centrepiece: stages as columns, touchpoints as cards in them, the channels beneath.
 * Selecting a touchpoint or channel draws the links between them and opens its controls.
 */
export class PlanJourneyMap {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly links: Phaser.GameObjects.Graphics;
  private readonly stageTexts: Phaser.GameObjects.Text[] = [];
  /** Each stage's name as written (with any soft hyphens), and its header's box. */
  private stageNames: string[] = [];
  /** Each stage's short label, where its level gives one: shown with the cards' short labels. */
  private stageShortNames: (string | null)[] = [];
  private stageFrames: Rect[] = [];
  private readonly tpTexts = new Map<string, Phaser.GameObjects.Text>();
  /** Each touchpoint's name as written (with any soft hyphens), before fitting it to its card. */
  private readonly tpNames = new Map<string, string>();
  /** Each touchpoint's short label, where its level gives one (`….short` beside `….name`). */
  private readonly tpShortNames = new Map<string, string>();
  /** Whether the cards show the short labels: only when the full names leave a stage no room. */
  private short = false;
  private readonly chTexts = new Map<string, Phaser.GameObjects.Text>();
  /** Each channel's name, and its short label where its level gives one. */
  private readonly chNames = new Map<string, string>();
  private readonly chShortNames = new Map<string, string>();
  private readonly tpNodes = new Map<string, MapNode>();
  private readonly chNodes = new Map<string, MapNode>();
  private readonly channelsTitle: Phaser.GameObjects.Text;
  private readonly legendTexts: Phaser.GameObjects.Text[] = [];
  private readonly legendMarks: Marker[] = ['surveyed', 'invested', 'redesign', 'peak', 'end'];
  private area: Rect = { x: 0, y: 0, width: 800, height: 600 };
  private scale = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private model: JourneyMapModel,
    private readonly i18n: I18n,
    group: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
  ) {
    this.links = scene.add.graphics();
    this.g = scene.add.graphics();
    const redraw = () => this.draw();
    model.stages.forEach((_, i) => {
      const text = addText(scene);
      frameText(text, () => this.stageFrames[i] ?? null);
      this.stageTexts.push(text);
    });
    for (const tp of model.touchpoints) {
      const text = addText(scene);
      frameText(text, () => this.tpNodes.get(tp.id)?.bounds ?? null);
      this.tpTexts.set(tp.id, text);
      this.tpNodes.set(
        tp.id,
        new MapNode(
          scene,
          group,
          `plan.tp.${tp.id}`,
          () => this.select('touchpoint', tp.id),
          redraw,
        ),
      );
    }
    this.channelsTitle = addText(scene);
    for (const ch of model.channels) {
      const text = addText(scene);
      frameText(text, () => this.chNodes.get(ch.id)?.bounds ?? null);
      this.chTexts.set(ch.id, text);
      this.chNodes.set(
        ch.id,
        new MapNode(scene, group, `plan.ch.${ch.id}`, () => this.select('channel', ch.id), redraw),
      );
    }
    this.legendMarks.forEach(() => this.legendTexts.push(addText(scene)));
    this.enableArrowKeys(group);
  }

  setModel(model: JourneyMapModel): void {
    this.model = model;
    this.renderTexts();
    this.draw();
  }

  focusNode(selection: Selection): void {
    if (!selection) return;
    const nodes = selection.kind === 'touchpoint' ? this.tpNodes : this.chNodes;
    nodes.get(selection.id)?.proxy.focus();
  }

  private select(kind: 'touchpoint' | 'channel', id: string): void {
    this.onSelect({ kind, id });
  }

  /** Arrow keys move between the map's places; Tab still walks them in reading order. */
  private enableArrowKeys(group: HTMLElement): void {
    group.addEventListener('keydown', (event) => {
      const order = [...this.tpNodes.values(), ...this.chNodes.values()];
      const i = order.findIndex((n) => n.proxy === document.activeElement);
      if (i < 0) return;
      const step =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? 1
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? -1
            : 0;
      if (!step) return;
      event.preventDefault();
      order[(i + step + order.length) % order.length]!.proxy.focus();
    });
  }

  renderTexts(): void {
    const t = (key: string) => this.i18n.t(key);
    this.stageNames = this.model.stages.map((s) => asLabel(t(s.name)));
    this.stageShortNames = this.model.stages.map((s) => {
      const short = shortLabel(this.i18n, s.name);
      return short === null ? null : asLabel(short);
    });
    this.stageNames.forEach((name, i) => this.stageTexts[i]!.setText(name));
    for (const tp of this.model.touchpoints) {
      this.tpNames.set(tp.id, asLabel(t(tp.name)));
      const tpShort = shortLabel(this.i18n, tp.name);
      if (tpShort !== null) this.tpShortNames.set(tp.id, asLabel(tpShort));
      else this.tpShortNames.delete(tp.id);
      this.tpTexts.get(tp.id)!.setText(this.tpNames.get(tp.id)!);
      this.tpNodes.get(tp.id)!.describe(this.describeTouchpoint(tp), tp.selected);
    }
    this.channelsTitle.setText(t('game.plan.channels'));
    for (const ch of this.model.channels) {
      this.chNames.set(ch.id, asLabel(t(ch.name)));
      this.chTexts.get(ch.id)!.setText(this.chNames.get(ch.id)!);
      const chShort = shortLabel(this.i18n, ch.name);
      if (chShort !== null) this.chShortNames.set(ch.id, asLabel(chShort));
      else this.chShortNames.delete(ch.id);
      this.chNodes.get(ch.id)!.describe(this.describeChannel(ch), ch.selected);
    }
    this.legendMarks.forEach((m, i) => this.legendTexts[i]!.setText(t(`game.plan.state.${m}`)));
  }

  private describeTouchpoint(tp: MapTouchpoint): string {
    const t = (key: string) => this.i18n.t(key);
    const states = (
      [
        ['removed', tp.removed],
        ['unserved', !tp.served && !tp.removed],
        ['redesign', tp.redesign],
        ['invested', tp.invested],
        ['peak', tp.peak],
        ['end', tp.end],
        ['surveyed', tp.surveyed],
        ['refused', tp.refused],
      ] as const
    )
      .filter(([, on]) => on)
      .map(([k]) => t(`game.plan.state.${k}`));
    return [asLabel(t(tp.name)), ...states].join(', ');
  }

  private describeChannel(ch: MapChannel): string {
    const t = (key: string) => this.i18n.t(key);
    const states = [
      t(`game.plan.state.${ch.open ? 'open' : 'closed'}`),
      ...(ch.connected ? [t('game.plan.state.connected')] : []),
      ...(ch.funded ? [t('game.plan.state.funded')] : []),
    ];
    return [asLabel(t(ch.name)), ...states].join(', ');
  }

  layout(area: Rect, scale: number): void {
    this.area = area;
    this.scale = scale;
    this.draw();
  }

  private draw(): void {
    const { area, scale, model } = this;
    const g = this.g;
    g.clear();
    this.links.clear();
    const stages = model.stages.length;
    const gap = space.s * scale;
    const colW = (area.width - gap * (stages - 1)) / stages;
    // The markers' key sits on the channels' title line where it fits there, else at the foot.
    this.channelsTitle.setStyle(textStyle('small', scale, { fontStyle: '700', color: colors.ink }));
    const legendBeside =
      this.channelsTitle.width + space.l * scale + this.legendWidth() <= area.width;
    const legendH = legendBeside ? 0 : 26 * scale;
    const perRow = Math.max(3, Math.floor(area.width / (230 * scale)));
    const channelRows = Math.ceil(model.channels.length / perRow);
    const pillW = (area.width - gap * (perRow - 1)) / perRow;
    // Pills grow to hold a name on two lines (a narrow window, a long Dutch name).
    let chH = 36 * scale;
    for (const ch of model.channels) {
      const text = this.styleChannel(ch, pillW, chH);
      chH = Math.max(chH, text.height + 8 * scale);
    }
    const channelsH = 28 * scale + channelRows * chH + (channelRows - 1) * gap;
    const mapBottom = area.y + area.height - legendH - channelsH - space.m * scale;

    // Stage headers first: the tallest decides where the cards start. Full names, until the
    // cards are found to need their short labels.
    this.short = false;
    let headerH = this.fitStageHeaders(colW, gap);
    let column = mapBottom - area.y - headerH - gap;
    // Cards are as tall as their longest name needs (with room for the markers). Where the
    // stages have no room for that, each card takes what its own name needs, so a long Dutch
    // name gets its lines from a short neighbour; a slot each only when even that cannot fit.
    const cardW = colW - 8 * scale;
    let factor = 1;
    // The least a card can be: its name (from 6 px below its top) and its markers' row.
    const least = new Map<string, number>();
    const needs = (largest = 1) => {
      const need = new Map<string, number>();
      factor = this.fitTouchpointNames(cardW, largest);
      for (const tp of model.touchpoints) {
        const text = this.tpTexts.get(tp.id)!;
        // Room under the name for the markers' row, where the card has markers.
        const marks = MARKERS.some((m) => tp[m]) ? 32 : 14;
        // Short labels are a line or two: their cards may be lower, so more fit a stage.
        need.set(tp.id, Math.max((this.short ? 44 : 60) * scale, text.height + marks * scale));
        least.set(tp.id, text.height + (marks - 4) * scale);
      }
      return need;
    };
    const stageCards = model.stages.map((_, st) =>
      model.touchpoints.filter((tp) => tp.stage === st),
    );
    const total = (cards: MapTouchpoint[], h: (id: string) => number) =>
      cards.reduce((sum, tp) => sum + h(tp.id), 0) + gap * Math.max(0, cards.length - 1);
    const overflows = () =>
      stageCards.some((cards) => total(cards, (id) => need.get(id)!) > column);
    let need = needs();
    // Where the names leave a stage no room, a full name fits its card only by breaking a word,
    // or at a large text size it must shrink to fit, every card shows its short label at one
    // size; the full name stays the card's spoken name and heads its controls.
    const shrunk = factor === 0 || (factor < 1 && currentTextFactor() > 1);
    if (this.tpShortNames.size > 0 && (shrunk || overflows())) {
      this.short = true;
      // A stage with a short label shows it too (a header of five lines left its cards no room).
      if (this.stageShortNames.some((n) => n !== null)) {
        headerH = this.fitStageHeaders(colW, gap);
        column = mapBottom - area.y - headerH - gap;
      }
      need = needs();
      // Still short of height: the headers and labels step down together (fewer lines).
      for (const largest of FIT_FACTORS.slice(1)) {
        if (!overflows()) break;
        headerH = this.fitStageHeaders(colW, gap, largest);
        column = mapBottom - area.y - headerH - gap;
        need = needs(largest);
      }
    }
    const uniform = Math.max(84 * scale, ...need.values());
    const heights = new Map<string, number>();
    stageCards.forEach((cards) => {
      const own = (id: string) => need.get(id)!;
      const fit =
        total(cards, () => uniform) <= column
          ? () => uniform
          : total(cards, own) <= column
            ? own
            : total(cards, (id) => least.get(id)!) <= column
              ? // Short of room even so: each card keeps its name whole and gives up only the
                // room beyond it, in proportion to that room.
                (id: string) => {
                  const spare = column - total(cards, (i) => least.get(i)!);
                  const extra = (i: string) => own(i) - least.get(i)!;
                  const extras = cards.reduce((sum, tp) => sum + extra(tp.id), 0);
                  return least.get(id)! + (extras > 0 ? (extra(id) * spare) / extras : 0);
                }
              : // Not even that: each gives up height in proportion to its need, so the card
                // with the longest name and markers keeps the most.
                (id: string) => {
                  const gaps = gap * Math.max(0, cards.length - 1);
                  return (own(id) * (column - gaps)) / (total(cards, own) - gaps);
                };
      for (const tp of cards) heights.set(tp.id, fit(tp.id));
    });
    model.stages.forEach((_, s) => {
      const x = area.x + s * (colW + gap);
      g.fillStyle(c(colors.surfaceMuted), 0.55);
      g.fillRoundedRect(x, area.y, colW, mapBottom - area.y, radius.m);
    });

    // Touchpoint cards.
    const cardRects = new Map<string, Rect>();
    const stageY = model.stages.map(() => area.y + headerH + gap);
    for (const tp of [...model.touchpoints].sort((a, b) => a.row - b.row)) {
      const x = area.x + tp.stage * (colW + gap) + 4 * scale;
      const height = heights.get(tp.id)!;
      const rect = { x, y: stageY[tp.stage]!, width: cardW, height };
      stageY[tp.stage] = rect.y + height + gap;
      cardRects.set(tp.id, rect);
      this.tpNodes.get(tp.id)!.place(rect);
    }
    // Channel pills.
    const chTop = mapBottom + space.m * scale;
    this.channelsTitle.setPosition(area.x, chTop);
    const chRects = new Map<string, Rect>();
    model.channels.forEach((ch, i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      const rect = {
        x: area.x + col * (pillW + gap),
        y: chTop + 26 * scale + row * (chH + gap),
        width: pillW,
        height: chH,
      };
      chRects.set(ch.id, rect);
      this.chNodes.get(ch.id)!.place(rect);
    });

    this.drawLinks(cardRects, chRects);
    for (const tp of model.touchpoints) this.drawTouchpoint(tp, cardRects.get(tp.id)!);
    for (const ch of model.channels) this.drawChannel(ch, chRects.get(ch.id)!);
    if (legendBeside) this.drawLegend(area.x + area.width - this.legendWidth(), chTop + 2 * scale);
    else this.drawLegend(area.x, area.y + area.height - legendH + 6 * scale);
  }

  /** Fits and places the stage headers (at most `largest` times their step); returns their height. */
  private fitStageHeaders(colW: number, gap: number, largest = 1): number {
    const { area, scale, model } = this;
    const room = colW - 16 * scale;
    fitLabelsAlike(
      model.stages.map((_, st) => ({
        text: this.stageTexts[st]!,
        name: (this.short ? this.stageShortNames[st] : null) ?? this.stageNames[st] ?? '',
        room,
      })),
      (_, factor, breakWords) =>
        textStyle('small', scale * factor, {
          fontStyle: '700',
          color: colors.ink,
          wordWrap: { width: room, useAdvancedWrap: breakWords },
        }),
      largest,
    );
    let height = 0;
    model.stages.forEach((_, st) => {
      const text = this.stageTexts[st]!;
      text.setPosition(area.x + st * (colW + gap) + 10 * scale, area.y + 6 * scale);
      height = Math.max(height, text.height + 12 * scale);
    });
    this.stageFrames = model.stages.map((_, st) => ({
      x: area.x + st * (colW + gap),
      y: area.y,
      width: colW,
      height,
    }));
    return height;
  }

  /**
   * The cards' names fitted to their width (see `fitLabel`). Short labels all take one size, so
   * none reads smaller than its neighbour; a full name steps down on its own.
   */
  private fitTouchpointNames(cardWidth: number, largest = 1): number {
    const s = this.scale;
    const room = cardWidth - 16 * s;
    const tps = this.model.touchpoints;
    const style = (i: number, factor: number, breakWords: boolean) =>
      textStyle('small', s * factor, {
        fontStyle: tps[i]!.selected ? '700' : '600',
        color: tps[i]!.removed ? colors.inkMuted : colors.ink,
        wordWrap: { width: room, useAdvancedWrap: breakWords },
      });
    const labels = tps.map((tp) => {
      const text = this.tpTexts.get(tp.id)!;
      const name =
        (this.short ? this.tpShortNames.get(tp.id) : undefined) ??
        this.tpNames.get(tp.id) ??
        text.text;
      return { text, name, room };
    });
    if (this.short) return fitLabelsAlike(labels, style, largest);
    return Math.min(
      1,
      ...labels.map((l, i) => fitLabel(l.text, l.name, room, (f, b) => style(i, f, b))),
    );
  }

  /**
   * A channel's name in its pill: on up to two lines; a name that needs more gives way to its
   * short label where the level has one, else the pill grows to hold it.
   */
  private styleChannel(ch: MapChannel, pillWidth: number, pillHeight: number) {
    const s = this.scale;
    const text = this.chTexts.get(ch.id)!;
    const full = this.chNames.get(ch.id) ?? text.text;
    if (text.text !== full) text.setText(full);
    text.setStyle(
      textStyle('small', s * 0.92, {
        fontStyle: '600',
        color: ch.open ? colors.ink : colors.inkMuted,
        wordWrap: { width: pillWidth - pillHeight - 12 * s },
      }),
    );
    const short = this.chShortNames.get(ch.id);
    if (short && text.getWrappedText().length > 2) text.setText(short);
    return text;
  }

  /** Lines between the selection and what it serves (or is served by). */
  private drawLinks(cards: Map<string, Rect>, pills: Map<string, Rect>): void {
    const sel = this.model.touchpoints.find((t) => t.selected);
    const selCh = this.model.channels.find((ch) => ch.selected);
    const pairs: [string, string][] = sel
      ? sel.channels.map((ch) => [sel.id, ch])
      : selCh
        ? this.model.touchpoints
            .filter((tp) => tp.channels.includes(selCh.id))
            .map((tp) => [tp.id, selCh.id])
        : [];
    const l = this.links;
    for (const [tpId, chId] of pairs) {
      const a = cards.get(tpId);
      const b = pills.get(chId);
      const open = this.model.channels.find((ch) => ch.id === chId)?.open ?? false;
      if (!a || !b) continue;
      l.lineStyle(2.5 * this.scale, c(open ? colors.primary : colors.line), open ? 0.8 : 1);
      l.lineBetween(a.x + a.width / 2, a.y + a.height, b.x + b.width / 2, b.y);
    }
  }

  private drawFocus(rect: Rect, node: MapNode): void {
    if (!node.focused) return;
    const gap = 3 * this.scale;
    this.g.lineStyle(focusRingWidth * Math.max(1, this.scale), c(colors.focus), 1);
    this.g.strokeRoundedRect(
      rect.x - gap,
      rect.y - gap,
      rect.width + gap * 2,
      rect.height + gap * 2,
      radius.m + gap,
    );
  }

  private drawTouchpoint(tp: MapTouchpoint, r: Rect): void {
    const g = this.g;
    const s = this.scale;
    const node = this.tpNodes.get(tp.id)!;
    const fill = tp.removed ? colors.surfaceMuted : colors.surface;
    if (!tp.removed) {
      g.fillStyle(c(colors.ink), 0.07);
      g.fillRoundedRect(r.x, r.y + 2 * s, r.width, r.height, radius.s);
    }
    g.fillStyle(c(node.hovered ? colors.secondaryHover : fill), 1);
    g.fillRoundedRect(r.x, r.y, r.width, r.height, radius.s);
    const border = tp.refused
      ? colors.danger
      : tp.selected
        ? colors.primary
        : !tp.served && !tp.removed
          ? chartColors.vermillion
          : colors.line;
    g.lineStyle((tp.selected || tp.refused ? 3 : 1.5) * s, c(border), 1);
    g.strokeRoundedRect(r.x, r.y, r.width, r.height, radius.s);
    // A stripe on the left says whether any open channel serves it.
    g.fillStyle(
      c(tp.removed ? colors.line : tp.served ? chartColors.bluishGreen : chartColors.vermillion),
      1,
    );
    g.fillRect(r.x + 1.5 * s, r.y + 6 * s, 4 * s, r.height - 12 * s);
    const text = this.tpTexts.get(tp.id)!;
    text.setPosition(r.x + 11 * s, r.y + 6 * s);
    if (tp.removed) {
      g.lineStyle(1.5 * s, c(colors.inkMuted), 1);
      const y = r.y + 6 * s + text.height / 2;
      g.lineBetween(r.x + 10 * s, y, r.x + 10 * s + Math.min(text.width, r.width - 18 * s), y);
    }
    // Markers along the bottom edge.
    const marks = MARKERS.filter((m) => tp[m]);
    const size = 14 * s;
    marks.forEach((m, i) =>
      drawMarker(
        g,
        m,
        r.x + 12 * s + size / 2 + i * (size + 4 * s),
        r.y + r.height - size / 2 - 6 * s,
        size,
      ),
    );
    this.drawFocus(r, node);
  }

  private drawChannel(ch: MapChannel, r: Rect): void {
    const g = this.g;
    const s = this.scale;
    const node = this.chNodes.get(ch.id)!;
    g.fillStyle(
      c(node.hovered ? colors.secondaryHover : ch.open ? colors.surface : colors.surfaceMuted),
      1,
    );
    g.fillRoundedRect(r.x, r.y, r.width, r.height, r.height / 2);
    g.lineStyle((ch.selected ? 3 : 1.5) * s, c(ch.selected ? colors.primary : colors.line), 1);
    g.strokeRoundedRect(r.x, r.y, r.width, r.height, r.height / 2);
    const iconX = r.x + r.height / 2 + 2 * s;
    g.fillStyle(
      c(ch.open ? (ch.connected ? chartColors.blue : chartColors.orange) : colors.line),
      1,
    );
    g.fillCircle(iconX, r.y + r.height / 2, r.height / 2 - 5 * s);
    drawChannelIcon(
      g,
      channelIconKind(ch.id, ch.kind),
      iconX,
      r.y + r.height / 2,
      17 * s,
      0xffffff,
    );
    const text = this.styleChannel(ch, r.width, r.height);
    text.setPosition(r.x + r.height + 6 * s, r.y + (r.height - text.height) / 2);
    this.drawFocus(r, node);
  }

  /** The markers' key, one line wide: each mark, its word and a space after all but the last. */
  private legendWidth(): number {
    const s = this.scale;
    let width = -space.m * s;
    for (const text of this.legendTexts) {
      text.setStyle(textStyle('small', s, { color: colors.inkMuted }));
      width += 18 * s + text.width + space.m * s;
    }
    return width;
  }

  private drawLegend(x: number, y: number): void {
    const s = this.scale;
    // The key stands on the page's colour, above the lines from a selection to its channels,
    // so no line runs through its words.
    this.g.fillStyle(c(colors.background), 1);
    this.g.fillRect(x - 4 * s, y - 2 * s, this.legendWidth() + 8 * s, 22 * s);
    let cx = x;
    this.legendMarks.forEach((m, i) => {
      drawMarker(this.g, m, cx + 7 * s, y + 8 * s, 14 * s);
      const text = this.legendTexts[i]!;
      text.setStyle(textStyle('small', s, { color: colors.inkMuted }));
      text.setPosition(cx + 18 * s, y);
      cx += 18 * s + text.width + space.m * s;
    });
  }
}
