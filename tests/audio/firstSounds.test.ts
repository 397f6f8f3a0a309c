import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_SOUNDS,
  FIRST_SOUND_TIMEOUT_MS,
  fetchFirstSounds,
  forgetFirstSounds,
  requestBytes,
  soundUrls,
} from '../../src/audio/sounds';

afterEach(() => {
  forgetFirstSounds();
  vi.unstubAllGlobals();
});

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('the first sounds, asked for as the page starts', () => {
  it('asks for each interface sound the title plays first, once, by its bundled URL', async () => {
    const asked: string[] = [];
    const load = (url: string) => {
      asked.push(url);
      return Promise.resolve(bytesOf(url));
    };
    const first = fetchFirstSounds(load);
    // Preload asks again later: it gets the same requests, not new ones.
    expect(fetchFirstSounds(load)).toBe(first);
    expect(asked).toEqual(FIRST_SOUNDS.map((name) => soundUrls[name]));
    expect([...first.keys()]).toEqual([...FIRST_SOUNDS]);
    for (const name of FIRST_SOUNDS) {
      const bytes = await first.get(name);
      expect(new TextDecoder().decode(bytes!)).toBe(soundUrls[name]);
    }
  });

  it('gives no bytes for a sound that is refused or lost, and never throws', async () => {
    const [refused, lost, fine] = FIRST_SOUNDS;
    const load = (url: string) => {
      if (url === soundUrls[refused]) return Promise.resolve(null);
      if (url === soundUrls[lost]) return Promise.reject(new TypeError('network lost'));
      return Promise.resolve(bytesOf('wav'));
    };
    const first = fetchFirstSounds(load);
    expect(await first.get(refused)).toBeNull();
    expect(await first.get(lost)).toBeNull();
    expect((await first.get(fine))!.byteLength).toBe(3);
  });
});

/** What a test's answer may set on a request once it is sent. */
interface Answered {
  status: number;
  response: unknown;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  ontimeout: (() => void) | null;
  onabort: (() => void) | null;
}

/** A stand-in for the browser's request: answers as `answer` says once sent. */
function fakeRequests(answer: (request: Answered) => void) {
  const made: Answered[] = [];
  class FakeRequest implements Answered {
    method = '';
    url = '';
    responseType = '';
    timeout = 0;
    status = 0;
    response: unknown = null;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    constructor() {
      made.push(this);
    }
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    send() {
      queueMicrotask(() => answer(this));
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
  return made;
}

describe('requestBytes, the page request behind them', () => {
  it('asks for the file as bytes, with a time limit, and gives its bytes on success', async () => {
    const made = fakeRequests((r) => {
      r.status = 200;
      r.response = bytesOf('RIFF');
      r.onload?.();
    });
    const bytes = await requestBytes('/assets/select.wav');
    expect(new TextDecoder().decode(bytes!)).toBe('RIFF');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      method: 'GET',
      url: '/assets/select.wav',
      responseType: 'arraybuffer',
      timeout: FIRST_SOUND_TIMEOUT_MS,
    });
  });

  it('gives null for a refusal, a lost connection, a timeout or an abort', async () => {
    const outcomes: ((r: Answered) => void)[] = [
      (r) => {
        r.status = 404;
        r.response = bytesOf('gone');
        r.onload?.();
      },
      (r) => r.onerror?.(),
      (r) => r.ontimeout?.(),
      (r) => r.onabort?.(),
    ];
    for (const outcome of outcomes) {
      fakeRequests(outcome);
      expect(await requestBytes('/assets/confirm.wav')).toBeNull();
    }
  });

  it('gives null when the request cannot even be made', async () => {
    vi.stubGlobal(
      'XMLHttpRequest',
      class {
        open() {
          throw new DOMException('refused', 'SecurityError');
        }
      },
    );
    await expect(requestBytes('/assets/warning.wav')).resolves.toBeNull();
  });
});
