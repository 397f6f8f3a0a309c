import Phaser from 'phaser';
import { colors, fontFamily, fontPx, type TypeStep } from './theme';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type Metrics = NonNullable<TextStyle['metrics']>;

let defaultTestString: string | undefined;
const metricsByFont = new Map<string, Metrics>();

/**
 * A font's ascent and descent, measured once per font by Phaser's own `MeasureText`. Phaser
 * measures them again on every `setStyle` (a canvas from its pool, the font parsed, the string
 * measured), and layouts set styles often: on the title that was a third of its `create`.
 */
function fontOf(style: TextStyle): string {
  const size = typeof style.fontSize === 'number' ? `${style.fontSize}px` : style.fontSize;
  return [style.fontStyle ?? '', size ?? '', style.fontFamily ?? ''].join(' ').trim();
}

function metricsOf(style: TextStyle): Metrics {
  const font = fontOf(style);
  // Phaser's default string, read from Phaser itself: its source spells it mis-decoded today.
  defaultTestString ??= new Phaser.GameObjects.TextStyle(
    null as unknown as Phaser.GameObjects.Text,
    { metrics: { ascent: 0, descent: 0, fontSize: 0 } },
  ).testString;
  const testString = style.testString ?? defaultTestString;
  const key = `${font}\n${testString}`;
  let metrics = metricsByFont.get(key);
  if (!metrics) {
    // The part of a TextStyle that MeasureText reads.
    const measured = {
      _font: font,
      testString,
      baselineX: style.baselineX ?? 1.2,
      baselineY: style.baselineY ?? 1.4,
      syncFont: (_canvas: HTMLCanvasElement, context: CanvasRenderingContext2D) => {
        context.font = font;
      },
    } as unknown as Phaser.GameObjects.TextStyle;
    metrics = Phaser.GameObjects.MeasureText(measured);
    metricsByFont.set(key, metrics);
  }
  return metrics;
}

let textFactor = 1;

/** The text-size setting's factor (normal 1, larger for a projector); layouts read it live. */
export function setTextFactor(factor: number): void {
  textFactor = factor;
}

export function currentTextFactor(): number {
  return textFactor;
}

/** Fonts drawn in each role, so a test can tell a caption (may be 14 px) from content (16 px). */
const fontsByRole = { caption: new Set<string>(), content: new Set<string>() };

/** 'caption' only for a font that no content text uses; anything else counts as content. */
export function fontRole(font: string): 'caption' | 'content' {
  return fontsByRole.caption.has(font) && !fontsByRole.content.has(font) ? 'caption' : 'content';
}

/**
 * A Phaser text style from the type scale, sharp on high-density screens. The size follows the
 * window (`scale`) and the text-size setting, and never drops under its floor (see `fontPx`).
 * No `lineSpacing`: Phaser reads it only when a text is made, and texts here are made by `addText`
 * and styled after, so it would be silently ignored (use the text's `setLineSpacing`).
 */
export function textStyle(
  size: TypeStep,
  scale: number,
  overrides: Omit<TextStyle, 'lineSpacing'> = {},
): TextStyle {
  const style: TextStyle = {
    fontFamily,
    fontSize: `${fontPx(size, scale, textFactor)}px`,
    color: colors.ink,
    resolution: Math.max(1, Math.min(2, window.devicePixelRatio || 1)),
    ...overrides,
  };
  fontsByRole[size === 'small' ? 'caption' : 'content'].add(fontOf(style));
  return { ...style, metrics: overrides.metrics ?? metricsOf(style) };
}

/**
 * An empty text in the body style, for a layout to style and fill. Made with its font's metrics,
 * so Phaser does not measure its default font for every text a scene creates.
 */
export function addText(scene: Phaser.Scene): Phaser.GameObjects.Text {
  return scene.add.text(0, 0, '', textStyle('body', 1));
}
