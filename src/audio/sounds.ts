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
 * Sounds Preload has already fetched through Phaser's loader, as bytes: registering them later
 * costs no second request.
 */
export const preloadedSounds = new Map<SoundName | LoopName, ArrayBuffer>();

/**
 * Where to load a sound from: an in-memory URL of the preloaded copy (made here, after the title
 * has drawn, as making one waits on the browser), else the bundled file. The audio wrapper gives
 * an in-memory URL back once the sound has loaded.
 */
export function soundSource(name: SoundName | LoopName): string {
  const data = preloadedSounds.get(name);
  if (!data) return soundUrls[name];
  preloadedSounds.delete(name);
  return URL.createObjectURL(new Blob([data], { type: 'audio/wav' }));
}
