import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function scriptsIn(dir: string): string {
  return readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(dir, 'assets', name), 'utf8'))
    .join('\n');
}

describe('production bundle', () => {
  const hookMarkers = ['__nba', 'waitForReady', 'namedObjectNames'];

  it('contains no trace of the test hook', () => {
    const production = scriptsIn(inject('productionDir'));
    expect(production.length).toBeGreaterThan(100_000);
    for (const marker of hookMarkers) expect(production.includes(marker), marker).toBe(false);
  });

  it('while the test build does contain it (so the check above can fail)', () => {
    const testBuild = scriptsIn(inject('testDir'));
    expect(testBuild.includes('__nba')).toBe(true);
    expect(testBuild.includes('waitForReady')).toBe(true);
  });

  it('gives the title at most six scripts to fetch before it can run', () => {
    // Six: what a browser fetches from one server at once. A top-level await anywhere in the
    // build once split the title's code into fourteen chunks (the bundler stops merging shared
    // chunks), all fetched before the title could start.
    const html = readFileSync(join(inject('productionDir'), 'index.html'), 'utf8');
    const scripts = html.match(/<script type="module"[^>]*src=|<link rel="modulepreload"/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.length).toBeLessThanOrEqual(6);
  });
});
