import type { DecisionsPatch } from '../../engine';
import type { I18n } from '../../i18n';
import { pillarIconSvg } from '../icons';
import { factFor, factKeys } from '../viewModels/didYouKnow';
import type { PlanModel, PlanPillar } from '../viewModels/planModel';
import { el, renderGroup } from './planControlsDom';
import { textOf } from './text';
import { helpButton } from '../help/helpButton';

export interface PlanPanelHandlers {
  /** `settled`: a discrete choice (not a slider being dragged), so the controls may be redrawn. */
  onEdit(patch: DecisionsPatch, settled: boolean): void;
  onTab(pillar: PlanPillar): void;
  onCommit(): void;
  onReset(): void;
}

/**
 * The plan's DOM side: the budget always in sight (a strip of its own), a tab per pillar, the
 * pillar's controls, and the commit button with the engine's reasons when it refuses. Controls are rebuilt only when the
 * tab, the selection or the language changes, so a slider keeps focus while it is dragged.
 */
export class PlanPanel {
  readonly element: HTMLElement;
  /**
   * The budget, in its own strip above the journey map (where the map had room to spare), so the
   * options panel's height goes to the pillar's decisions.
   */
  readonly budget = el('section', 'game-panel plan-budget');
  private readonly tabs = el('div', 'plan-tabs');
  private readonly content = el('div', 'plan-tab');
  private readonly refusal = el('div', 'plan-refusal');
  /** Why the commit waits: an event card not yet answered. */
  private readonly waiting = el('p', 'plan-waiting');
  private readonly reset = el('button', 'game-button');
  private readonly commit = el('button', 'game-button game-button-primary');
  /** At a large text size the budget folds its per-pillar lines away (see `setCompact`). */
  private compact = false;
  private breakdownOpen = false;

  constructor(
    private readonly parent: HTMLElement,
    private readonly i18n: I18n,
    private readonly handlers: PlanPanelHandlers,
  ) {
    this.element = el('section', 'game-panel plan-panel');
    this.element.dataset.name = 'plan.panel';
    this.budget.setAttribute('aria-live', 'polite');
    this.tabs.setAttribute('role', 'tablist');
    this.content.setAttribute('role', 'tabpanel');
    this.content.id = 'plan-tabpanel';
    this.content.tabIndex = -1;
    this.refusal.setAttribute('role', 'alert');
    this.reset.type = 'button';
    this.reset.dataset.name = 'plan.reset';
    this.reset.addEventListener('click', () => handlers.onReset());
    this.commit.type = 'button';
    this.commit.dataset.name = 'plan.commit';
    this.commit.addEventListener('click', () => handlers.onCommit());
    this.waiting.id = 'plan-waiting';
    this.waiting.dataset.name = 'plan.waiting';
    this.waiting.hidden = true;
    const footer = el('footer', 'plan-footer');
    const actions = el('div', 'plan-actions');
    actions.append(this.reset, this.commit);
    footer.append(this.refusal, this.waiting, actions);
    this.budget.dataset.name = 'plan.budget';
    this.element.append(this.tabs, this.content, footer);
    parent.append(this.budget, this.element);
  }

