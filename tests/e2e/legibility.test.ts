import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TextSize } from '../../src/state/settings';
import { fontFloor } from '../../src/ui/theme';
import { launchGame } from './browser';
import { SCENES, tourScenes, type TourScene } from './sceneTour';
import { canvasTexts, domTexts, modalOpen, overflowOf, overlapProblems } from './textChecks';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** Below its floor: a caption under 14 px, anything else under 16 px. */
const tooSmall = (t: { fontPx: number; role: 'caption' | 'content' }) =>
  t.fontPx < fontFloor[t.role] - 0.01;

describe('a room can read every screen', () => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    for (const locale of ['en-GB', 'nl-NL'])
      it(`draws no text under its floor on any screen at ${size.width}×${size.height} in ${locale}`, async () => {
        const game = await launchGame(size, { reducedMotion: 'reduce', locale });
        try {
          const seen: string[] = [];
          const small: string[] = [];
          await tourScenes(game.page, async (scene) => {
            const canvas = await canvasTexts(game.page);
            const dom = await domTexts(game.page);
            expect(canvas.length + dom.length, `${scene} shows text`).toBeGreaterThan(0);
            for (const t of [...canvas, ...dom].filter(tooSmall))
              small.push(`${scene} ${t.role} ${t.fontPx.toFixed(1)}px "${t.text.slice(0, 40)}"`);
            seen.push(scene);
          });
          expect(seen).toEqual([...SCENES]);
          expect(small.join('\n')).toBe('');
          expect(game.errors).toEqual([]);
        } finally {
          await game.close();
        }
      });
  }
});

/**
 * Screens whose every canvas text names the card, panel or band it must stay in (its chart
 * labels, gauges' names and headings too), so the fit check sees each one that leaves it.
 */
const FRAMES_EVERY_TEXT: readonly TourScene[] = [
  'Review',
  'ReviewTouchpoints',
  'ReviewComments',
  'ReviewTrends',
];

/**
 * Tours every screen, screenshots each, and lists every text that leaves its frame, is cut by the
 * window's edge, breaks a word or loses lines.
 */
async function textProblems(
  size: { width: number; height: number },
  locale: string,
  textSize?: TextSize,
  scenario = 'airline',
): Promise<{ problems: string[]; errors: string[] }> {
  const game = await launchGame(size, { reducedMotion: 'reduce', locale, textSize });
  try {
    const problems: string[] = [];
    const suffix = `${textSize ? `-${textSize}` : ''}${scenario === 'airline' ? '' : `-${scenario}`}`;
    await tourScenes(
      game.page,
      async (scene) => {
        const lang = locale.slice(0, 2);
        await game.page.screenshot({
          path: `${OUT}legibility-${scene}-${size.width}x${size.height}-${lang}${suffix}.png`,
        });
        const canvas = await canvasTexts(game.page);
        const dom = await domTexts(game.page);
        // Under a modal's backdrop the screen is covered; its own visit checks it.
        if (!(await modalOpen(game.page)))
          for (const p of overlapProblems(canvas, dom)) problems.push(`${scene}: ${p}`);
        for (const t of canvas) {
          if (!t.frame && FRAMES_EVERY_TEXT.includes(scene))
            problems.push(`${scene}: "${t.text}" has no frame to be checked against`);
          const out = t.frame ? overflowOf(t.bounds, t.frame) : 0;
          if (out > 1) problems.push(`${scene}: "${t.text}" leaves its frame by ${out}px`);
          const cut = overflowOf(t.bounds, { x: 0, y: 0, ...size });
          if (cut > 1) problems.push(`${scene}: "${t.text}" cut by the window's edge by ${cut}px`);
          if (t.brokenWord) problems.push(`${scene}: "${t.brokenWord}" broken in "${t.text}"`);
          if (t.hiddenLines) problems.push(`${scene}: "${t.text}" cut after its last line`);
        }
        for (const t of dom) {
          if (t.overflow > 1)
            problems.push(`${scene}: "${t.text}" leaves its box by ${t.overflow}px`);
          if (t.brokenWord) problems.push(`${scene}: "${t.brokenWord}" broken in "${t.text}"`);
        }
      },
      scenario,
    );
    return { problems, errors: [...game.errors] };
  } finally {
    await game.close();
  }
}

describe('text fits, in English and Dutch', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    for (const locale of ['en-GB', 'nl-NL']) {
      it(`keeps every text inside its frame, words whole, at ${size.width}×${size.height} in ${locale}`, async () => {
        const { problems, errors } = await textProblems(size, locale);
        expect(problems.join('\n')).toBe('');
        expect(errors).toEqual([]);
      });
    }
  }
});

/**
 * At the projector text size, the airline and the hotel: the hotel's map has the longest Dutch
 * names ("Restaurant", "Zwembad"), a stage more than the airline and nine channels beside the Run.
 */
describe('text fits at the projector text size, in English and Dutch, airline and hotel', () => {
  for (const scenario of ['airline', 'hotel'])
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1024, height: 768 },
    ]) {
      for (const locale of ['en-GB', 'nl-NL']) {
        it(`keeps every text inside its frame, words whole, in the ${scenario} at ${size.width}×${size.height} in ${locale} with projector text`, async () => {
          const { problems, errors } = await textProblems(size, locale, 'projector', scenario);
          expect(problems.join('\n')).toBe('');
          expect(errors).toEqual([]);
        });
      }
    }
});
