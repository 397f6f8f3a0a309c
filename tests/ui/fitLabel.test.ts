import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { FIT_FACTORS, fitLabel, fitLabelsAlike } from '../../src/ui/journeyMap/fitLabel';
import { SOFT_HYPHEN as H } from '../../src/ui/softHyphens';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

/**
 * A stand-in for a Phaser text: each character is half its font size wide; lines wrap between
 * words at the style's width (a word wider than that keeps its own line, as Phaser does).
 */
class FakeText {
  text = '';
  fontPx = 20;
  private wrap = Infinity;
  readonly context = { measureText: (s: string) => ({ width: this.measure(s) }) };

  private measure(s: string): number {
    return s.split(H).join('').length * this.fontPx * 0.5;
  }

  setText(text: string): this {
    this.text = text;
    return this;
  }

  setStyle(style: Style): this {
    this.fontPx = Number.parseFloat(String(style.fontSize));
    this.wrap = style.wordWrap?.width ?? Infinity;
    return this;
  }

  get lines(): string[] {
    const lines: string[] = [];
    for (const given of this.text.split('\n')) {
      let line = '';
      for (const word of given.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (line && this.measure(next) > this.wrap) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      lines.push(line);
    }
    return lines;
  }

  get width(): number {
    return Math.max(...this.lines.map((l) => this.measure(l)));
  }
}

const style = (factor: number, breakWords: boolean, room = 100): Style => ({
  fontSize: `${20 * factor}px`,
  wordWrap: { width: room, useAdvancedWrap: breakWords },
});
const fake = () => new FakeText();
const asText = (t: FakeText) => t as unknown as Phaser.GameObjects.Text;

describe('fitting a map label to its card', () => {
  it('keeps a name that wraps between words at its full size', () => {
    const t = fake();
    // Ten units a character: "check in" wraps to two lines of at most 50.
    expect(fitLabel(asText(t), 'check in', 60, (f, b) => style(f, b, 60))).toBe(1);
    expect(t.lines).toEqual(['check', 'in']);
  });

  it('splits a long word at its soft hyphen before it makes the text smaller', () => {
    const t = fake();
    // "spaarprogramma" is 140 wide; "spaar-" and "programma" fit 100 with the hyphen's room.
    expect(fitLabel(asText(t), `spaar${H}programma`, 100, (f, b) => style(f, b))).toBe(1);
    expect(t.lines).toEqual(['spaar-', 'programma']);
    expect(t.width).toBeLessThanOrEqual(100);
  });

  it('steps down to the largest size at which a word without a soft hyphen fits whole', () => {
    const t = fake();
    // "complaints" is 100 at the full size: 90 wide it fits at 0.9 (90), not at 1.
    expect(fitLabel(asText(t), 'complaints', 90, (f, b) => style(f, b, 90))).toBe(0.9);
    expect(t.text).toBe('complaints');
    expect(t.width).toBeLessThanOrEqual(90);
  });

  it('breaks a word anywhere only when nothing fits at the smallest size', () => {
    const t = fake();
    const calls: boolean[] = [];
    const factor = fitLabel(asText(t), 'housekeeping', 50, (f, b) => {
      calls.push(b);
      return style(f, b, 50);
    });
    expect(factor).toBe(0);
    expect(t.fontPx).toBe(20 * FIT_FACTORS[FIT_FACTORS.length - 1]!);
    expect(calls.at(-1)).toBe(true);
    expect(calls.slice(0, -1).every((b) => !b)).toBe(true);
  });

  it('fits a row of labels at one size: the largest every label fits', () => {
    const texts = [fake(), fake(), fake()];
    const names = ['boarding', 'complaints', 'search'];
    const factor = fitLabelsAlike(
      texts.map((t, i) => ({ text: asText(t), name: names[i]!, room: 90 })),
      (_, f, b) => style(f, b, 90),
    );
    expect(factor).toBe(0.9);
    expect(texts.map((t) => t.fontPx)).toEqual([18, 18, 18]);
  });

  it('keeps a row at or under the largest size it is allowed', () => {
    const texts = [fake(), fake()];
    const factor = fitLabelsAlike(
      texts.map((t) => ({ text: asText(t), name: 'spa', room: 200 })),
      (_, f, b) => style(f, b, 200),
      0.82,
    );
    expect(factor).toBe(0.82);
    expect(texts.map((t) => t.fontPx)).toEqual([16.4, 16.4]);
  });
});
