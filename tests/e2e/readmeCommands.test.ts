import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './browser';

/**
 * The README's first command, as a newcomer meets it: `npm start` (the dev server, which bundles
 * differently from the tests' build) and `npm run preview` of `npm run build`. Each is started
 * exactly as the README says, the address it prints is opened in Chromium, and the title must show
 * New game with no page error. The other browser tests drive the test bundle, so only this catches
 * a broken first command.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');

let server: ChildProcess | undefined;

afterEach(async () => {
  if (!server || server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server?.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  server = undefined;
});

/** Starts `npm run <script>` in its own process group and resolves with the address it prints. */
function startScript(script: string): Promise<string> {
  const child = spawn(NPM, ['run', script], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  server = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run ${script} printed no address in 60 s:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer): void => {
      output += chunk.toString().replace(ANSI, '');
      const address = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/?/.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve(address[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`npm run ${script} exited with ${code} before printing an address:\n${output}`),
      );
    });
  });
}

/** Opens the address in Chromium and returns the page errors and whether New game appeared. */
async function openAsNewcomer(url: string): Promise<{ errors: string[]; newGame: boolean }> {
  const profile = mkdtempSync(join(tmpdir(), 'nba-readme-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
  });
  const errors: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The dev server may bundle dependencies on the first visit and reload the page once.
    const newGame = page.getByRole('button', { name: 'New game' });
    const appeared = await newGame
      .waitFor({ state: 'attached', timeout: 60_000 })
      .then(() => true)
      .catch(() => false);
    return { errors, newGame: appeared };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe("the README's commands, opened in a browser", () => {
  it('npm start serves a page whose title shows New game, with no page error', async () => {
    const address = await startScript('start');
    const seen = await openAsNewcomer(address);
    expect(seen.errors).toEqual([]);
    expect(seen.newGame).toBe(true);
  });

  it('npm run preview serves the production build, whose title shows New game', async () => {
    const build = spawnSync(NPM, ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const address = await startScript('preview');
    const seen = await openAsNewcomer(address);
    expect(seen.errors).toEqual([]);
    expect(seen.newGame).toBe(true);
  });
});
