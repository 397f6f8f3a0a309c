import { TUTORIAL_LEVEL } from '../ui/viewModels/tutorialSteps';
import Phaser from 'phaser';
import { DIFFICULTIES, type Difficulty, type Scenario } from '../engine';
import { AccessibleButton } from '../ui/AccessibleButton';
import { ButtonMenu } from '../ui/ButtonMenu';
import '../ui/plan/game.css';
import { drawScenarioPicture } from '../ui/plan/scenarioPicture';
import { createProxyLayer } from '../ui/proxyLayer';
import { onLanguageChange, onResize } from '../ui/sceneBindings';
import { createScreenReaderText } from '../ui/screenReaderText';
import { nameStep, splitCard } from '../ui/choice/cardLayout';
import { buttonWidthFor } from '../ui/review/buttonWidth';
import { breakAtSoftHyphens } from '../ui/softHyphens';
import { frameTexts } from '../ui/textFrames';
import { textStyle } from '../ui/textStyle';
import { colors, hexToNumber, layoutScale, radius, space } from '../ui/theme';
import { showCurrentPhase } from './gameFlow';
import { SceneKeys, announceSceneReady } from './keys';
import { servicesOf, type Services } from './services';

interface Card {
  scenario: Scenario;
  frame: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  /** In the DOM, so a long one scrolls inside its card (keyboard, wheel) instead of being cut. */
  description: HTMLParagraphElement;
  box: { x: number; y: number; width: number; height: number };
  meta: Phaser.GameObjects.Text;
  badge: Phaser.GameObjects.Text | null;
  start: AccessibleButton;
}

/** Picks a scenario and a difficulty; Continue from the title also passes through here. */
export class ScenarioChoiceScene extends Phaser.Scene {
  private services!: Services;
  private heading!: Phaser.GameObjects.Text;
  private intro!: Phaser.GameObjects.Text;
  private cards: Card[] = [];
  private back!: AccessibleButton;
  private difficultyPanel!: HTMLElement;
  private legend!: HTMLLegendElement;
  private difficultyHint!: HTMLParagraphElement;
  private message!: HTMLParagraphElement;
  private radioLabels: { level: Difficulty; span: HTMLSpanElement }[] = [];
  private readerHeading!: HTMLHeadingElement;
  private difficulty: Difficulty = 'normal';
  private resumeFailed = false;
  private resumed = false;
  private tutorial = false;

  constructor() {
    super(SceneKeys.ScenarioChoice);
  }

  init(data: { continueSavedGame?: boolean; gameId?: string; tutorial?: boolean } = {}): void {
    this.cards = [];
    this.radioLabels = [];
    this.resumeFailed = false;
    this.resumed = false;
    // The title's Tutorial starts the guided game at once; the choice is for New game.
    this.tutorial = data.tutorial === true;
    if (!data.continueSavedGame) return;
    // The game the player chose on the title, or (only one saved) the most recent.
    const result = servicesOf(this).game.getState().resume(data.gameId);
    this.resumed = result.ok;
    this.resumeFailed = !result.ok;
  }

