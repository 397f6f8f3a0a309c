/**
 * npm run profile:title [-- --no-build] [--out-dir dir]: CPU profiles (Chromium's DevTools
 * protocol, `Profiler`) of a navigation to the game's interactive title and to the bench's bare
 * Phaser scene, in the bench's headless Chromium (software WebGL) on 127.0.0.1. Each is profiled
 * from navigation start to its ready mark, after one untimed load. Prints where each spends its
 * time (self time by function and by file) and the navigation's timing, and writes both profiles
 * (title.cpuprofile, bare.cpuprofile) for Chrome DevTools. `--no-build` reuses the bench's builds.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, launch, ROOT, serve, TITLE_PROBE } from '../bench/browserBench';
import { costTable, fileTimes, selfTimes, type CpuProfile } from './cpuProfile';

const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out-dir');
const outDir = outIndex >= 0 ? argv[outIndex + 1]! : '.';
const testDir = join(ROOT, 'dist-bench');
const bareDir = join(ROOT, 'dist-bench-bare');
if (!argv.includes('--no-build') || !existsSync(testDir) || !existsSync(bareDir)) {
  build(['--mode', 'e2e', '--outDir', testDir], 'Test build');
  build(
    [
      join(ROOT, 'tests/bench/bare'),
      '--config',
      join(ROOT, 'vite.config.ts'),
      '--mode',
      'bench-bare',
    ].concat(['--outDir', bareDir, '--emptyOutDir']),
    'Bare Phaser build',
  );
}

// Installed before the page's scripts: profiles from the document's start until the ready mark
// is written, exactly (console.profile reaches the DevTools protocol's Profiler).
const PROFILE_TO_MARK = `
  console.profile('first-frame');
  for (const mark of ['__titleAt', '__bareReadyAt']) {
    let value;
    Object.defineProperty(window, mark, {
      configurable: true,
      get: () => value,
      set(v) {
        if (value === undefined) console.profileEnd('first-frame');
        value = v;
      },
    });
  }
`;

/** Profiles one navigation from document start to `mark`; returns the profile and timings. */
async function profileLoad(page: Page, url: string, mark: string) {
  // A blank page of the same origin first: from about:blank the navigation may move to a new
  // renderer process, which the protocol session would follow only after the page has started.
  await page.goto(new URL('/blank/', url).href);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const finished = new Promise<CpuProfile>((done) =>
    cdp.on('Profiler.consoleProfileFinished', (e) => done(e.profile as unknown as CpuProfile)),
  );
  await page.goto(url);
  await page.waitForFunction((m) => (window as unknown as Record<string, number>)[m], mark);
  const profile = await finished;
  await cdp.detach();
  const timing = await page.evaluate((m) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r): r is PerformanceResourceTiming => r.name.endsWith('.js'))
      .map((r) => ({ name: r.name.split('/').pop()!, start: r.startTime, end: r.responseEnd }));
    return {
      ready: (window as unknown as Record<string, number>)[m]!,
      domContentLoaded: nav.domContentLoadedEventEnd,
      scripts,
    };
  }, mark);
  return { profile, timing };
}

const blankDir = mkdtempSync(join(tmpdir(), 'nba-profile-'));
writeFileSync(join(blankDir, 'index.html'), '<!doctype html><title>blank</title>');
const { server, url } = await serve({ '/bare/': bareDir, '/blank/': blankDir, '/': testDir });
const browser = await launch();
try {
  const { page } = browser;
  await page.addInitScript(TITLE_PROBE);
  await page.addInitScript(PROFILE_TO_MARK);
  const report: string[] = [];
  for (const [name, path, mark] of [
    ['title', '/', '__titleAt'],
    ['bare', '/bare/', '__bareReadyAt'],
  ] as const) {
    // Untimed first: the server's files come from memory afterwards, as in the bench.
    await profileLoad(page, `${url}${path}`, mark);
    const { profile, timing } = await profileLoad(page, `${url}${path}`, mark);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const lines = selfTimes(profile);
    const r = (x: number) => x.toFixed(0);
    report.push(
      [
        `${name}: ready ${r(timing.ready)} ms after navigation start, DOMContentLoaded ${r(timing.domContentLoaded)} ms; profile in ${file} (document start to the ready mark)`,
        ...timing.scripts.map((s) => `  script ${s.name}: fetched ${r(s.start)}–${r(s.end)} ms`),
        costTable('Self time by function', lines, 20),
        costTable('Self time by file', fileTimes(lines), 10),
      ].join('\n'),
    );
  }
  process.stdout.write(report.join('\n\n') + '\n');
} finally {
  await browser.close();
  server.close();
  rmSync(blankDir, { recursive: true, force: true });
}
