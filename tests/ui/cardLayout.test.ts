import { describe, expect, it } from 'vitest';
import { nameStep, splitCard } from '../../src/ui/choice/cardLayout';

describe('a scenario card shares its height', () => {
  it('gives the picture only what the words leave, within its limits', () => {
    const roomy = splitCard({
      cardHeight: 500,
      fixed: 200,
      descriptionNeed: 120,
      minPicture: 40,
      maxPicture: 150,
    });
    expect(roomy).toEqual({ picture: 150, description: 150 });
    const tight = splitCard({
      cardHeight: 340,
      fixed: 220,
      descriptionNeed: 160,
      minPicture: 40,
      maxPicture: 150,
    });
    // The description keeps the rest and scrolls; the picture never goes under its minimum.
    expect(tight).toEqual({ picture: 40, description: 80 });
    const fits = splitCard({
      cardHeight: 400,
      fixed: 200,
      descriptionNeed: 120,
      minPicture: 40,
      maxPicture: 150,
    });
    expect(fits.picture + fits.description + 200).toBe(400);
    expect(fits.description).toBeGreaterThanOrEqual(120);
  });

  it('never hands out more height than the card has', () => {
    const split = splitCard({
      cardHeight: 200,
      fixed: 190,
      descriptionNeed: 100,
      minPicture: 30,
      maxPicture: 60,
    });
    expect(split).toEqual({ picture: 30, description: 0 });
  });

  it('steps a long name down when the large size would leave under the lines asked for', () => {
    const fixedWith = (step: 'large' | 'body') => (step === 'large' ? 260 : 220);
    const ask = { fixedWith, minPicture: 30, lineHeight: 25, minLines: 2 };
    expect(nameStep({ ...ask, cardHeight: 340 })).toBe('large');
    expect(nameStep({ ...ask, cardHeight: 330 })).toBe('body');
  });
});
