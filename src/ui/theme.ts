/**
 * Design tokens, defined once. Phaser reads the numbers directly; CSS reads the same values as
 * custom properties written by `applyThemeToDocument`, so canvas and DOM never drift apart.
 */

/** Interface colours: calm, flat, high contrast on a light ground (projectors wash out dark themes). */
export const colors = {
  background: '#f6f4ef',
  surface: '#ffffff',
  surfaceMuted: '#ebe7de',
  ink: '#1d2739',
  inkMuted: '#4a5568',
  line: '#c9c2b3',
  primary: '#1f5f8b',
  primaryHover: '#174a6d',
  primaryInk: '#ffffff',
  secondary: '#ffffff',
  secondaryHover: '#efe9dc',
  secondaryInk: '#1d2739',
  disabled: '#d9d4ca',
  disabledInk: '#4a505c',
  focus: '#d55e00',
  danger: '#a33a00',
  backdrop: 'rgba(29, 39, 57, 0.45)',
} as const;

/**
 * Okabe–Ito: eight colours that stay distinguishable for the common forms of colour blindness.
 * Use these, in this order, for every chart series and for the journey illustrations.
 */
export const chartColors = {
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
  black: '#000000',
} as const;

/** The one colour for a sign, everywhere a figure's direction is drawn: blue for a gain (or
 * zero), vermillion for a loss (Okabe–Ito; the value is always written beside it too). */
export function signColor(value: number): string {
  return value >= 0 ? chartColors.blue : chartColors.vermillion;
}

export const chartSeries: readonly string[] = [
  chartColors.blue,
  chartColors.orange,
  chartColors.bluishGreen,
  chartColors.vermillion,
  chartColors.skyBlue,
  chartColors.reddishPurple,
  chartColors.yellow,
  chartColors.black,
];

/** No web fonts: whatever good sans-serif the machine already has. */
export const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

/** Type scale in pixels at the reference size (1366×768); multiplied by the layout scale. */
export const typeScale = {
  /** Captions only: labels, axes, legends, notes beside a control. */
  small: 15,
  /** Content where room is tight: map cards, score lines, lists of drivers and comments. */
  dense: 16,
  body: 18,
  large: 22,
  heading: 30,
  title: 64,
} as const;

/**
 * The smallest any text may be drawn, in CSS pixels, whatever the window or setting: a projected
 * screen must read from the back of a room. Captions (the `small` step: labels, axes, notes) may
 * go to 14 px, everything else stays at 16 px or more.
 */
export const fontFloor = { caption: 14, content: 16 } as const;

export type TypeStep = keyof typeof typeScale;

/** The text-size setting multiplies the type scale (not the spacing) by these factors. */
export const textSizeFactors = { normal: 1, large: 1.2, projector: 1.4 } as const;
export type TextSizeName = keyof typeof textSizeFactors;

/** A type step's size in CSS pixels: scaled with the window and the setting, never under its floor. */
export function fontPx(step: TypeStep, scale: number, textFactor = 1): number {
  const floor = step === 'small' ? fontFloor.caption : fontFloor.content;
  return Math.max(floor, Math.round(typeScale[step] * scale * textFactor));
}

/** Spacing steps in pixels at the reference size. */
export const space = {
  xs: 4,
  s: 8,
  m: 16,
  l: 24,
  xl: 40,
  xxl: 64,
} as const;

export const radius = { s: 6, m: 12 } as const;

export const focusRingWidth = 3;

/** The window size the numbers above were tuned for. */
export const referenceSize = { width: 1366, height: 768 } as const;

/**
 * One factor that makes type and spacing follow the window: 1 on a 1366×768 laptop, larger on a
 * 1920×1080 projector, never so small that text becomes unreadable.
 */
export function layoutScale(width: number, height: number): number {
  const factor = Math.min(width / referenceSize.width, height / referenceSize.height);
  return Math.min(1.8, Math.max(0.8, factor));
}

/** '#rrggbb' → 0xrrggbb for Phaser fills and strokes. */
export function hexToNumber(hex: string): number {
  return Number.parseInt(hex.replace('#', ''), 16);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Every token as a CSS custom property; sizes are multiplied by `--ui-scale`. */
export function themeCssVariables(): Record<string, string> {
  const variables: Record<string, string> = { '--font-family': fontFamily };
  for (const [name, value] of Object.entries(colors)) variables[`--color-${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(chartColors))
    variables[`--chart-${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(typeScale)) {
    const floor = name === 'small' ? fontFloor.caption : fontFloor.content;
    variables[`--font-size-${name}`] =
      `max(${floor}px, calc(${value}px * var(--ui-scale, 1) * var(--text-scale, 1)))`;
  }
  for (const [name, value] of Object.entries(space)) {
    variables[`--space-${name}`] = `calc(${value}px * var(--ui-scale, 1))`;
  }
  for (const [name, value] of Object.entries(radius)) variables[`--radius-${name}`] = `${value}px`;
  variables['--focus-ring-width'] = `${focusRingWidth}px`;
  return variables;
}

export function applyThemeToDocument(root: HTMLElement): void {
  for (const [name, value] of Object.entries(themeCssVariables())) {
    root.style.setProperty(name, value);
  }
}

export function applyLayoutScaleToDocument(root: HTMLElement, scale: number): void {
  root.style.setProperty('--ui-scale', scale.toFixed(3));
}

export function applyTextFactorToDocument(root: HTMLElement, factor: number): void {
  root.style.setProperty('--text-scale', factor.toFixed(3));
}
