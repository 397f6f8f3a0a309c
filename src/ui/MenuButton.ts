import type { AccessibleButtonOptions } from './AccessibleButton';
import { createButtonElement, describeButton, type ButtonElement } from './buttonElement';
import { registerNamedObject, type Rect } from './namedObjects';
import { pageTextWidth } from './pageTextWidth';
import { currentTextFactor } from './textStyle';
import { fontFamily, fontPx, space } from './theme';
import './menuButton.css';

/** Its line, in CSS pixels: set here, as the label's fit counts it. */
const BORDER_PX = 1.5;

/** A canvas button's options, but the button itself goes into `parent` (its tab order). */
export type MenuButtonOptions = Omit<AccessibleButtonOptions, 'proxyParent' | 'description'> & {
  parent: HTMLElement;
};

/**
 * A menu button that is a real `<button>` on the page, laid over the canvas where the scene's
 * layout puts it, in the look of the canvas buttons (AccessibleButton): the browser gives it
 * focus, keys, screen readers and its text, so the scene draws nothing for it. Used where a
 * screen is mostly a menu (the title), whose first frame then waits for no canvas texts.
 */
export class MenuButton {
  /** The button itself (named `proxy` like AccessibleButton's, so ButtonMenu takes either). */
  readonly proxy: HTMLButtonElement;
  private readonly elements: ButtonElement;
  private readonly unregister: () => void;
  private readonly options: MenuButtonOptions;
  private readonly enabled: boolean;
  private box: Rect & { uiScale: number } = { x: 0, y: 0, width: 240, height: 52, uiScale: 1 };
  private fitted = '';

  constructor(options: MenuButtonOptions) {
    this.options = options;
    this.enabled = options.enabled ?? true;
    this.elements = createButtonElement(
      options.name,
      options.label,
      `menu-button menu-button--${options.variant ?? 'secondary'}`,
    );
    this.proxy = this.elements.button;
    this.proxy.style.borderWidth = `${BORDER_PX}px`;
    this.proxy.addEventListener('click', () => this.activate());
    // A press by mouse leaves focus where it was, as on the canvas buttons: the focus ring and
    // the select sound are the keyboard's. Pressed looks as there too: from the pointer's press
    // until it is released or leaves (`:active` differs between browsers once focus is held).
    this.proxy.addEventListener('mousedown', (event) => event.preventDefault());
    const press = (pressed: boolean) => () =>
      this.proxy.classList.toggle('menu-button--pressed', pressed && this.enabled);
    this.proxy.addEventListener('pointerdown', press(true));
    for (const end of ['pointerup', 'pointerleave', 'pointercancel'])
      this.proxy.addEventListener(end, press(false));
    this.proxy.addEventListener('focus', () => this.options.onFocus?.());
    options.parent.append(this.proxy, this.elements.description);
    // aria-disabled (not `disabled`) keeps the button in the tab order, so keyboard and screen
    // reader users still find it and hear why it cannot be used yet.
    this.proxy.setAttribute('aria-disabled', String(!this.enabled));
    this.unregister = registerNamedObject(options.name, () =>
      this.proxy.isConnected ? this.rect() : null,
    );
  }

  /** Size in game pixels (CSS pixels over the canvas) and the layout scale (type, ring). */
  setBox(width: number, height: number, uiScale: number): this {
    this.box = { ...this.box, width: Math.round(width), height: Math.round(height), uiScale };
    this.place();
    return this;
  }

  /** Where its centre goes, in game pixels (its edges on whole pixels, as the canvas draws). */
  setPosition(x: number, y: number): this {
    const left = Math.round(x - this.box.width / 2);
    const top = Math.round(y - this.box.height / 2);
    this.box = { ...this.box, x: left, y: top };
    this.place();
    return this;
  }

  setLabel(label: string): this {
    if (this.proxy.textContent !== label) this.proxy.textContent = label;
    this.fit();
    return this;
  }

  setDescription(description: string): this {
    describeButton(this.elements, description);
    return this;
  }

  focusProxy(): void {
    this.proxy.focus();
  }

  destroy(): void {
    this.unregister();
    this.proxy.remove();
    this.elements.description.remove();
  }

  private rect(): Rect {
    const { x, y, width, height } = this.box;
    return { x, y, width, height };
  }

  private place(): void {
    const { x, y, width, height, uiScale } = this.box;
    const style = this.proxy.style;
    style.left = `${x}px`;
    style.top = `${y}px`;
    style.width = `${width}px`;
    style.height = `${height}px`;
    style.paddingInline = `${space.m * uiScale}px`;
    style.setProperty('--menu-button-scale', String(uiScale));
    this.fit();
  }

  /**
   * The label in the large step when it fits the box; else a step smaller, then wrapped between
   * words: the same rule as the canvas buttons, so a long Dutch label stays inside, readable.
   */
  private fit(): void {
    const { width, uiScale } = this.box;
    const label = this.proxy.textContent ?? '';
    const factor = currentTextFactor();
    // The content box: the padding and the line on each side (both set in place()).
    const inner = width - 2 * space.m * uiScale - 2 * BORDER_PX;
    const key = `${uiScale}|${factor}|${inner}|${label}`;
    if (key === this.fitted) return;
    this.fitted = key;
    const large = fontPx('large', uiScale, factor);
    const body = fontPx('body', uiScale, factor);
    const fits = (px: number) => (pageTextWidth(label, `600 ${px}px ${fontFamily}`) ?? 0) <= inner;
    const size = fits(large) ? large : body;
    this.proxy.style.fontSize = `${size}px`;
    this.proxy.classList.toggle('menu-button--wrapped', size === body && !fits(body));
  }

  private activate(): void {
    if (!this.enabled) {
      this.options.onRejected?.();
      return;
    }
    this.options.onActivate();
  }
}
