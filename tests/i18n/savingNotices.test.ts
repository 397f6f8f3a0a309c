import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';

describe('the save notices count quarters in words that fit the count', () => {
  const cut = (language: string, count: number) =>
    createI18n(language).t('saving.revisionCut', { count, total: 3, from: 9, to: 10 });

  it('says none, only the first, or the first N of the quarters played again, in English', () => {
    expect(cut('en', 0)).toContain('None of your 3 quarters could be played again');
    expect(cut('en', 0)).toContain('starts again from its first quarter');
    expect(cut('en', 1)).toContain('Of your 3 quarters, only the first could be played again');
    expect(cut('en', 2)).toContain('Of your 3 quarters, the first 2 could be played again');
  });

  it('and in Dutch', () => {
    expect(cut('nl', 0)).toContain('Geen van je 3 kwartalen kon opnieuw worden gespeeld');
    expect(cut('nl', 1)).toContain('Van je 3 kwartalen kon alleen het eerste opnieuw');
    expect(cut('nl', 2)).toContain('Van je 3 kwartalen konden de eerste 2 opnieuw');
  });
});
