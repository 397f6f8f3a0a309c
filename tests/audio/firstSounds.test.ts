import { afterEach, describe, expect, it } from 'vitest';
import {
  FIRST_SOUNDS,
  fetchFirstSounds,
  forgetFirstSounds,
  soundUrls,
} from '../../src/audio/sounds';

afterEach(() => forgetFirstSounds());

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('the first sounds, asked for as the page starts', () => {
  it('asks for each interface sound the title plays first, once, by its bundled URL', async () => {
    const asked: string[] = [];
    const fetcher = (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response(bytesOf(url)));
    };
    const first = fetchFirstSounds(fetcher);
    // Preload asks again later: it gets the same requests, not new ones.
    expect(fetchFirstSounds(fetcher)).toBe(first);
    expect(asked).toEqual(FIRST_SOUNDS.map((name) => soundUrls[name]));
    expect([...first.keys()]).toEqual([...FIRST_SOUNDS]);
    for (const name of FIRST_SOUNDS) {
      const bytes = await first.get(name);
      expect(new TextDecoder().decode(bytes!)).toBe(soundUrls[name]);
    }
  });

  it('gives no bytes for a sound the server refuses or the network loses, and never throws', async () => {
    const [refused, lost, fine] = FIRST_SOUNDS;
    const fetcher = (url: string) => {
      if (url === soundUrls[refused]) return Promise.resolve(new Response('gone', { status: 404 }));
      if (url === soundUrls[lost]) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(bytesOf('wav')));
    };
    const first = fetchFirstSounds(fetcher);
    expect(await first.get(refused)).toBeNull();
    expect(await first.get(lost)).toBeNull();
    expect((await first.get(fine))!.byteLength).toBe(3);
  });
});