  /** Budget, refusal and button texts: cheap, done after every edit. */
  update(model: PlanModel): void {
    const t = (key: string, params: Record<string, unknown> = {}) => this.i18n.t(key, params);
    const b = model.budget;
    this.budget.replaceChildren();
    this.budget.dataset.over = String(b.over);
    const head = el('div', 'budget-head');
    const heading = el('h2', undefined, t('game.plan.budget'));
    heading.appendChild(helpButton(this.i18n, this.parent, 'plan.budget'));
    head.append(
      heading,
      el(
        'span',
        'budget-left',
        b.over
          ? t('game.plan.over', { amount: Math.round(-b.left) })
          : t('game.plan.left', { amount: Math.round(b.left) }),
      ),
    );
    const bar = el('div', 'budget-bar');
    bar.setAttribute('aria-hidden', 'true');
    let offset = 0;
    for (const line of b.lines) {
      if (line.amount <= 0) continue;
      const part = el('span', `budget-part budget-${line.pillar}`);
      const share = (line.amount / Math.max(b.budget, b.spent)) * 100;
      part.style.left = `${offset}%`;
      part.style.width = `${share}%`;
      offset += share;
      bar.appendChild(part);
    }
    const spent = el(
      'p',
      'budget-spent',
      t('game.plan.spent', { spent: Math.round(b.spent), budget: Math.round(b.budget) }),
    );
    spent.dataset.name = 'plan.spent';
    const lines = el('ul', 'budget-lines');
    for (const line of b.lines) {
      if (line.pillar === 'events' && line.amount === 0) continue;
      const item = el('li');
      item.append(
        el('span', `swatch budget-${line.pillar}`),
        el('span', 'line-name', this.pillarName(line.pillar)),
        el('span', 'line-amount', t('game.plan.money', { amount: Math.round(line.amount) })),
      );
      lines.appendChild(item);
    }
    const summary = el('div', 'budget-summary');
    summary.append(head, bar, spent);
    this.budget.classList.toggle('plan-budget-compact', this.compact);
    if (this.compact) summary.appendChild(this.breakdown(lines));
    else this.budget.appendChild(lines);
    this.budget.prepend(summary);

    this.refusal.replaceChildren();
    if (model.refusal.length) {
      this.refusal.appendChild(el('p', 'refusal-title', t('game.plan.refusal')));
      const list = el('ul');
      for (const r of model.refusal) list.appendChild(el('li', undefined, textOf(this.i18n, r)));
      this.refusal.appendChild(list);
    }
    this.reset.textContent = t('game.plan.reset');
    this.commit.textContent = t('game.plan.commit');
  }

