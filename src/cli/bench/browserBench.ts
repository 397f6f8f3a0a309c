/**
 * The browser part of `npm run bench`, measured in headless Chromium (software WebGL) on
 * 127.0.0.1: navigation → interactive title against a bare Phaser 4 scene, frames per second at
 * the Run scene's busiest moment, JS shipped (gzip), heap growth over full games in one tab.
 * A benchmark, never a test: it prints figures beside their budgets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../tests/e2e/browser';
import { findChromium } from '../chromium';
import { median, pairedRatio } from './stats';

export const BROWSER_BUDGETS = {
  titleMs: 1000,
  titleRatio: 1.25,
  runFps: 55,
  jsGzipKB: 450,
  heapGrowthMB: 5,
} as const;

export interface BrowserBenchResult {
  titleMs: number;
  bareMs: number;
  /** The median over the draw's loads of title ÷ the bare load taken right after it. */
  titleRatio: number;
  /** The Run scene's fps under WebGL (`?renderer=webgl`): software WebGL here, as the budget says. */
  runFps: number;
  /** The Run scene's fps with the renderer the game picks itself (Canvas where WebGL is software). */
  runFpsChosen: number;
  /** The title scene's fps in the same browser: what this machine's renderer gives at all. */
  titleFps: number;
  /** The renderer the game chose in this browser, and the GPU name WebGL reported. */
  renderer: string;
  rendererName: string;
  /** Every script the production build ships, gzip (the budgeted figure). */
  jsGzipKB: number;
  /** Every data file (JSON) it ships, gzip: fetched at run time, precached for offline play. */
  dataGzipKB: number;
  /** Of the scripts, those the game's page can ever load (not the class page's, nor the worker). */
  gamePageJsGzipKB: number;
  heapGrowthMB: number;
  heapGames: number;
}

export interface BrowserBenchOptions {
  /** Title loads measured per page (the median is reported). */
  loads: number;
  /** Full games played in one tab for the heap figure. */
  heapGames: number;
  /** Seconds the Run scene's frames are counted. */
  fpsSeconds: number;
  /** Times every figure is measured, in the same browser (the builds are made once). */
  runs: number;
}

export const ROOT = resolve(new URL('../../../', import.meta.url).pathname);
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wav': 'audio/wav',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function build(args: string[], what: string): void {
  const result = spawnSync(process.execPath, [VITE, 'build', ...args, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
}

/** A static file server on 127.0.0.1 at a free port: one folder per path prefix. */
export async function serve(
  folders: Record<string, string>,
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const prefix = Object.keys(folders).find((p) => path.startsWith(p)) ?? '/';
    const base = folders[prefix]!;
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Gzip sizes (kB of 1,000 bytes) of what a production build ships, every page and the service
 * worker included: its scripts (the budget), and its data files (JSON: the question bank and
 * anything else fetched at run time), reported beside them so data moved out of the scripts
 * stays in sight.
 */
export function shippedGzipKB(dir: string): { js: number; data: number; gamePageJs: number } {
  let js = 0;
  let data = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.')) continue; // the build's manifest (.vite/), not served
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) js += gzipSync(readFileSync(path), { level: 9 }).length;
      else if (name.endsWith('.json')) data += gzipSync(readFileSync(path), { level: 9 }).length;
    }
  };
  walk(dir);
  return { js: round(js / 1000), data: round(data / 1000), gamePageJs: gamePageKB(dir) };
}

/**
 * The scripts the game's page (index.html) can load, at once or later (every dynamic import:
 * the scenes of a game, practice, joining a class), from Vite's build manifest; gzip kB. The
 * class page's own script and the service worker are the rest of what is shipped.
 */
function gamePageKB(dir: string): number {
  type Chunk = { file: string; imports?: string[]; dynamicImports?: string[] };
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])])
      visit(next);
  };
  visit('index.html');
  let bytes = 0;
  for (const key of seen) {
    const file = manifest[key]!.file;
    if (file.endsWith('.js')) bytes += gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  }
  return round(bytes / 1000);
}

export async function launch(): Promise<{
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'nba-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // tsx keeps function names with a `__name` helper that does not exist inside the page.
  await page.addInitScript('window.__name = (f) => f;');
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Navigation → the title scene's ready event, in ms from navigation start. */
async function titleMs(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __titleAt?: number }).__titleAt);
  const at = await page.evaluate(() => (window as unknown as { __titleAt: number }).__titleAt);
  // The rest of the game loads after the title has drawn; what follows drives it.
  await page.evaluate(() => window.__nba.waitForReady('Title'));
  return at;
}

async function bareMs(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bareReadyAt?: number }).__bareReadyAt);
  return page.evaluate(() => (window as unknown as { __bareReadyAt: number }).__bareReadyAt);
}

