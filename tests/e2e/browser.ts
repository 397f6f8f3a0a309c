import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FileChooser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { SETTINGS_STORAGE_KEY, SETTINGS_VERSION, type TextSize } from '../../src/state/settings';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface GameBrowser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser profile (so storage starts empty) with one page at the given size. */
export async function launchGame(
  viewport = { width: 1366, height: 768 },
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    locale?: string;
    /** Starts with this text-size setting, as if the player had chosen it on an earlier visit. */
    textSize?: TextSize;
  } = {},
): Promise<GameBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'nba-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  if (options.textSize)
    await context.addInitScript(storeTextSize, {
      key: SETTINGS_STORAGE_KEY,
      version: SETTINGS_VERSION,
      textSize: options.textSize,
    });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openTitle(page);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in the page before the game: stores a text size the way the settings store persists it
 * (only that field; the others take their defaults), unless the player has stored settings since,
 * so a reload keeps what the test changed.
 */
function storeTextSize(stored: { key: string; version: number; textSize: TextSize }): void {
  if (localStorage.getItem(stored.key) === null)
    localStorage.setItem(
      stored.key,
      JSON.stringify({ state: { textSize: stored.textSize }, version: stored.version }),
    );
}

/** Loads (or reloads) the game and waits until the title scene says it is ready. */
export async function openTitle(page: Page, reload = false): Promise<void> {
  if (reload) await page.reload();
  else await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => '__nba' in window);
  await page.evaluate(() => window.__nba.waitForReady('title-ready'));
}

/** Clicks a named canvas object at its real position, so Phaser's own hit-testing decides. */
export async function clickNamed(page: Page, name: string): Promise<void> {
  const box = await page.evaluate((n) => window.__nba.bounds(n), name);
  if (!box) throw new Error(`No named object "${name}" on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The `data-name` of the focused element (a button proxy or a dialog control). */
export function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.name ?? null);
}

/**
 * Collects the page's file choosers from now on. Playwright turns on Chromium's file-chooser
 * interception only when a listener is added, and does so asynchronously: a `waitForEvent` set up
 * together with the key press can lose that race, and the chooser is then never reported. Call
 * this right after opening the page, long before the chooser is asked for.
 */
export function watchFileChoosers(page: Page): { next(): Promise<FileChooser> } {
  const seen: FileChooser[] = [];
  const waiting: ((chooser: FileChooser) => void)[] = [];
  page.on('filechooser', (chooser) => {
    const resolve = waiting.shift();
    if (resolve) resolve(chooser);
    else seen.push(chooser);
  });
  return {
    next() {
      const chooser = seen.shift();
      if (chooser) return Promise.resolve(chooser);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No file chooser opened in 30 s')), 30_000);
        waiting.push((c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
    },
  };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** The first few offending elements, as CSS selectors: enough to find them. */
  targets: string[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const violations = await axeViolations(page);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Runs axe-core in the page; returns every violation, minor ones included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Judge the settled page: a dialog still fading in would fail colour contrast for a moment.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy refuses inline
  // <script> tags, so addScriptTag would be blocked.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => String((n as { target: unknown }).target)),
    }));
  });
  return violations;
}

/**
 * Answers every event card open on the plan with its first response, by mouse; with
 * `keyboard`, by Space and Enter as a keyboard player would. Returns how many were answered.
 */
export async function answerEventCards(page: Page, keyboard = false): Promise<number> {
  let answered = 0;
  while ((await page.locator('[data-name="event-card"]').count()) > 0) {
    if (keyboard) {
      // Focus starts on the first response: Space chooses it, Enter confirms.
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    } else {
      await page.locator('[data-name="event-card"] input[type="radio"]').first().check();
      await page.click('[data-name="event.confirm"]');
    }
    answered++;
    if (answered > 10) throw new Error('Event cards keep coming back');
  }
  return answered;
}
