/** A button a menu can move focus to: a canvas button's proxy or a page button. */
export interface MenuItem {
  readonly proxy: HTMLElement;
  focusProxy(): void;
}

/**
 * Arrow keys move between the buttons of one menu (Tab still works as usual). The group gets an
 * accessible name so screen readers announce "Main menu" when focus enters it.
 */
export class ButtonMenu {
  readonly element: HTMLElement;
  private readonly buttons: MenuItem[] = [];

  constructor(parent: HTMLElement, label: string) {
    this.element = document.createElement('div');
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', label);
    this.element.addEventListener('keydown', (event) => this.onKeyDown(event));
    parent.appendChild(this.element);
  }

  add<T extends MenuItem>(button: T): T {
    this.buttons.push(button);
    return button;
  }

  setLabel(label: string): void {
    this.element.setAttribute('aria-label', label);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const current = this.buttons.findIndex((button) => button.proxy === document.activeElement);
    if (current < 0) return;
    const last = this.buttons.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = current === last ? 0 : current + 1;
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = current === 0 ? last : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.buttons[next]?.focusProxy();
  }
}
