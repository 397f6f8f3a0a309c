let descriptionCounter = 0;

/** A page button as the game's buttons have it: its name for tests, its description beside it. */
export interface ButtonElement {
  button: HTMLButtonElement;
  /** Hidden text a screen reader reads after the label (why the button cannot be used yet). */
  description: HTMLElement;
}

/** A `<button>` named for tests and tools (`data-name`), with its hidden description. */
export function createButtonElement(name: string, label: string, className: string): ButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.dataset.name = name;
  button.textContent = label;
  const description = document.createElement('span');
  description.id = `button-description-${++descriptionCounter}`;
  description.className = 'visually-hidden';
  return { button, description };
}

/** Sets the description a screen reader hears, or none for an empty text. */
export function describeButton({ button, description }: ButtonElement, text: string): void {
  description.textContent = text;
  if (text) button.setAttribute('aria-describedby', description.id);
  else button.removeAttribute('aria-describedby');
}
