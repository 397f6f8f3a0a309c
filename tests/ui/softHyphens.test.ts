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
    expect(breakAtSoftHyphens(`klant${H}contact${H}moment`, 120, measure)).toBe(
      'klantcontact-\nmoment',
    );
    expect(breakAtSoftHyphens(`klant${H}contact${H}moment`, 70, measure)).toBe(
      'klant-\ncontact-\nmoment',
    );
  });

  it('splits after a word’s own hyphen too, keeping that hyphen', () => {
    expect(breakAtSoftHyphens('de bagage-afgifte', 100, measure)).toBe('de bagage-\nafgifte');
    expect(breakAtSoftHyphens(`de self-service${H}kiosk`, 90, measure)).toBe(
      'de self-\nservice-\nkiosk',
    );
    expect(breakAtSoftHyphens('de bagage-afgifte', 200, measure)).toBe('de bagage-afgifte');
  });
});
