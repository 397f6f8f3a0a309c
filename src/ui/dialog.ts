/**
 * An accessible modal dialog in the DOM overlay: role=dialog, labelled by its heading, focus
 * kept inside while open, Escape closes, and focus returns to whatever opened it. Everything
 * else in the overlay is made inert meanwhile, so the canvas buttons' proxies cannot be reached.
 */

export interface DialogOptions {
  overlay: HTMLElement;
  /** Stable name for tests, e.g. `settings`; becomes `data-name` on the dialog. */
  name: string;
  title: string;
  /** Called once with the dialog's body element, to fill it. */
  build: (body: HTMLElement, dialog: DialogHandle) => void;
  /** Called after the dialog has closed and focus has been returned. */
  onClose?: () => void;
}

export interface DialogHandle {
  readonly element: HTMLElement;
  readonly body: HTMLElement;
  setTitle(title: string): void;
  close(): void;
  readonly isOpen: boolean;
}

/**
 * A dialog's row of actions holding the one button that closes it (with the confirm sound), as
 * About, Settings and Continue end. Its label is set by a function added to `texts`, which the
 * dialog runs again on a language change.
 */
export function closingActions(
  handle: DialogHandle,
  sound: { play(name: 'confirm'): void },
  button: { name: string; label: () => string; primary?: boolean },
  texts: (() => void)[],
): HTMLDivElement {
  const actions = document.createElement('div');
  actions.className = 'dialog-actions';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = button.primary ? 'button button-primary' : 'button';
  close.dataset.name = button.name;
  close.addEventListener('click', () => {
    sound.play('confirm');
    handle.close();
  });
  texts.push(() => (close.textContent = button.label()));
  actions.appendChild(close);
  return actions;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

let dialogCounter = 0;

/** A radio button that Tab passes over: another in its group is checked. */
function isSkippedRadio(candidate: HTMLElement, root: HTMLElement): boolean {
  if (!(candidate instanceof HTMLInputElement) || candidate.type !== 'radio' || candidate.checked)
    return false;
  return Array.from(
    root.querySelectorAll<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(candidate.name)}"]`,
    ),
  ).some((other) => other.checked);
}

export function openDialog(options: DialogOptions): DialogHandle {
  const { overlay } = options;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `dialog-title-${++dialogCounter}`;

  const backdrop = document.createElement('div');
  backdrop.className = 'dialog-backdrop';
  const element = document.createElement('div');
  element.className = 'dialog';
  element.dataset.name = options.name;
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-modal', 'true');
  element.setAttribute('aria-labelledby', titleId);
  element.tabIndex = -1;
  const heading = document.createElement('h2');
  heading.id = titleId;
  heading.className = 'dialog-title';
  heading.textContent = options.title;
  const body = document.createElement('div');
  body.className = 'dialog-body';
  element.append(heading, body);
  backdrop.appendChild(element);

  const madeInert: HTMLElement[] = [];
  for (const sibling of Array.from(overlay.children)) {
    if (sibling instanceof HTMLElement && !sibling.inert) {
      sibling.inert = true;
      madeInert.push(sibling);
    }
  }
  overlay.appendChild(backdrop);

  let open = true;
  // What Tab reaches: in a radio group with a choice made, only the checked button (as browsers do).
  const focusables = () =>
    Array.from(element.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (candidate) => !candidate.closest('[inert]') && !isSkippedRadio(candidate, element),
    );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      handle.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables();
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      element.focus();
      return;
    }
    if (
      event.shiftKey &&
      (document.activeElement === first || document.activeElement === element)
    ) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  element.addEventListener('keydown', onKeyDown);
  // A click on the dimmed area outside the dialog closes it, like Escape.
  backdrop.addEventListener('mousedown', (event) => {
    if (event.target === backdrop) handle.close();
  });

  const handle: DialogHandle = {
    element,
    body,
    get isOpen() {
      return open;
    },
    setTitle(title) {
      heading.textContent = title;
    },
    close() {
      if (!open) return;
      open = false;
      backdrop.remove();
      for (const sibling of madeInert) sibling.inert = false;
      if (opener?.isConnected) opener.focus();
      options.onClose?.();
    },
  };

  options.build(body, handle);
  (focusables()[0] ?? element).focus();
  return handle;
}
