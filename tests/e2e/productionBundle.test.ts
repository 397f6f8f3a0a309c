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

  it("asks for Phaser's chunk before any other file the title waits for", () => {
    // Most of the title's bytes: over HTTP/1.1 (six connections) it must not queue behind the
    // entry script, the shared chunks and the stylesheet.
    const html = readFileSync(join(inject('productionDir'), 'index.html'), 'utf8');
    const files = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\.\/assets\/([^"]+)"/g)];
    expect(files.length).toBeGreaterThan(3);
    expect(files[0]![1]).toMatch(/^phaser-.*\.js$/);
  });

  it("keeps the game's validator (zod) out of the scripts the title waits for", () => {
    // The title's settings are checked by plain code; zod (about 36 kB minified) loads with the
    // game's other schemas after the title has drawn.
    const dir = inject('productionDir');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const first = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(first.length).toBeGreaterThan(1);
    const firstCode = first.map((f) => readFileSync(join(dir, 'assets', f), 'utf8')).join('\n');
    expect(firstCode.includes('i18next'), 'the first scripts are what the title runs').toBe(true);
    expect(firstCode.includes('$ZodType')).toBe(false);
    expect(scriptsIn(dir).includes('$ZodType'), 'zod is still in the build').toBe(true);
  });
});
