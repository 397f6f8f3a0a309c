import type { i18n as I18n } from 'i18next';
import './saveNotice.css';

/** A button on the notice: its label's locale key and what it does. */
export interface SaveNoticeAction {
  label: string;
  name: string;
  run: () => void;
}

/** What the notice says: a locale key with its values, and the actions it offers. */
export interface SaveNoticeMessage {
  key: string;
  values?: Record<string, unknown>;
  /** Further things the player must know at the same time, each its own paragraph. */
  more?: { key: string; values?: Record<string, unknown> }[];
  actions?: SaveNoticeAction[];
}

/**
 * The one notice about saving (failed, overtaken by another tab, recovered, not possible here):
 * a polite live region that stays in the page, so a screen reader announces each message without
 * taking focus from the game. Empty (and hidden) when there is nothing to say.
 */
export interface SaveNotice {
  readonly element: HTMLElement;
  show(message: SaveNoticeMessage | null): void;
  destroy(): void;
}

export function createSaveNotice(
  i18n: I18n,
  options: { parent?: HTMLElement; className?: string } = {},
): SaveNotice {
  const element = document.createElement('div');
  element.className = ['save-notice', options.className].filter(Boolean).join(' ');
  element.dataset.name = 'save-notice';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  (options.parent ?? document.body).appendChild(element);
  let current: SaveNoticeMessage | null = null;

  const render = () => {
    element.replaceChildren();
    if (!current) return;
    element.dataset.message = current.key;
    for (const part of [current, ...(current.more ?? [])]) {
      const text = document.createElement('p');
      text.textContent = i18n.t(part.key, part.values);
      element.appendChild(text);
    }
    for (const action of current.actions ?? []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.dataset.name = `save-notice.${action.name}`;
      button.textContent = i18n.t(action.label);
      button.addEventListener('click', action.run);
      element.appendChild(button);
    }
  };
  i18n.on('languageChanged', render);

  return {
    element,
    show(message) {
      // The same message again is not re-announced.
      if (JSON.stringify(message) === JSON.stringify(current)) return;
      current = message;
      if (!message) delete element.dataset.message;
      render();
    },
    destroy() {
      i18n.off('languageChanged', render);
      element.remove();
    },
  };
}
