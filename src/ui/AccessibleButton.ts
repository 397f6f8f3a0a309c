import Phaser from 'phaser';
import { createButtonElement, describeButton, type ButtonElement } from './buttonElement';
import { registerNamedObject } from './namedObjects';
import { frameText } from './textFrames';
import { currentTextFactor, textStyle } from './textStyle';
import { colors, focusRingWidth, hexToNumber, radius, space } from './theme';

export type ButtonVariant = 'primary' | 'secondary';

export interface AccessibleButtonOptions {
  /** Stable name for tests and tools, e.g. `title.newGame`. */
  name: string;
  label: string;
  /** Where the DOM proxy goes; its position among siblings is the tab order. */
  proxyParent: HTMLElement;
  onActivate: () => void;
  /** Called instead of `onActivate` when the button is disabled (e.g. to play a warning sound). */
  onRejected?: () => void;
  /** Called when the button receives keyboard focus (e.g. a soft select sound). */
  onFocus?: () => void;
  variant?: ButtonVariant;
  enabled?: boolean;
  /** Extra text read by screen readers, e.g. why the button is disabled. */
  description?: string;
}

const labelStyle = (uiScale: number, color: string, step: 'large' | 'body' = 'large', wrap = 0) =>
  textStyle(step, uiScale, {
    fontStyle: '600',
    color,
    align: 'center',
    // Always given (0: no wrap): Phaser keeps a style's earlier wrap width when a new style
    // leaves it out, or gives null.
    wordWrap: { width: wrap },
  });

/**
 * A button drawn by Phaser with a real `<button>` behind it in the DOM overlay. The proxy gives
 * Tab order, Enter/Space, and screen readers; Phaser gives the look and pointer hit-testing.
 * The focus ring is drawn on the canvas whenever the proxy has focus.
 */
export class AccessibleButton extends Phaser.GameObjects.Container {
  readonly proxy: HTMLButtonElement;
  readonly buttonName: string;
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly labelText: Phaser.GameObjects.Text;
  private readonly hitZone: Phaser.GameObjects.Zone;
  private readonly elements: ButtonElement;
  private readonly variant: ButtonVariant;
  private readonly options: AccessibleButtonOptions;
  private enabledState: boolean;
  private focused = false;
  private hovered = false;
  private pressed = false;
  private boxWidth = 240;
  private boxHeight = 52;
  private uiScale = 1;
  /** What the label's type was last set for; restyling re-renders the label's texture. */
  private labelFit = '';
  private destroyed = false;

