import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { CHROMIUM_ARGS } from './browser';
import { E2E_PORT } from './globalSetup';

/**
 * The production build as a trainer gets it: under its Content-Security-Policy, installed as a
 * web app, and still playing a quarter once the network is gone. It has no test hook, so the
 * game is driven through its real buttons (each canvas button has a DOM twin with a data-name).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const PORT = E2E_PORT + 100;
const BASE = `http://127.0.0.1:${PORT}/`;

let server: ChildProcess;

/** Serves a build with `vite preview` (which reads each file afresh) and waits until it answers. */
async function preview(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    const up = await fetch(base)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview of ${dir} did not answer at ${base}`);
}

beforeAll(async () => {
  server = await preview(inject('productionDir'), PORT);
});

afterAll(() => {
  server?.kill('SIGTERM');
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every Content-Security-Policy violation the page reported, and every page error. */
  problems: string[];
  close(): Promise<void>;
}

async function visit(): Promise<Visit> {
  const profile = mkdtempSync(join(tmpdir(), 'nba-offline-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  const problems: string[] = [];
  await context.exposeBinding('reportViolation', (_source, text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation;
      report(`CSP ${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const button = (page: Page, name: string) => page.locator(`[data-name="${name}"]`);

/** Activates a control as a keyboard player does: focus on it, then Enter. */
async function press(page: Page, name: string): Promise<void> {
  const control = button(page, name);
  await control.waitFor({ state: 'attached', timeout: 60_000 });
  await control.focus();
  await page.keyboard.press('Enter');
}

/** New game → the tutorial → briefing → plan → commit → watch → review: one whole quarter. */
async function playOneQuarter(page: Page): Promise<void> {
  for (const name of [
    'title.newGame',
    'choice.start.tutorial',
    'briefing.toPlan',
    'plan.commit',
    'run.skip',
    'run.continue',
  ])
    await press(page, name);
  await button(page, 'review.continue').waitFor({ state: 'attached', timeout: 60_000 });
}

describe('the production build', () => {
  it('ships the Content-Security-Policy and plays a quarter without one violation', async () => {
    const html = readFileSync(join(inject('productionDir'), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    // Its own origin, the kernel's WebAssembly, and only the two exceptions the game cannot do
    // without (data: images for Phaser, blob: reads for howler; vite.config.ts says why).
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources];
      }),
    );
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    });

    const { page, problems, close } = await visit();
    try {
      await page.goto(BASE);
      await playOneQuarter(page);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  it('the same policy stops what it must: an inline script does not run', async () => {
    const { page, problems, close } = await visit();
    try {
      await page.goto(BASE);
      await button(page, 'title.newGame').waitFor({ state: 'attached' });
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.head.appendChild(script);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => problems.some((p) => p.startsWith('CSP script-src'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('installs, then loads and plays a quarter with the network gone', async () => {
    const { context, page, problems, close } = await visit();
    try {
      await page.goto(BASE);
      const manifest = await page.getAttribute('link[rel="manifest"]', 'href');
      expect(manifest).toBeTruthy();
      // The worker precaches every file while it installs; once ready, a reload is served by it.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      await context.setOffline(true);
      expect(await fetch(BASE).then((r) => r.ok)).toBe(true); // the server itself is still up,
      await page.reload(); // but the page's network is not: everything comes from the cache.
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // Practice fetches its question files when it opens: from the cache too.
      await press(page, 'title.practice');
      await button(page, 'practice.mode.diagnostic').waitFor({
        state: 'attached',
        timeout: 60_000,
      });
      await press(page, 'practice.close');
      await playOneQuarter(page);
      expect(problems).toEqual([]);
    } finally {
      await context.setOffline(false);
      await close();
    }
  }, 180_000);

  it('a new version is offered in the middle of a game, and applied only when the player accepts', async () => {
    // A copy of the build, so its service worker can change as a new release's would.
    const dir = mkdtempSync(join(tmpdir(), 'nba-release-'));
    cpSync(inject('productionDir'), dir, { recursive: true });
    const port = PORT + 1;
    const release = await preview(dir, port);
    const { page, problems, close } = await visit();
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await playOneQuarter(page);
      // A mark on this page: a reload, forced or not, would wipe it (and count a load).
      await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
      let loads = 0;
      page.on('load', () => (loads += 1));

      appendFileSync(join(dir, 'sw.js'), '\n// the next release\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.locator('.update-notice');
      await notice.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await notice.textContent()).toContain('A new version');
      // Offered, not forced: the new worker waits, the game stays on its review, nothing reloads.
      await page.waitForTimeout(2_000);
      const waiting = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          mark: (window as unknown as { mark?: number }).mark,
          waiting: registration?.waiting?.state ?? null,
        };
      });
      expect(waiting).toEqual({ mark: 1, waiting: 'installed' });
      expect(loads).toBe(0);
      await button(page, 'review.continue').waitFor({ state: 'attached' });

      // The player accepts: the new version takes over and the page reloads into it.
      await Promise.all([
        page.waitForEvent('load', { timeout: 60_000 }),
        notice.locator('.button-primary').click(),
      ]);
      await button(page, 'title.newGame').waitFor({ state: 'attached', timeout: 60_000 });
      expect(loads).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
      release.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('the service worker of the build waits for the page: it takes over only when asked', () => {
    const sw = readFileSync(join(inject('productionDir'), 'sw.js'), 'utf8');
    // Prompt mode: skipWaiting() only in answer to the page's SKIP_WAITING message (sent by
    // updateSW(true), once the player accepts), and no clientsClaim() taking over open pages.
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/data\.type === 'SKIP_WAITING'\) \{\s*self\.skipWaiting\(\);/);
    expect(sw).not.toMatch(/clientsClaim/);
  });
});
