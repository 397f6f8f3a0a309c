import type * as HowlerModule from 'howler';
import type { Howl } from 'howler';
import type { SettingsStore } from '../state/settingsStore';
import { soundUrls, type LoopName, type SoundName } from './sounds';

/** Loops sit under the interface sounds: quiet enough to talk over in a classroom. */
const LOOP_VOLUME = 0.5;
const LOOP_FADE_MS = 1200;

/** What scenes and widgets need from sound; lets tests and DOM widgets take a stand-in. */
export interface SoundPlayer {
  play(name: SoundName): void;
}

type HowlerLibrary = typeof HowlerModule;

/**
 * The only place that talks to howler. Follows the settings store (sound on/off, volume) for
 * every sound at once through Howler's global mute and volume. Howler unlocks the AudioContext on
 * the first click, tap or key press, as browsers require. Howler itself is fetched with the first
 * sound, not before the title: nothing sounds until then anyway.
 */
export class GameAudio implements SoundPlayer {
  private library: HowlerLibrary | null = null;
  private libraryLoading: Promise<HowlerLibrary> | null = null;
  private readonly sounds = new Map<string, Howl>();
  private currentLoop: { name: LoopName; howl: Howl; id: number } | null = null;
  /** The loop the current screen asked for, playing or still to arrive. */
  private wantedLoop: LoopName | null = null;
  private readonly loaded = new Set<string>();
  private readonly unsubscribe: () => void;

  constructor(private readonly settings: SettingsStore) {
    // The settings are applied to howler as soon as it has loaded, and on every change after.
    this.unsubscribe = settings.subscribe((state, previous) => {
      if (state.soundOn !== previous.soundOn || state.volume !== previous.volume) this.apply();
    });
  }

  /**
   * Registers a sound from a URL (a blob URL from the loader, or the bundled file). A loop asked
   * for before it was registered starts now: the loops load after the title is up.
   */
  register(name: SoundName | LoopName, url: string): void {
    // Registrations keep their order: each waits for the same one-time load of howler.
    void this.loadLibrary().then(({ Howl }) => this.add(name, url, Howl));
  }

  private loadLibrary(): Promise<HowlerLibrary> {
    this.libraryLoading ??= import('howler').then((library) => {
      this.library = library;
      this.apply();
      return library;
    });
    return this.libraryLoading;
  }

  private add(name: SoundName | LoopName, given: string, Howl: HowlerLibrary['Howl']): void {
    if (this.currentLoop?.name === name) this.currentLoop = null;
    this.sounds.get(name)?.unload();
    // Without Web Audio, howler plays through an audio element, which the page's policy lets
    // load only the game's own files (no media-src blob:, vite.config.ts): the bundled file then.
    let url = given;
    if (url.startsWith('blob:') && !this.library?.Howler.usingWebAudio) {
      URL.revokeObjectURL(url);
      url = soundUrls[name];
    }
    const howl = new Howl({
      src: [url],
      format: ['wav'],
      preload: true,
      loop: name.startsWith('ambient'),
    });
    howl.once('load', () => {
      if (this.sounds.get(name) === howl) this.loaded.add(name);
      // Howler keeps the decoded sound (Web Audio), so the in-memory copy of the file can go.
      if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    });
    this.loaded.delete(name);
    this.sounds.set(name, howl);
    if (this.wantedLoop === name && this.currentLoop?.name !== name) this.startLoop(name);
  }

  play(name: SoundName): void {
    this.sounds.get(name)?.play();
  }

  /**
   * Starts a background loop, fading out the one before; one not yet registered starts when it
   * is. Calling it again with the same name is a no-op.
   */
  playLoop(name: LoopName): void {
    if (this.wantedLoop === name) return;
    this.stopLoop();
    this.wantedLoop = name;
    if (this.sounds.has(name)) this.startLoop(name);
  }

  stopLoop(): void {
    this.wantedLoop = null;
    const loop = this.currentLoop;
    if (!loop) return;
    this.currentLoop = null;
    // A loop still loading has nothing to fade yet; howler holds the stop until it has loaded.
    if (loop.howl.state() !== 'loaded') {
      loop.howl.stop(loop.id);
      return;
    }
    loop.howl.fade(loop.howl.volume(loop.id) as number, 0, LOOP_FADE_MS / 2, loop.id);
    loop.howl.once('fade', () => loop.howl.stop(loop.id), loop.id);
  }

  /**
   * For tests and diagnostics: what the player would hear right now. `muted` and `volume` are
   * null until howler has loaded (with the first sound, after the title is up).
   */
  describe(): {
    muted: boolean | null;
    volume: number | null;
    loop: LoopName | null;
    registered: string[];
    /** Registered sounds whose audio has arrived and decoded. */
    loaded: string[];
    context: AudioContextState | 'none';
  } {
    // Read back from howler itself, so a test sees what is really applied, not what was asked.
    const Howler = this.library?.Howler;
    return {
      muted: Howler ? (Howler as unknown as { _muted: boolean })._muted : null,
      volume: Howler ? Howler.volume() : null,
      loop: this.currentLoop?.name ?? null,
      registered: [...this.sounds.keys()].sort(),
      loaded: [...this.loaded].sort(),
      context: (Howler?.ctx as AudioContext | undefined)?.state ?? 'none',
    };
  }

  dispose(): void {
    this.unsubscribe();
    for (const howl of this.sounds.values()) howl.unload();
    this.sounds.clear();
    this.loaded.clear();
  }

  private startLoop(name: LoopName): void {
    const howl = this.sounds.get(name);
    if (!howl) return;
    // Howler holds a play asked for before the file has loaded and starts it once it has.
    const id = howl.play();
    howl.fade(0, LOOP_VOLUME, LOOP_FADE_MS, id);
    this.currentLoop = { name, howl, id };
  }

  private apply(): void {
    const Howler = this.library?.Howler;
    if (!Howler) return;
    const { soundOn, volume } = this.settings.getState();
    Howler.mute(!soundOn);
    Howler.volume(volume);
  }
}