  /**
   * The per-pillar lines behind a disclosure that opens over the map (the bar shows the same
   * shares by colour); it stays open or shut across edits, and Escape shuts it.
   */
  private breakdown(lines: HTMLElement): HTMLElement {
    const details = el('details', 'budget-breakdown');
    details.dataset.name = 'plan.budget.breakdown';
    details.open = this.breakdownOpen;
    details.addEventListener('toggle', () => (this.breakdownOpen = details.open));
    details.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      // Escape shuts the breakdown, not the plan (the pause menu waits for an unclaimed Escape).
      event.preventDefault();
      details.open = false;
      details.querySelector('summary')?.focus();
    });
    // Open, the lines are a panel of their own, lying over the map.
    lines.classList.add('game-panel');
    const toggle = el('summary', undefined, this.i18n.t('game.plan.perPillar'));
    toggle.dataset.name = 'plan.budget.perPillar';
    details.append(toggle, lines);
    return details;
  }

  /**
   * Compact: the budget takes one or two lines and its per-pillar lines fold out on demand, so a
   * large text size leaves the journey map its height. Returns whether that changed anything.
   */
  setCompact(compact: boolean): boolean {
    if (compact === this.compact) return false;
    this.compact = compact;
    if (!compact) this.breakdownOpen = false;
    return true;
  }

  /** Rebuilds the tabs and the current pillar's controls. */
  render(model: PlanModel, tab: PlanPillar): void {
    this.update(model);
    this.tabs.replaceChildren();
    this.tabs.setAttribute('aria-label', this.i18n.t('game.plan.pillars'));
    const ids = model.pillars.map((p) => p.id);
    for (const pillar of model.pillars) {
      const button = el('button', 'plan-tab-button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.id = `plan-tab-${pillar.id}`;
      button.dataset.name = `plan.tab.${pillar.id}`;
      button.setAttribute('aria-selected', String(pillar.id === tab));
      button.setAttribute('aria-controls', this.content.id);
      button.tabIndex = pillar.id === tab ? 0 : -1;
      button.append(pillarIconSvg(pillar.id), el('span', undefined, this.pillarName(pillar.id)));
      button.addEventListener('click', () => this.handlers.onTab(pillar.id));
      button.addEventListener('keydown', (event) => {
        // Arrow keys move between tabs, as in every tab list (WAI-ARIA practice).
        const i = ids.indexOf(pillar.id);
        const next =
          event.key === 'ArrowRight'
            ? ids[(i + 1) % ids.length]
            : event.key === 'ArrowLeft'
              ? ids[(i - 1 + ids.length) % ids.length]
              : event.key === 'Home'
                ? ids[0]
                : event.key === 'End'
                  ? ids[ids.length - 1]
                  : undefined;
        if (!next) return;
        event.preventDefault();
        this.handlers.onTab(next);
        document.getElementById(`plan-tab-${next}`)?.focus();
      });
      this.tabs.appendChild(button);
    }
    this.content.setAttribute('aria-labelledby', `plan-tab-${tab}`);
    const scroll = this.content.scrollTop;
    this.content.replaceChildren();
    const groups = model.pillars.find((p) => p.id === tab)?.groups ?? [];
    for (const group of groups)
      this.content.appendChild(
        renderGroup(
          this.i18n,
          group,
          (patch, control) => this.handlers.onEdit(patch, control.kind !== 'number'),
          this.parent,
        ),
      );
    if (tab !== 'events') this.content.appendChild(this.fact(tab, model.quarter));
    this.content.scrollTop = scroll;
  }

  /**
   * A fact from the sources that fits the pillar, with its source, after the pillar's controls
   * (so it never covers them). It turns with the quarter. A tab stop of its own, so a keyboard
   * player scrolls it into view; named by its heading for screen readers.
   */
  private fact(pillar: Exclude<PlanPillar, 'events'>, quarter: number): HTMLElement {
    const keys = factKeys(factFor(`plan.${pillar}`, quarter));
    const aside = el('aside', 'did-you-know plan-fact');
    aside.dataset.name = 'plan.fact';
    aside.tabIndex = 0;
    const heading = el('h3', undefined, this.i18n.t('sources.heading'));
    heading.id = `plan-fact-${pillar}`;
    aside.setAttribute('aria-labelledby', heading.id);
    aside.append(
      heading,
      el('p', undefined, this.i18n.t(keys.text)),
      el('p', 'source', this.i18n.t('sources.sourceLine', { source: keys.source })),
    );
    return aside;
  }

  private pillarName(pillar: PlanPillar): string {
    return this.i18n.t(
      pillar === 'journey' ? 'game.plan.journeyPillar' : `engine.pillar.${pillar}`,
    );
  }

  /** Moves focus to the first group's heading (after choosing on the map). */
  focusFirstGroup(): void {
    this.content.scrollTop = 0;
    this.content.querySelector<HTMLElement>('h3')?.focus();
  }

  /** Redraws the controls, keeping focus on the same control (its texts may have changed). */
  rerender(model: PlanModel, tab: PlanPillar): void {
    const active = document.activeElement as HTMLElement | null;
    const name = this.content.contains(active) ? active?.dataset.name : undefined;
    this.render(model, tab);
    if (name) this.content.querySelector<HTMLElement>(`[data-name="${CSS.escape(name)}"]`)?.focus();
  }

  /**
   * Holds the commit while events wait for an answer: the button stays focusable (so it can say
   * why) but is marked unavailable, and the reason is shown above it and read with it.
   */
  setWaiting(reason: string | null): void {
    this.waiting.textContent = reason ?? '';
    this.waiting.hidden = reason === null;
    if (reason === null) {
      this.commit.removeAttribute('aria-disabled');
      this.commit.removeAttribute('aria-describedby');
    } else {
      this.commit.setAttribute('aria-disabled', 'true');
      this.commit.setAttribute('aria-describedby', this.waiting.id);
    }
  }

  focusCommit(): void {
    this.commit.focus();
  }
}
