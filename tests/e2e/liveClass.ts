import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startClassServer, type RunningClassServer } from '../../src/server/classServer';
import { CHROMIUM_ARGS } from './browser';

/** The class server's port in the live-class tests (127.0.0.1 only); one such file runs at a time. */
export const CLASS_PORT = 4342;
export const CLASS_URL = `http://127.0.0.1:${CLASS_PORT}/`;

/**
 * A real class server serving the e2e build at 127.0.0.1 and one Chromium, started before the
 * file's tests and closed after them. `browser` is set once they have started.
 */
export function useLiveClass(): { browser: Browser } {
  const live = {} as { browser: Browser };
  let server: RunningClassServer | undefined;
  beforeAll(async () => {
    server = await startClassServer({
      host: '127.0.0.1',
      port: CLASS_PORT,
      staticDir: inject('testDir'),
      teamUrl: CLASS_URL,
    });
    live.browser = await chromium.launch({
      executablePath: inject('chromiumPath'),
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await live.browser?.close();
    await server?.close();
  });
  return live;
}
