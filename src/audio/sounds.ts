/** Every sound the game can play; the files are made by assets/make-sounds.sh. */
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

const files = import.meta.glob<string>('../../assets/sounds/*.wav', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The bundled URL of each sound, keyed by name (the file name without `.wav`). */
export const soundUrls: Readonly<Record<SoundName | LoopName, string>> = (() => {
  const urls: Partial<Record<string, string>> = {};
  for (const [path, url] of Object.entries(files)) {
    const name = path
      .split('/')
      .pop()
      ?.replace(/\.wav$/, '');
    if (name) urls[name] = url;
  }
  for (const name of [...SOUND_NAMES, ...LOOP_NAMES]) {
    if (!urls[name]) throw new Error(`Sound file missing: assets/sounds/${name}.wav`);
  }
  return urls as Record<SoundName | LoopName, string>;
})();

/**
 * Sounds Preload has already fetched through Phaser's loader, as in-memory URLs: registering them
 * later costs no second request.
 */
export const preloadedSounds = new Map<SoundName | LoopName, string>();

/** Where to load a sound from: the preloaded copy if there is one, else the bundled file. */
export function soundSource(name: SoundName | LoopName): string {
  return preloadedSounds.get(name) ?? soundUrls[name];
}
