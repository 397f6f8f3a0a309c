import { describe, expect, it } from 'vitest';
import { clickNamed, launchGame } from './browser';

describe('error screen', () => {
  it('shows a friendly message in the chosen language instead of a blank screen', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await clickNamed(page, 'title.settings');
      await page.getByLabel('Nederlands').click();
      await page.keyboard.press('Escape');
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('simulated failure');
        });
      });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getByRole('heading').textContent()).toBe(
        await page.evaluate(() => window.__nba.i18n.t('common.error.title')),
      );
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(await alert.getByRole('button').textContent()).toBe('Spel opnieuw laden');
      // The error is still reported for developers.
      expect(game.errors.some((error) => error.includes('simulated failure'))).toBe(true);
    } finally {
      await game.close();
    }
  });
});
