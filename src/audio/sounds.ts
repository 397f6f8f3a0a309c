import { LOOP_NAMES, SOUND_NAMES, type LoopName, type SoundName } from './soundNames';

export { FIRST_SOUNDS, LOOP_NAMES, SOUND_NAMES } from './soundNames';
export type { LoopName, SoundName } from './soundNames';

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
