import type Phaser from 'phaser';
import './coach.css';
import type { I18n } from '../../i18n';
import type { Rect } from '../namedObjects';
import { placeCard, type Obstacle } from './cardPlacement';
import { liveBounds, namedElement } from './liveBounds';
import { namedObjectNames } from '../namedObjects';

export interface CoachContent {
  /** The step's id, for tests (`data-step`). */
  id: string;
  /** The step's text key and its number ("step 4 of 27"). */
  text: string;
  n: number;
  of: number;
  /** Reading steps end with Next; the others wait for the player to act. */
  waits: boolean;
  /** The control to point at now (the target, or the way to it), resolved every frame. */
  pointAt: () => string | null;
}

export interface CoachHandlers {
  onNext(): void;
  onSkip(): void;
  onOff(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  return e;
}

/**
 * The coach mark: a ring drawn around the real control (canvas or DOM) and a card beside it
 * that says what to do and why. The card is real DOM text in a live region, so screen readers
 * read each step; its buttons are reachable by Tab. Both follow the control's live bounds every
 * frame, so layout and text-size changes never leave the ring on the wrong spot.
 */
export class CoachMark {
  readonly card = el('section', 'coach-card');
  private readonly ring = el('div', 'coach-ring');
  private readonly count = el('p', 'coach-count');
  private readonly text = el('p', 'coach-text');
  private readonly hint = el('p', 'coach-hint');
  private readonly next = el('button', 'game-button game-button-primary');
  private readonly skip = el('button', 'game-button');
  private readonly off = el('button', 'game-button coach-off');
  private content: CoachContent | null = null;
  private pointed: string | null = null;
  private frame = 0;
  private placedKey = '';
  private framesSincePlaced = 0;

  constructor(
    private readonly overlay: HTMLElement,
    private readonly game: Phaser.Game,
    private readonly i18n: I18n,
    handlers: CoachHandlers,
  ) {
    this.card.dataset.name = 'coach';
    this.card.setAttribute('role', 'region');
    const live = el('div', 'coach-live');
    // The step's words are announced whenever they change, wherever focus is.
    live.setAttribute('aria-live', 'polite');
    live.append(this.count, this.text, this.hint);
    const actions = el('div', 'coach-actions');
    for (const [button, name, action] of [
      [this.next, 'coach.next', handlers.onNext],
      [this.skip, 'coach.skip', handlers.onSkip],
      [this.off, 'coach.off', handlers.onOff],
    ] as const) {
      button.type = 'button';
      button.dataset.name = name;
      button.addEventListener('click', () => action());
      actions.appendChild(button);
    }
    this.card.append(live, actions);
    this.ring.setAttribute('aria-hidden', 'true');
    this.card.hidden = true;
    this.ring.hidden = true;
    overlay.append(this.ring, this.card);
    const tick = () => {
      this.place();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Shows a step (or nothing); focus goes to the control to use, or to Next on a reading step. */
  show(content: CoachContent | null): void {
    const changed = content?.id !== this.content?.id;
    this.content = content;
    this.card.hidden = !content;
    if (!content) {
      this.ring.hidden = true;
      this.pointed = null;
      return;
    }
    this.card.dataset.step = content.id;
    this.render();
    if (changed) {
      this.pointed = null;
      // After the scene has put its own first focus, so the coach's wins.
      requestAnimationFrame(() => this.place(true));
    }
  }

  /** Gives the focus back to the step (after a dialog had it); false when no step is showing. */
  refocus(): boolean {
    if (!this.content || this.card.hidden) return false;
    requestAnimationFrame(() => this.place(true));
    return true;
  }

  /** Words only (a language change). */
  render(): void {
    const c = this.content;
    if (!c) return;
    const t = (key: string, params: Record<string, unknown> = {}) => this.i18n.t(key, params);
    this.card.setAttribute('aria-label', t('tutorial.coach.label'));
    this.count.textContent = t('tutorial.coach.step', { n: c.n, of: c.of });
    this.text.textContent = t(c.text);
    this.hint.textContent = c.waits ? t('tutorial.coach.waiting') : '';
    this.hint.hidden = !c.waits;
    this.next.hidden = c.waits;
    this.next.textContent = t('tutorial.coach.next');
    this.skip.textContent = t('tutorial.coach.skip');
    this.off.textContent = t('tutorial.coach.off');
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.card.remove();
    this.ring.remove();
  }

  /** Follows the control; when the control to use changes (a tab was opened), focus follows. */
  private place(focusNow = false): void {
    const c = this.content;
    if (!c || this.card.hidden) return;
    const name = c.pointAt();
    if (name !== this.pointed || focusNow) {
      const first = focusNow || this.pointed === null;
      this.pointed = name;
      this.ring.dataset.target = name ?? '';
      // A control inside a scrolling panel is brought into sight before the ring is drawn.
      const control = name ? namedElement(this.overlay, name) : null;
      if (control && !control.classList.contains('proxy-button'))
        control.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (!c.waits) {
        if (first) this.next.focus();
      } else if (name) {
        namedElement(this.overlay, name)?.focus();
      }
    }
    const rect = name ? liveBounds(this.game, this.overlay, name) : null;
    this.ring.hidden = !rect;
    if (rect) this.drawRing(rect);
    this.placeCard(rect);
  }

  private drawRing(r: Rect): void {
    Object.assign(this.ring.style, {
      left: `${r.x - 6}px`,
      top: `${r.y - 6}px`,
      width: `${r.width + 12}px`,
      height: `${r.height + 12}px`,
    });
  }

  /** Beside the control, covering as few other controls as it can (see cardPlacement). */
  private placeCard(r: Rect | null): void {
    const view = { width: window.innerWidth, height: window.innerHeight };
    const card = { width: this.card.offsetWidth, height: this.card.offsetHeight };
    const key = JSON.stringify([r && Object.values(r).map(Math.round), view, card]);
    // Obstacles are gathered again only when something moved, or now and then (layout).
    if (key === this.placedKey && ++this.framesSincePlaced < 30) return;
    this.placedKey = key;
    this.framesSincePlaced = 0;
    const pos = placeCard(r, card, view, this.obstacles());
    this.card.style.left = `${Math.round(pos.x)}px`;
    this.card.style.top = `${Math.round(pos.y)}px`;
  }

  /** What the card should not cover: every named control on screen, and the DOM panels. */
  private obstacles(): Obstacle[] {
    const list: Obstacle[] = [];
    for (const name of namedObjectNames()) {
      if (name === this.pointed) continue;
      const b = liveBounds(this.game, this.overlay, name);
      if (b) list.push({ ...b, weight: 1 });
    }
    for (const el of this.overlay.querySelectorAll<HTMLElement>('.game-panel, .pause-tab')) {
      const b = el.getBoundingClientRect();
      list.push({ x: b.left, y: b.top, width: b.width, height: b.height, weight: 0.5 });
    }
    return list;
  }
}
