import { describe, expect, it } from 'vitest';
import { SOFT_HYPHEN as H, breakAtSoftHyphens } from '../../src/ui/softHyphens';

/** Ten units per character, as a monospaced font would measure. */
const measure = (s: string) => s.length * 10;

describe('breaking long words at their soft hyphens', () => {
  it('leaves words that fit, and words without soft hyphens, as they are', () => {
    expect(breakAtSoftHyphens(`het spaar${H}programma`, 200, measure)).toBe(
      `het spaar${H}programma`,
    );
    expect(breakAtSoftHyphens('het loyaliteitsprogramma', 100, measure)).toBe(
      'het loyaliteitsprogramma',
    );
  });

  it('splits a word too wide at as few soft hyphens as fit, with a hyphen and a new line', () => {
    expect(breakAtSoftHyphens(`het spaar${H}programma`, 100, measure)).toBe(
      'het spaar-\nprogramma',
    );
    expect(breakAtSoftHyphens(`klant${H}contact${H}moment`, 130, measure)).toBe(
      'klantcontact-\nmoment',
    );
    expect(breakAtSoftHyphens(`klant${H}contact${H}moment`, 70, measure)).toBe(
      'klant-\ncontact-\nmoment',
    );
  });

  it('counts the hyphen a split adds in the width of its line', () => {
    // "klantcontact-" is 130 wide: at 120 the hyphen would stick out, so the word splits twice.
    const split = breakAtSoftHyphens(`klant${H}contact${H}moment`, 120, measure);
    expect(split).toBe('klant-\ncontact-\nmoment');
    // Every line fits, but for "contact-" (80), which cannot be split any further.
    for (const width of [60, 70, 80, 100, 120, 130])
      for (const line of breakAtSoftHyphens(`klant${H}contact${H}moment`, width, measure).split(
        '\n',
      ))
        expect(measure(line), `"${line}" at ${width}`).toBeLessThanOrEqual(Math.max(width, 80));
    // The last line gets no hyphen, so it may fill the width.
    expect(breakAtSoftHyphens(`spaar${H}programma`, 90, measure)).toBe('spaar-\nprogramma');
  });

  it('splits after a word’s own hyphen too, keeping that hyphen', () => {
    expect(breakAtSoftHyphens('de bagage-afgifte', 100, measure)).toBe('de bagage-\nafgifte');
    expect(breakAtSoftHyphens(`de self-service${H}kiosk`, 90, measure)).toBe(
      'de self-\nservice-\nkiosk',
    );
    expect(breakAtSoftHyphens('de bagage-afgifte', 200, measure)).toBe('de bagage-afgifte');
  });
});
