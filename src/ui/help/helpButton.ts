import type Phaser from 'phaser';
import type { I18n } from '../../i18n';
import '../tutorial/coach.css';
import { liveBounds } from '../tutorial/liveBounds';

/** The explanation open now: one at a time, so a second "?" closes the first. */
let openOne: { close(returnFocus: boolean): void } | null = null;
let counter = 0;

/**
 * A "?" beside a figure that opens a short explanation of it, in real DOM text: a button (Tab,
 * Enter or Space) with the figure's name as its accessible name, and a small non-modal dialog
 * that takes focus so it is read; Escape, the "?" again or a click elsewhere closes it.
 */
export function helpButton(i18n: I18n, overlay: HTMLElement, topic: string): HTMLButtonElement {
  const key = `help.topic.${topic}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'help-button';
  button.dataset.name = `help.${topic}`;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  const label = () => {
    button.textContent = i18n.t('help.mark');
    button.setAttribute('aria-label', i18n.t('help.open', { what: i18n.t(`${key}.title`) }));
  };
  label();
  i18n.on('languageChanged', label);

  const open = () => {
    openOne?.close(false);
    const id = `help-${++counter}`;
    const pop = document.createElement('div');
    pop.className = 'help-popover';
    pop.dataset.name = `help.${topic}.text`;
    pop.setAttribute('role', 'dialog');
    pop.setAttribute('aria-labelledby', `${id}-t`);
    pop.tabIndex = -1;
    const title = document.createElement('p');
    title.className = 'help-title';
    title.id = `${id}-t`;
    title.textContent = i18n.t(`${key}.title`);
    const text = document.createElement('p');
    text.textContent = i18n.t(`${key}.text`);
    pop.append(title, text);
    button.setAttribute('aria-controls', id);
    pop.id = id;
    overlay.appendChild(pop);
    const b = button.getBoundingClientRect();
    const w = pop.offsetWidth;
    const h = pop.offsetHeight;
    const left = Math.max(8, Math.min(window.innerWidth - w - 8, b.left + b.width / 2 - w / 2));
    const below = b.bottom + 8 + h <= window.innerHeight;
    pop.style.left = `${left}px`;
    pop.style.top = `${below ? b.bottom + 8 : Math.max(8, b.top - 8 - h)}px`;
    button.setAttribute('aria-expanded', 'true');

    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Escape closes this explanation only, not the pause menu behind it.
      event.preventDefault();
      event.stopPropagation();
      handle.close(true);
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!pop.contains(target) && !button.contains(target)) handle.close(false);
    };
    const handle = {
      close(returnFocus: boolean) {
        document.removeEventListener('keydown', onKey, true);
        document.removeEventListener('pointerdown', onPointer, true);
        pop.remove();
        button.setAttribute('aria-expanded', 'false');
        button.removeAttribute('aria-controls');
        if (openOne === handle) openOne = null;
        if (returnFocus && button.isConnected) button.focus();
      },
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    openOne = handle;
    pop.focus();
  };
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-expanded') === 'true') openOne?.close(true);
    else open();
  });
  // Gone with its figure: the listener and any open explanation.
  const watch = new MutationObserver(() => {
    if (button.isConnected) return;
    i18n.off('languageChanged', label);
    if (button.getAttribute('aria-expanded') === 'true') openOne?.close(false);
    watch.disconnect();
  });
  watch.observe(overlay, { childList: true, subtree: true });
  return button;
}

/**
 * A "?" pinned to the top right corner of a figure drawn on the canvas (a named object), placed
 * from its live bounds every frame. Returns a function that removes it.
 */
export function helpAnchor(
  game: Phaser.Game,
  overlay: HTMLElement,
  i18n: I18n,
  named: string,
  topic: string,
): () => void {
  const anchor = document.createElement('div');
  anchor.className = 'help-anchor';
  overlay.appendChild(anchor);
  const button = helpButton(i18n, overlay, topic);
  anchor.appendChild(button);
  let frame = 0;
  const place = () => {
    const r = liveBounds(game, overlay, named);
    anchor.hidden = !r;
    if (r) {
      const size = button.offsetWidth;
      anchor.style.left = `${Math.round(r.x + r.width - size - 8)}px`;
      anchor.style.top = `${Math.round(r.y + 8)}px`;
    }
    frame = requestAnimationFrame(place);
  };
  place();
  return () => {
    cancelAnimationFrame(frame);
    anchor.remove();
  };
}