// Installed before the game's scripts: notes the moment the title becomes interactive, as the
// test hook is put on `window`.
export const TITLE_PROBE = `
  Object.defineProperty(window, '__nba', {
    configurable: true,
    set(hook) {
      Object.defineProperty(window, '__nba', { value: hook, writable: true, configurable: true });
      hook.game.events.on('scene-ready', (key) => {
        if (key === 'Title' && window.__titleAt === undefined) window.__titleAt = performance.now();
      });
    },
  });
`;

/** Plays `quarters` quarters through the store and opens the Run scene on the last one. */
async function openRun(page: Page, scenario: string, quarters: number): Promise<void> {
  await page.evaluate(
    ({ scenario, quarters }) => {
      const hook = window.__nba;
      const store = hook.session.getState;
      store().start(scenario, 'normal', 20260101);
      store().beginPlanning();
      for (let q = 0; q < quarters; q++) {
        store().commitQuarter();
        if (q < quarters - 1) {
          store().finishRun();
          store().continueGame();
        }
      }
      hook.game.scene.getScenes(true)[0]!.scene.start('Run');
    },
    { scenario, quarters },
  );
  await page.evaluate(() => window.__nba.waitForReady('Run'));
}

/** Frames counted from `game.events` 'step' over a window. */
async function stepsPerSecond(page: Page, seconds: number): Promise<number> {
  return page.evaluate(async (seconds) => {
    let frames = 0;
    const count = () => frames++;
    window.__nba.game.events.on('step', count);
    await new Promise((done) => setTimeout(done, seconds * 1000));
    window.__nba.game.events.off('step', count);
    return frames / seconds;
  }, seconds);
}

/** Frames counted from `game.events` 'step' over a window, starting at the busiest moment. */
async function runFps(page: Page, seconds: number): Promise<number> {
  return page.evaluate(async (seconds) => {
    const hook = window.__nba;
    const run = hook.game.scene.getScene('Run') as unknown as {
      seek(t: number): void;
      busiest: number;
    };
    run.seek(Math.max(0, run.busiest - seconds / 2));
    let frames = 0;
    const count = () => frames++;
    hook.game.events.on('step', count);
    await new Promise((done) => setTimeout(done, seconds * 1000));
    hook.game.events.off('step', count);
    return frames / seconds;
  }, seconds);
}

/** One whole game through the scenes: Run skipped, Review continued, the scorecard, the title. */
async function playWholeGame(page: Page, scenario: string): Promise<void> {
  await page.evaluate((scenario) => {
    const store = window.__nba.session.getState;
    store().start(scenario, 'normal', 7);
    store().beginPlanning();
  }, scenario);
  for (;;) {
    const finished = await page.evaluate(async () => {
      const hook = window.__nba;
      const store = hook.session.getState;
      store().commitQuarter();
      hook.game.scene.getScenes(true)[0]!.scene.start('Run');
      await hook.waitForReady('Run');
      const run = hook.game.scene.getScene('Run') as unknown as { skip(): void; continue(): void };
      run.skip();
      run.continue();
      await hook.waitForReady('Review');
      // Let the review finish its attribution before moving on, as a player would.
      await new Promise((done) => setTimeout(done, 150));
      const review = hook.game.scene.getScene('Review') as unknown as { continue(): void };
      review.continue();
      return store().session?.phase === 'end' || store().session === null;
    });
    if (finished) break;
  }
  await page.evaluate(async () => {
    const hook = window.__nba;
    await hook.waitForReady('End');
    hook.session.getState().leave();
    hook.game.scene.getScene('End').scene.start('Title');
    await hook.waitForReady('Title');
  });
}

