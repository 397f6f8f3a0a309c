import { chartColors, hexToNumber } from '../theme';
import type { MoodBand } from '../viewModels/runTimeline';

/** Each mood band has its own shape, colour and brightness, so none rests on hue alone. */
export const MOOD_STYLE: Record<MoodBand, { color: number; css: string; shape: MoodShape }> = {
  delighted: { color: hexToNumber(chartColors.blue), css: chartColors.blue, shape: 'circle' },
  neutral: { color: 0x8a8f98, css: '#8a8f98', shape: 'square' },
  unhappy: {
    color: hexToNumber(chartColors.vermillion),
    css: chartColors.vermillion,
    shape: 'triangle',
  },
};

export type MoodShape = 'circle' | 'square' | 'triangle';

export const MOOD_BANDS: readonly MoodBand[] = ['delighted', 'neutral', 'unhappy'];

/** One texture per mood, drawn in its colour: Phaser's Canvas renderer cannot tint images. */
export function moodTextureKey(band: MoodBand): string {
  return `run-dot-${band}`;
}