  constructor(scene: Phaser.Scene, options: AccessibleButtonOptions) {
    super(scene, 0, 0);
    this.options = options;
    this.buttonName = options.name;
    this.variant = options.variant ?? 'secondary';
    this.enabledState = options.enabled ?? true;

    this.background = scene.add.graphics();
    this.labelText = scene.add
      .text(0, 0, options.label, labelStyle(this.uiScale, this.inkColor()))
      .setOrigin(0.5);
    this.hitZone = scene.add.zone(0, 0, this.boxWidth, this.boxHeight);
    this.add([this.background, this.labelText, this.hitZone]);
    scene.add.existing(this);

    this.hitZone.setInteractive({ useHandCursor: true });
    this.hitZone.on('pointerover', () => this.setHovered(true));
    this.hitZone.on('pointerout', () => {
      this.pressed = false;
      this.setHovered(false);
    });
    this.hitZone.on('pointerdown', () => {
      this.pressed = true;
      this.redraw();
    });
    this.hitZone.on('pointerup', () => {
      const wasPressed = this.pressed;
      this.pressed = false;
      this.redraw();
      if (wasPressed) this.activate();
    });

    this.elements = createButtonElement(options.name, options.label, 'proxy-button');
    this.proxy = this.elements.button;
    this.proxy.addEventListener('click', () => this.activate());
    this.proxy.addEventListener('focus', () => this.setFocused(true));
    this.proxy.addEventListener('blur', () => this.setFocused(false));
    options.proxyParent.append(this.proxy, this.elements.description);
    this.setDescription(options.description ?? '');
    this.applyEnabled();

    const unregister = registerNamedObject(options.name, () => this.boundsOnCanvas());
    frameText(this.labelText, () => this.boundsOnCanvas(), 'button');
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      unregister();
      // Removing a focused proxy fires `blur`; by then the label may be gone, so draw no more.
      this.destroyed = true;
      this.proxy.remove();
      this.elements.description.remove();
    });
    this.redraw();
  }

  /** Size in game pixels and the layout scale (for type and the focus ring). */
  setBox(width: number, height: number, uiScale: number): this {
    this.boxWidth = Math.round(width);
    this.boxHeight = Math.round(height);
    this.uiScale = uiScale;
    this.hitZone.setSize(this.boxWidth, this.boxHeight);
    if (this.hitZone.input) {
      this.hitZone.input.hitArea.setTo(0, 0, this.boxWidth, this.boxHeight);
    }
    this.fitLabel();
    this.redraw();
    return this;
  }

  setLabel(label: string): this {
    this.proxy.textContent = label;
    this.fitLabel(label);
    return this;
  }

  /**
   * The label in the large step when it fits the box; else a step smaller, then wrapped between
   * words (a long Dutch label stays inside its button, at a readable size).
   */
  private fitLabel(label = this.labelText.text): void {
    const inner = this.boxWidth - 2 * space.m * this.uiScale;
    const key = `${this.uiScale}|${currentTextFactor()}|${inner}|${label}`;
    if (key === this.labelFit) return;
    this.labelFit = key;
    const ink = this.inkColor();
    // Phaser draws a text's canvas again on every setText and setStyle: each step's style is set
    // without drawing, then the words drawn once in it (a label was drawn two to four times).
    const drawIn = (style: Phaser.Types.GameObjects.Text.TextStyle) => {
      this.labelText.style.setStyle(style, false);
      if (this.labelText.text === label) this.labelText.updateText();
      else this.labelText.setText(label);
    };
    drawIn(labelStyle(this.uiScale, ink));
    if (this.labelText.width <= inner) return;
    drawIn(labelStyle(this.uiScale, ink, 'body'));
    if (this.labelText.width <= inner) return;
    drawIn(labelStyle(this.uiScale, ink, 'body', inner));
  }

  setDescription(description: string): this {
    describeButton(this.elements, description);
    return this;
  }

  setEnabled(enabled: boolean): this {
    this.enabledState = enabled;
    this.applyEnabled();
    return this;
  }

  get enabled(): boolean {
    return this.enabledState;
  }

  focusProxy(): void {
    this.proxy.focus();
  }

  private activate(): void {
    if (!this.enabledState) {
      this.options.onRejected?.();
      return;
    }
    this.options.onActivate();
  }

  private applyEnabled(): void {
    // aria-disabled (not `disabled`) keeps the button in the tab order, so keyboard and screen
    // reader users still find it and hear why it cannot be used yet.
    this.proxy.setAttribute('aria-disabled', String(!this.enabledState));
    if (this.hitZone.input) this.hitZone.input.cursor = this.enabledState ? 'pointer' : 'default';
    this.redraw();
  }

  private setFocused(focused: boolean): void {
    this.focused = focused;
    if (focused) this.options.onFocus?.();
    this.redraw();
  }

  private setHovered(hovered: boolean): void {
    this.hovered = hovered;
    this.redraw();
  }

  private boundsOnCanvas() {
    if (!this.active || !this.visible || !this.scene) return null;
    const matrix = this.getWorldTransformMatrix();
    return {
      x: matrix.tx - this.boxWidth / 2,
      y: matrix.ty - this.boxHeight / 2,
      width: this.boxWidth,
      height: this.boxHeight,
    };
  }

  /** The label's colour for the variant and whether the button is enabled. */
  private inkColor(): string {
    if (!this.enabledState) return colors.disabledInk;
    return this.variant === 'primary' ? colors.primaryInk : colors.secondaryInk;
  }

  private redraw(): void {
    if (this.destroyed) return;
    const g = this.background;
    const w = this.boxWidth;
    const h = this.boxHeight;
    const primary = this.variant === 'primary';
    let fill: string = primary ? colors.primary : colors.secondary;
    const ink = this.inkColor();
    if (!this.enabledState) {
      fill = colors.disabled;
    } else if (this.hovered || this.pressed) {
      fill = primary ? colors.primaryHover : colors.secondaryHover;
    }
    const lift = this.pressed && this.enabledState ? 1 : 0;
    g.clear();
    if (this.enabledState && !this.pressed) {
      g.fillStyle(hexToNumber(colors.ink), 0.08);
      g.fillRoundedRect(-w / 2, -h / 2 + 3, w, h, radius.m);
    }
    g.fillStyle(hexToNumber(fill), 1);
    g.fillRoundedRect(-w / 2, -h / 2 + lift, w, h, radius.m);
    if (!primary || !this.enabledState) {
      g.lineStyle(1.5, hexToNumber(colors.line), 1);
      g.strokeRoundedRect(-w / 2, -h / 2 + lift, w, h, radius.m);
    }
    if (this.focused) {
      const gap = 4 * this.uiScale;
      g.lineStyle(focusRingWidth * Math.max(1, this.uiScale), hexToNumber(colors.focus), 1);
      g.strokeRoundedRect(-w / 2 - gap, -h / 2 - gap, w + gap * 2, h + gap * 2, radius.m + gap);
    }
    // Setting a colour re-renders the label's canvas; most redraws (hover, focus) keep it.
    if (this.labelText.style.color !== ink) this.labelText.setColor(ink);
    this.labelText.setY(lift);
  }
}
