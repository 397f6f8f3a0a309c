import Phaser from 'phaser';
import { colors, fontFamily, typeScale } from './theme';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type Metrics = NonNullable<TextStyle['metrics']>;

let defaultTestString: string | undefined;
const metricsByFont = new Map<string, Metrics>();

/**
 * A font's ascent and descent, measured once per font by Phaser's own `MeasureText`. Phaser
 * measures them again on every `setStyle` (a canvas from its pool, the font parsed, the string
 * measured), and layouts set styles often: on the title that was a third of its `create`.
 */
function metricsOf(style: TextStyle): Metrics {
  const size = typeof style.fontSize === 'number' ? `${style.fontSize}px` : style.fontSize;
  const font = [style.fontStyle ?? '', size ?? '', style.fontFamily ?? ''].join(' ').trim();
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

/** A Phaser text style from the type scale, sharp on high-density screens. */
export function textStyle(
  size: keyof typeof typeScale,
  scale: number,
  overrides: TextStyle = {},
): TextStyle {
  const style: TextStyle = {
    fontFamily,
    fontSize: `${Math.round(typeScale[size] * scale)}px`,
    color: colors.ink,
    resolution: Math.max(1, Math.min(2, window.devicePixelRatio || 1)),
    ...overrides,
  };
  return { ...style, metrics: overrides.metrics ?? metricsOf(style) };
}

/**
 * An empty text in the body style, for a layout to style and fill. Made with its font's metrics,
 * so Phaser does not measure its default font for every text a scene creates.
 */
export function addText(scene: Phaser.Scene): Phaser.GameObjects.Text {
  return scene.add.text(0, 0, '', textStyle('body', 1));
}
