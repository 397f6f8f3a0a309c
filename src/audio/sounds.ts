// The game's sounds by name and their files, made by assets/make-sounds.sh.

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

type FirstSound = (typeof FIRST_SOUNDS)[number];
let firstSoundBytes: Map<FirstSound, Promise<ArrayBuffer | null>> | null = null;

/** How long the first sounds may take before the title goes on without them. */
export const FIRST_SOUND_TIMEOUT_MS = 10_000;

/**
 * One file's bytes by XMLHttpRequest, or `null` if it is refused, lost or too slow. Not `fetch`:
 * a fetch's answer and then its body each wait for a turn of the page's main thread, which is
 * busy building the game until Preload yields, so Preload waited for them; a request's bytes
 * arrive with one event (docs/architecture.md, "The title, the sounds asked for by the script").
 */
export function requestBytes(url: string): Promise<ArrayBuffer | null> {
  return new Promise((resolve) => {
    try {
      const request = new XMLHttpRequest();
      request.open('GET', url);
      request.responseType = 'arraybuffer';
      request.timeout = FIRST_SOUND_TIMEOUT_MS;
      request.onload = () => {
        const ok = request.status >= 200 && request.status < 300;
        resolve(ok ? (request.response as ArrayBuffer) : null);
      };
      request.onerror = request.ontimeout = request.onabort = () => resolve(null);
      request.send();
    } catch {
      // A request the page may not make (its security policy, say) is a sound not loaded.
      resolve(null);
    }
  });
}

/**
 * Asks for the interface sounds the title plays first, once: called as the page's own script
 * starts, while Phaser boots, so Preload's loader finds them arrived instead of asking then. The
 * page does not preload them: asked for beside Phaser's file they slowed its arrival. A sound
 * that cannot be loaded gives `null` (it is asked for again by its URL when it is registered).
 */
export function fetchFirstSounds(
  load: (url: string) => Promise<ArrayBuffer | null> = requestBytes,
): ReadonlyMap<FirstSound, Promise<ArrayBuffer | null>> {
  if (firstSoundBytes) return firstSoundBytes;
  const bytes = (url: string) => load(url).catch(() => null);
  firstSoundBytes = new Map(FIRST_SOUNDS.map((name) => [name, bytes(soundUrls[name])]));
  return firstSoundBytes;
}

/** Lets the first sounds' requests go once Preload has their bytes (and tests start afresh). */
export function forgetFirstSounds(): void {
  firstSoundBytes = null;
}

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
