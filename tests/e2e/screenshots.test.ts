import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clickNamed, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

describe('screenshots for review (tests/e2e/out/)', () => {
  for (const size of SIZES) {
    it(`title and settings at ${size.width}×${size.height} in English and Dutch`, async () => {
      const game = await launchGame(size, { reducedMotion: 'reduce' });
      try {
        const { page } = game;
        for (const language of ['en', 'nl'] as const) {
          await page.evaluate((l) => window.__nba.store.getState().setLanguage(l), language);
          // Park the pointer in a corner so no button shows its hover colour.
          await page.mouse.move(1, 1);
          await page.waitForTimeout(150);
          const suffix = `${size.width}x${size.height}-${language}`;
          await page.screenshot({ path: `${OUT}title-${suffix}.png` });
          await clickNamed(page, 'title.settings');
          await page.waitForTimeout(250);
          await page.screenshot({ path: `${OUT}settings-${suffix}.png` });
          await page.keyboard.press('Escape');
        }
        // Nothing on the title may fall outside the window at this size.
        for (const name of ['title.newGame', 'title.continue', 'title.settings', 'title.about']) {
          const box = await page.evaluate((n) => window.__nba.bounds(n), name);
          expect(box!.y + box!.height, name).toBeLessThanOrEqual(size.height);
        }
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }
});
