/**
 * The game's sounds by name, apart from sounds.ts (which lists the files through Vite) so the
 * build configuration can read them too. The files are made by assets/make-sounds.sh.
 */

/** Every sound the game can play. */
export const SOUND_NAMES = [
  'select',
  'confirm',
  'warning',
  'good',
  'bad',
  'event',
  'commit',
] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** The interface sounds the title can play at once: Preload loads these before it. */
export const FIRST_SOUNDS = [
  'select',
  'confirm',
  'warning',
] as const satisfies readonly SoundName[];

/** Quiet background loops: one for the title, a calmer one for play. */
export const LOOP_NAMES = ['ambient-title', 'ambient-play'] as const;
export type LoopName = (typeof LOOP_NAMES)[number];
