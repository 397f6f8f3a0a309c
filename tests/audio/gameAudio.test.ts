import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GameAudio } from '../../src/audio/gameAudio';
import { soundUrls } from '../../src/audio/sounds';
import { createSettingsStore } from '../../src/state/settingsStore';
import { createMemoryStorage } from '../../src/state/storage';

/** A stand-in for howler: records each sound's sources; Web Audio on or off as a test sets it. */
const howler = vi.hoisted(() => {
  const made: string[][] = [];
  const Howler = { usingWebAudio: true, mute: () => {}, volume: () => {} };
  class Howl {
    private readonly handlers = new Map<string, () => void>();
    constructor(options: { src: string[] }) {
      made.push(options.src);
    }
    once(event: string, handler: () => void) {
      this.handlers.set(event, handler);
    }
    emit(event: string) {
      this.handlers.get(event)?.();
    }
    unload() {}
  }
  return { made, Howler, Howl };
});
vi.mock('howler', () => ({ Howler: howler.Howler, Howl: howler.Howl }));

const revoked: string[] = [];
beforeEach(() => {
  howler.made.length = 0;
  revoked.length = 0;
  vi.stubGlobal('URL', { revokeObjectURL: (url: string) => revoked.push(url) });
});
afterEach(() => vi.unstubAllGlobals());

/** Registers one sound from an in-memory URL and waits until howler has been asked for it. */
async function register(webAudio: boolean): Promise<string[]> {
  howler.Howler.usingWebAudio = webAudio;
  const audio = new GameAudio(createSettingsStore({ storage: createMemoryStorage() }));
  audio.register('confirm', 'blob:preloaded-confirm');
  await vi.waitFor(() => expect(howler.made).toHaveLength(1));
  return howler.made[0]!;
}

describe('sounds under the page policy (no media-src blob:)', () => {
  it('with Web Audio, howler reads the preloaded bytes from their in-memory URL', async () => {
    expect(await register(true)).toEqual(['blob:preloaded-confirm']);
    expect(revoked).toEqual([]);
  });

  it('without Web Audio, the audio element gets the bundled file, and the in-memory copy goes', async () => {
    expect(await register(false)).toEqual([soundUrls.confirm]);
    expect(revoked).toEqual(['blob:preloaded-confirm']);
  });
});