  create(): void {
    this.services = servicesOf(this);
    const { i18n, audio, overlay, game, levels } = this.services;
    if (this.tutorial && game.getState().start(TUTORIAL_LEVEL, 'normal')) {
      showCurrentPhase(this);
      return;
    }
    if (this.resumed && game.getState().session) {
      // Continue: the save was replayed in init; go straight to where the player was.
      showCurrentPhase(this);
      return;
    }
    this.heading = this.add.text(0, 0, '', textStyle('heading', 1));
    this.intro = this.add.text(0, 0, '', textStyle('body', 1));

    const layer = createProxyLayer(this, overlay);
    this.readerHeading = createScreenReaderText(layer, 'h1');
    this.buildDifficulty(layer);
    const menu = new ButtonMenu(layer, i18n.t('game.choice.list'));

    for (const scenario of levels.all) {
      const frame = this.add.graphics();
      const description = document.createElement('p');
      description.className = 'choice-description';
      description.dataset.name = `choice.description.${scenario.id}`;
      layer.appendChild(description);
      const start = menu.add(
        new AccessibleButton(this, {
          name: `choice.start.${scenario.id}`,
          label: '',
          proxyParent: menu.element,
          variant: scenario.id === 'tutorial' ? 'primary' : 'secondary',
          onActivate: () => this.start(scenario.id),
          onFocus: () => audio.play('select'),
        }),
      );
      this.cards.push({
        scenario,
        frame,
        name: this.add.text(0, 0, '', textStyle('large', 1)),
        description,
        box: { x: 0, y: 0, width: 0, height: 0 },
        meta: this.add.text(0, 0, '', textStyle('small', 1)),
        badge: scenario.id === 'tutorial' ? this.add.text(0, 0, '', textStyle('small', 1)) : null,
        start,
      });
      const card = this.cards[this.cards.length - 1]!;
      frameTexts([card.name, card.meta, card.badge], () => ({ ...card.box }));
    }
    this.back = new AccessibleButton(this, {
      name: 'choice.back',
      label: '',
      proxyParent: layer,
      onActivate: () => {
        audio.play('confirm');
        this.scene.start(SceneKeys.Title);
      },
      onFocus: () => audio.play('select'),
    });

    this.renderTexts();
    this.layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, () => {
      this.renderTexts();
      this.layout(this.scale.width, this.scale.height);
    });
    onResize(this, (w, h) => this.layout(w, h));
    announceSceneReady(this);
  }

  private buildDifficulty(layer: HTMLElement): void {
    this.difficultyPanel = document.createElement('div');
    this.difficultyPanel.classList.add('game-panel', 'difficulty-panel');
    this.difficultyPanel.dataset.name = 'choice.difficulty';
    const fieldset = document.createElement('fieldset');
    this.legend = document.createElement('legend');
    const options = document.createElement('div');
    options.className = 'segmented';
    for (const level of DIFFICULTIES) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'difficulty';
      input.value = level;
      input.checked = level === this.difficulty;
      input.dataset.name = `choice.difficulty.${level}`;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.difficulty = level;
        this.services.audio.play('select');
      });
      const span = document.createElement('span');
      this.radioLabels.push({ level, span });
      label.append(input, span);
      options.appendChild(label);
    }
    this.difficultyHint = document.createElement('p');
    this.difficultyHint.className = 'hint';
    this.message = document.createElement('p');
    this.message.className = 'game-message';
    this.message.setAttribute('role', 'alert');
    fieldset.append(this.legend, options, this.difficultyHint);
    this.difficultyPanel.append(fieldset, this.message);
    layer.appendChild(this.difficultyPanel);
  }

  private renderTexts(): void {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.services.i18n.t(key, params ?? {});
    this.heading.setText(t('game.choice.title'));
    this.readerHeading.textContent = t('game.choice.title');
    this.intro.setText(t('game.choice.intro'));
    this.legend.textContent = t('game.choice.difficulty');
    this.difficultyHint.textContent = t('game.choice.difficultyHint');
    this.message.textContent = this.resumeFailed ? t('game.choice.resumeFailed') : '';
    for (const { level, span } of this.radioLabels)
      span.textContent = t(`game.difficulty.${level}`);
    for (const card of this.cards) {
      const s = card.scenario;
      card.name.setText(t(s.name));
      card.description.textContent = t(s.company.description);
      card.description.setAttribute('aria-label', t(s.name));
      card.meta.setText(
        t('game.choice.meta', {
          quarters: t('game.choice.quarters', { count: s.quarters }),
          challenge: t(`game.choice.challenge.${s.challenge}`),
        }),
      );
      card.badge?.setText(t('game.choice.recommended'));
      card.start.setLabel(t('game.choice.start'));
      card.start.proxy.setAttribute('aria-label', t('game.choice.startScenario', { name: s.name }));
      card.start.setDescription(`${t(s.company.description)} ${card.meta.text}`);
    }
    this.back.setLabel(t('game.choice.back'));
  }

  private layout(width: number, height: number): void {
    const scale = layoutScale(width, height);
    const margin = Math.max(space.xl * scale, width * 0.05);
    this.heading.setStyle(textStyle('heading', scale, { fontStyle: '700', color: colors.ink }));
    this.heading.setPosition(margin, space.xl * scale);
    const panelWidth = Math.min(420 * scale, width * 0.34);
    this.intro.setStyle(
      textStyle('body', scale, {
        color: colors.inkMuted,
        wordWrap: { width: width - margin * 3 - panelWidth },
      }),
    );
    this.intro.setPosition(margin, this.heading.y + this.heading.height + space.s * scale);
    Object.assign(this.difficultyPanel.style, {
      left: `${width - margin - panelWidth}px`,
      top: `${space.l * scale}px`,
      width: `${panelWidth}px`,
    });

    const top = Math.max(
      this.intro.y + this.intro.height + space.l * scale,
      space.l * scale + this.difficultyPanel.offsetHeight + space.m * scale,
    );
    const backHeight = 48 * scale;
    const bottom = height - space.l * scale - backHeight - space.l * scale;
    const n = Math.max(1, this.cards.length);
    const gap = space.l * scale;
    const cardWidth = Math.min(440 * scale, (width - 2 * margin - gap * (n - 1)) / n);
    const cardHeight = bottom - top;
    const left = (width - (cardWidth * n + gap * (n - 1))) / 2;
    const pad = space.m * scale;
    const textWidth = cardWidth - 2 * pad;
    const buttonHeight = 48 * scale;
    // Pads, name, facts, the gaps and the Start button: all but the picture and description.
    const fixedWith = (card: Card, step: 'large' | 'body') => {
      this.styleName(card, step, scale, textWidth);
      return pad * 3 + card.name.height + space.xs * scale + card.meta.height + space.s * scale * 2;
    };
    for (const card of this.cards) {
      card.meta.setStyle(
        textStyle('small', scale, {
          color: colors.primary,
          fontStyle: '600',
          wordWrap: { width: textWidth },
        }),
      );
      card.description.style.width = `${textWidth}px`;
      card.description.style.height = 'auto';
    }
    const lineHeight = this.cards[0]
      ? Number.parseFloat(getComputedStyle(this.cards[0].description).lineHeight)
      : 0;
    const minPicture = Math.max(cardHeight * 0.1, 36 * scale);
    // One name size for every card, so the row reads as one.
    const step = this.cards.every(
      (card) =>
        nameStep({
          cardHeight: cardHeight - buttonHeight,
          fixedWith: (st) => fixedWith(card, st),
          minPicture,
          lineHeight,
          minLines: 3,
        }) === 'large',
    )
      ? 'large'
      : 'body';
    const fixed = Math.max(...this.cards.map((card) => fixedWith(card, step))) + buttonHeight;
    const split = splitCard({
      cardHeight,
      fixed,
      descriptionNeed: Math.max(...this.cards.map((c) => c.description.scrollHeight)),
      minPicture,
      maxPicture: cardHeight * 0.3,
    });
    this.cards.forEach((card, i) => {
      const x = left + i * (cardWidth + gap);
      const y = top;
      card.box = { x, y, width: cardWidth, height: cardHeight };
      const g = card.frame;
      g.clear();
      g.fillStyle(hexToNumber(colors.ink), 0.06);
      g.fillRoundedRect(x, y + 4 * scale, cardWidth, cardHeight, radius.m);
      g.fillStyle(hexToNumber(colors.surface), 1);
      g.fillRoundedRect(x, y, cardWidth, cardHeight, radius.m);
      g.lineStyle(1.5, hexToNumber(colors.line), 1);
      g.strokeRoundedRect(x, y, cardWidth, cardHeight, radius.m);
      drawScenarioPicture(
        g,
        card.scenario.id === 'tutorial' ? 'tutorial' : card.scenario.sector,
        x + pad,
        y + pad,
        textWidth,
        split.picture,
      );
      if (card.badge) {
        card.badge.setStyle(
          textStyle('small', scale, { fontStyle: '700', color: colors.primaryInk }),
        );
        card.badge.setPosition(x + pad * 1.6, y + pad + (split.picture - card.badge.height) / 2);
        // A pill behind the words, so it reads as a label rather than selected text.
        const padX = 10 * scale;
        const padY = 4 * scale;
        const pillHeight = card.badge.height + padY * 2;
        g.fillStyle(hexToNumber(colors.primary), 1);
        g.fillRoundedRect(
          card.badge.x - padX,
          card.badge.y - padY,
          card.badge.width + padX * 2,
          pillHeight,
          pillHeight / 2,
        );
      }
      this.styleName(card, step, scale, textWidth);
      card.name.setPosition(x + pad, y + pad * 2 + split.picture);
      card.meta.setPosition(x + pad, card.name.y + card.name.height + space.xs * scale);
      const descriptionTop = card.meta.y + card.meta.height + space.s * scale;
      const room = y + cardHeight - pad - buttonHeight - space.s * scale - descriptionTop;
      const d = card.description;
      Object.assign(d.style, {
        left: `${x + pad}px`,
        top: `${descriptionTop}px`,
        height: `${Math.max(0, room)}px`,
      });
      // Reachable by keyboard only when it has more to show.
      if (d.scrollHeight > d.clientHeight + 1) d.tabIndex = 0;
      else d.removeAttribute('tabindex');
      d.setAttribute('role', 'region');
      card.start.setBox(textWidth, buttonHeight, scale);
      card.start.setPosition(x + cardWidth / 2, y + cardHeight - pad - buttonHeight / 2);
    });
    const backWidth = Math.min(
      buttonWidthFor(this, this.back.proxy.textContent ?? '', scale, 240 * scale),
      width - 2 * margin,
    );
    this.back.setBox(backWidth, backHeight, scale);
    this.back.setPosition(margin + backWidth / 2, height - space.l * scale - backHeight / 2);
  }

  /** The name in a type step, wrapped to the card, a long compound split at its soft hyphens. */
  private styleName(card: Card, step: 'large' | 'body', scale: number, width: number): void {
    card.name.setStyle(textStyle(step, scale, { fontStyle: '700', wordWrap: { width } }));
    const name = this.services.i18n.t(card.scenario.name);
    card.name.setText(
      breakAtSoftHyphens(name, width, (part) => card.name.context.measureText(part).width),
    );
  }

  private start(scenarioId: string): void {
    const { game, audio } = this.services;
    if (!game.getState().start(scenarioId, this.difficulty)) {
      audio.play('warning');
      return;
    }
    audio.play('confirm');
    showCurrentPhase(this);
  }
}
