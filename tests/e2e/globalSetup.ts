import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../src/cli/chromium';

/**
 * Where the browser tests find the test build; fixed so a stale server is noticed at once.
 * E2E_PORT and E2E_DIST let two checkouts' test runs share one machine without colliding.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist-e2e';
const PROD_DIST = `${DIST}-prod`;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    productionDir: string;
    testDir: string;
  }
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The test server did not answer at ${url} within 30 s.`);
}

/**
 * Builds the test bundle (with the hook) and a production bundle (to prove it has none), serves
 * the test bundle on 127.0.0.1, and hands the tests the address and the browser.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  run(
    process.execPath,
    [VITE, 'build', '--mode', 'e2e', '--outDir', DIST, '--logLevel', 'warn'],
    'Test build',
  );
  run(
    process.execPath,
    [VITE, 'build', '--outDir', PROD_DIST, '--logLevel', 'warn'],
    'Production build',
  );
  mkdirSync(fileURLToPath(new URL('./out/', import.meta.url)), { recursive: true });

  const server = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--outDir',
      DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(E2E_PORT),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${E2E_PORT}/`;
  try {
    await waitForServer(baseUrl, server);
  } catch (error) {
    server.kill();
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath);
  project.provide('productionDir', `${ROOT}${PROD_DIST}`);
  project.provide('testDir', `${ROOT}${DIST}`);

  return async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  };
}
