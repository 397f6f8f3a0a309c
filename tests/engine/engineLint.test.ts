import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules that keep src/engine pure, as reported for a snippet placed at `file`. */
async function purityRules(code: string, file = 'src/engine/quarter/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages
    .map((m) => m.ruleId ?? `fatal: ${m.message}`)
    .filter((id) => id.startsWith('no-restricted-') || id.startsWith('fatal'));
}

// Each line must be refused on its own, inside a subfolder of src/engine (the deepest case).
const refused: [string, string][] = [
  ['export const r = Math.random();', 'no-restricted-properties'],
  ['export const t = Date.now();', 'no-restricted-properties'],
  ['export const t = new Date();', 'no-restricted-syntax'],
  ['export const t = Date();', 'no-restricted-syntax'],
  ['export const r = globalThis.Math.random();', 'no-restricted-globals'],
  ['export const r = crypto.getRandomValues(new Uint32Array(1));', 'no-restricted-globals'],
  [
    'export const r = globalThis.crypto.getRandomValues(new Uint32Array(1));',
    'no-restricted-globals',
  ],
  ['export const t = process.hrtime();', 'no-restricted-globals'],
  ['export const t = performance.now();', 'no-restricted-globals'],
  ['export const t = self.performance.now();', 'no-restricted-globals'],
  ['export const w = window.innerWidth;', 'no-restricted-globals'],
  ['export const d = document.title;', 'no-restricted-globals'],
  ["import { parseLevel } from '../../content/levelLoader';\nexport { parseLevel };", 'imports'],
  ["import { main } from '../../cli/sim';\nexport { main };", 'imports'],
  ["import { bundledLevels } from '../../state/levels';\nexport { bundledLevels };", 'imports'],
  ["import * as state from '../../state';\nexport { state };", 'imports'],
  ["import { theme } from '../../ui/theme';\nexport { theme };", 'imports'],
  ["import Phaser from 'phaser';\nexport { Phaser };", 'imports'],
  ["import { create } from 'zustand';\nexport { create };", 'imports'],
  ["import { Howl } from 'howler';\nexport { Howl };", 'imports'],
  ["import { randomInt } from 'node:crypto';\nexport { randomInt };", 'imports'],
  ["import { randomInt } from 'crypto';\nexport { randomInt };", 'imports'],
  ["export const m = () => import('../../state/levels');", 'no-restricted-syntax'],
  // Approximated maths differs between JavaScript engines in the last bit (src/engine/math.ts).
  ['export const e = Math.exp(1);', 'no-restricted-properties'],
  ['export const l = Math.log(2);', 'no-restricted-properties'],
  ['export const p = Math.pow(2, 0.5);', 'no-restricted-properties'],
  ['export const s = Math.sin(1);', 'no-restricted-properties'],
  ['export const a = Math.atan2(1, 2);', 'no-restricted-properties'],
  ['export const c = Math.cbrt(2);', 'no-restricted-properties'],
  ['export const p = 2 ** 0.5;', 'no-restricted-syntax'],
];

describe('lint: src/engine stays pure (eslint.config.js)', () => {
  it.each(refused)('refuses %s', async (code, rule) => {
    expect(await purityRules(code)).toContain(rule === 'imports' ? 'no-restricted-imports' : rule);
  });

  it('lets the engine import its own modules (schema/state is not the app’s state) and zod', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { GameStateSchema } from '../schema/state';",
      "import { modelOf } from '../model';",
      'export const x = [z, GameStateSchema, modelOf, Math.imul(3, 5), Math.sqrt(2), Math.fround(0.1), new Uint32Array(2)];',
    ].join('\n');
    expect(await purityRules(code)).toEqual([]);
    expect(
      await purityRules(
        "import { GameStateSchema } from './schema/state';\nexport { GameStateSchema };",
        'src/engine/probe.ts',
      ),
    ).toEqual([]);
  });

  it('applies to src/engine only: the app may use the browser', async () => {
    expect(
      await purityRules('export const w = window.innerWidth + performance.now();', 'src/ui/x.ts'),
    ).toEqual([]);
  });
});