async function usedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult[]> {
  const testDir = join(ROOT, 'dist-bench');
  const prodDir = join(ROOT, 'dist-bench-prod');
  const bareDir = join(ROOT, 'dist-bench-bare');
  build(['--mode', 'e2e', '--outDir', testDir], 'Test build');
  build(['--outDir', prodDir, '--manifest'], 'Production build');
  build(
    // The same Phaser build as the game's, so the ratio compares the game with bare Phaser.
    [
      join(ROOT, 'tests/bench/bare'),
      '--config',
      join(ROOT, 'vite.config.ts'),
      '--mode',
      'bench-bare',
      '--outDir',
      bareDir,
      '--emptyOutDir',
    ],
    'Bare Phaser build',
  );

  const { server, url } = await serve({ '/bare/': bareDir, '/': testDir });
  const browser = await launch();
  try {
    const { page } = browser;
    await page.addInitScript(TITLE_PROBE);
    // One untimed load of each first, so the server's files are read from memory. The server
    // sends no-store, so every timed load fetches and compiles the scripts afresh, as a first
    // visit does.
    await titleMs(page, `${url}/`);
    await bareMs(page, `${url}/bare/`);
    const shipped = shippedGzipKB(prodDir);
    const results: BrowserBenchResult[] = [];
    for (let run = 0; run < options.runs; run++)
      results.push(await measureOnce(page, url, options, shipped));
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

/** One draw of every browser figure, in the page already open. */
async function measureOnce(
  page: Page,
  url: string,
  options: BrowserBenchOptions,
  shipped: { js: number; data: number; gamePageJs: number },
): Promise<BrowserBenchResult> {
  const titles: number[] = [];
  const bares: number[] = [];
  for (let i = 0; i < options.loads; i++) {
    titles.push(await titleMs(page, `${url}/`));
    bares.push(await bareMs(page, `${url}/bare/`));
  }

  await titleMs(page, `${url}/`);
  const { renderer, rendererName } = await page.evaluate(() => ({
    renderer: window.__nba.renderer,
    rendererName: window.__nba.rendererName ?? 'none',
  }));
  const titleFps = await stepsPerSecond(page, options.fpsSeconds);
  await openRun(page, 'airline', 3);
  const fps = await runFps(page, options.fpsSeconds);
  await titleMs(page, `${url}/?renderer=webgl`);
  await openRun(page, 'airline', 3);
  const fpsWebgl = await runFps(page, options.fpsSeconds);

  await titleMs(page, `${url}/`);
  await playWholeGame(page, 'tutorial');
  const before = await usedHeapMB(page);
  for (let i = 0; i < options.heapGames; i++) await playWholeGame(page, 'tutorial');
  const after = await usedHeapMB(page);

  const titleMedian = median(titles);
  const bareMedian = median(bares);
  // Each title load and the bare load right after it share the host's moment (as the engine's
  // games and bare loops do): the ratio of the pairs, not of two medians.
  const titleRatio = pairedRatio(titles, bares);
  return {
    titleMs: round(titleMedian, 0),
    bareMs: round(bareMedian, 0),
    titleRatio: round(titleRatio, 2),
    runFps: round(fpsWebgl),
    runFpsChosen: round(fps),
    titleFps: round(titleFps),
    renderer,
    rendererName,
    jsGzipKB: shipped.js,
    dataGzipKB: shipped.data,
    gamePageJsGzipKB: shipped.gamePageJs,
    heapGrowthMB: round(after - before, 2),
    heapGames: options.heapGames,
  };
}

export function browserReport(r: BrowserBenchResult): string {
  const B = BROWSER_BUDGETS;
  const line = (label: string, value: string, budget: string, ok: boolean) =>
    `  ${label.padEnd(34)} ${value.padStart(10)}   budget ${budget.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`;
  // A figure for comparison only, with no budget of its own.
  const info = (label: string, value: string) => `  ${label.padEnd(34)} ${value.padStart(10)}`;
  return [
    'Browser (headless Chromium, software WebGL, 127.0.0.1)',
    `  renderer chosen: ${r.renderer} (WebGL reports "${r.rendererName}")`,
    line(
      'navigation → interactive title',
      `${r.titleMs} ms`,
      `≤ ${B.titleMs} ms`,
      r.titleMs <= B.titleMs,
    ),
    info('bare Phaser 4 scene', `${r.bareMs} ms`),
    line(
      'title / bare (median of pairs)',
      `${r.titleRatio}×`,
      `≤ ${B.titleRatio}×`,
      r.titleRatio <= B.titleRatio,
    ),
    // The renderer the budget was written for: WebGL, software here.
    line(
      'Run scene at its busiest, WebGL',
      `${r.runFps} fps`,
      `≥ ${B.runFps} fps`,
      r.runFps >= B.runFps,
    ),
    line(
      `  the same, as the game picks (${r.renderer})`,
      `${r.runFpsChosen} fps`,
      `≥ ${B.runFps} fps`,
      r.runFpsChosen >= B.runFps,
    ),
    info("  (title scene, game's pick)", `${r.titleFps} fps`),
    line(
      'JS shipped, all pages (gzip)',
      `${r.jsGzipKB} kB`,
      `≤ ${B.jsGzipKB} kB`,
      r.jsGzipKB <= B.jsGzipKB,
    ),
    info('  of which the game page can load', `${r.gamePageJsGzipKB} kB`),
    info('  data shipped, JSON (gzip)', `${r.dataGzipKB} kB`),
    line(
      `heap growth over ${r.heapGames} games`,
      `${r.heapGrowthMB} MB`,
      `< ${B.heapGrowthMB} MB`,
      r.heapGrowthMB < B.heapGrowthMB,
    ),
  ].join('\n');
}
