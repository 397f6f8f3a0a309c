import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadResourcesFromDisk } from '../../src/i18n/nodeResources';
import { flattenKeys } from '../../src/i18n/resources';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Removes comments so prose in them is not mistaken for player-facing text. Block comments keep
 * their line breaks, so lines still match the source's.
 */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/**
 * A string literal "looks like words" when it has two letters separated by a space, or is a
 * capitalised word (`'Continue'`). Keys (`title.newGame`), events (`pointerdown`), colours and
 * scene keys declared in keys.ts pass, and so do messages of thrown errors (for developers). Mark
 * a deliberate exception with `// i18n-ignore`.
 */
function literalTextIn(code: string): string[] {
  const found: string[] = [];
  const source = code.split('\n');
  withoutComments(code)
    .split('\n')
    .forEach((line, i) => {
      // Imports, messages for developers in thrown errors, and lines whose comment says
      // i18n-ignore are not player-facing.
      if (/^\s*import\b/.test(line) || /\bnew Error\(/.test(line)) return;
      if (source[i]?.includes('i18n-ignore')) return;
      for (const match of line.matchAll(/'([^'\\]*)'|"([^"\\]*)"|`([^`$\\]*)`/g)) {
        const text = match[1] ?? match[2] ?? match[3] ?? '';
        if (/\p{L}\s+\p{L}/u.test(text) || /^\p{Lu}\p{Ll}+[.!?…]?$/u.test(text)) found.push(text);
      }
    });
  return found;
}

describe('player-facing text', () => {
  it('the check itself spots literal text and lets keys through', () => {
    expect(literalTextIn(`this.add.text(0, 0, 'New game');`)).toEqual(['New game']);
    expect(literalTextIn(`button.setLabel("Continue")`)).toEqual(['Continue']);
    expect(literalTextIn(`this.add.text(0, 0, t('title.newGame'), { color: '#fff' });`)).toEqual(
      [],
    );
    expect(literalTextIn(`// Draws the New game button`)).toEqual([]);
    expect(literalTextIn(`/* a\n block */ x.setLabel('Quit');`)).toEqual(['Quit']);
    expect(literalTextIn(`el.setAttribute('aria-keyshortcuts', 'Escape'); // i18n-ignore`)).toEqual(
      [],
    );
    expect(
      literalTextIn(`throw new Error('Services missing: build the game in main.ts');`),
    ).toEqual([]);
  });

  it('no scene file contains literal player-facing text', () => {
    const scenes = sourceFiles(join(SRC, 'scenes')).filter((path) => !path.endsWith('keys.ts'));
    const offenders = scenes.flatMap((path) =>
      literalTextIn(readFileSync(path, 'utf8')).map((text) => `${relative(SRC, path)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every literal key passed to t() exists in English', () => {
    const known = new Set(flattenKeys(loadResourcesFromDisk().en?.translation ?? {}));
    const missing = sourceFiles(SRC).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g)]
        .map((match) => match[1] ?? '')
        // A plural key exists as its forms (`key_one`, `key_other`), which i18next picks by count.
        .filter((key) => !known.has(key) && !known.has(`${key}_other`))
        .map((key) => `${relative(SRC, path)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
