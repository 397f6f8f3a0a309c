import { describe, expect, it } from 'vitest';
import {
  chartColors,
  chartSeries,
  colors,
  fontFloor,
  fontPx,
  hexToNumber,
  layoutScale,
  referenceSize,
  signColor,
  textSizeFactors,
  themeCssVariables,
  typeScale,
} from '../../src/ui/theme';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const value = hexToNumber(hex);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('design tokens', () => {
  it.each([
    ['ink on background', colors.ink, colors.background, 7],
    ['muted ink on background', colors.inkMuted, colors.background, 4.5],
    ['primary button label', colors.primaryInk, colors.primary, 4.5],
    ['primary button label, hovered', colors.primaryInk, colors.primaryHover, 4.5],
    ['secondary button label', colors.secondaryInk, colors.secondary, 7],
    ['disabled button label', colors.disabledInk, colors.disabled, 4.5],
    ['focus ring against background', colors.focus, colors.background, 3],
    ['focus ring against a white button', colors.focus, colors.surface, 3],
  ])('%s meets its contrast ratio', (_name, foreground, background, minimum) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(minimum);
  });

  it("draws a figure's direction in one colour per sign: blue up (or none), vermillion down", () => {
    expect(signColor(3)).toBe(chartColors.blue);
    expect(signColor(0)).toBe(chartColors.blue);
    expect(signColor(-0.1)).toBe(chartColors.vermillion);
    expect(signColor(3)).not.toBe(signColor(-3));
  });

  it('chart series are the eight distinct Okabe–Ito colours', () => {
    expect(new Set(chartSeries).size).toBe(8);
    expect(chartSeries).toContain('#e69f00');
    expect(chartSeries).toContain('#56b4e9');
  });

  it('layout scale is 1 at the reference size, larger on a projector, and bounded', () => {
    expect(layoutScale(referenceSize.width, referenceSize.height)).toBe(1);
    expect(layoutScale(1920, 1080)).toBeCloseTo(1.406, 2);
    expect(layoutScale(320, 200)).toBe(0.8);
    expect(layoutScale(7680, 4320)).toBe(1.8);
  });

  it('never sizes text under its floor: captions 14 px, everything else 16 px', () => {
    for (const scale of [0.8, 1, 1.4]) {
      for (const step of Object.keys(typeScale) as (keyof typeof typeScale)[]) {
        const floor = step === 'small' ? fontFloor.caption : fontFloor.content;
        expect(fontPx(step, scale)).toBeGreaterThanOrEqual(floor);
      }
    }
    expect(fontPx('body', 1)).toBe(typeScale.body);
    expect(fontPx('body', 1, textSizeFactors.projector)).toBe(Math.round(typeScale.body * 1.4));
    expect(themeCssVariables()['--font-size-small']).toMatch(/^max\(14px, /);
    expect(themeCssVariables()['--font-size-body']).toContain('var(--text-scale');
  });

  it('exposes every colour and size to CSS as a custom property', () => {
    const variables = themeCssVariables();
    expect(variables['--color-primary']).toBe(colors.primary);
    expect(variables['--font-size-title']).toContain('var(--ui-scale');
    expect(Object.keys(variables).filter((name) => name.startsWith('--color-'))).toHaveLength(
      Object.keys(colors).length,
    );
  });
});
