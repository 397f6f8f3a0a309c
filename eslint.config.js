// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserOnlyGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'performance',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'fetch',
  'crypto',
  'process',
  'require',
  'Buffer',
  // Ways round the names above (globalThis.crypto, globalThis.Math.random, self.performance…).
  'globalThis',
  'global',
  'self',
];

/** Folders of src the engine must not import (it is the layer they build on). */
const appLayers = ['state', 'scenes', 'ui', 'audio', 'i18n', 'content', 'cli', 'testing'];

export default tseslint.config(
  // walk.as.ts is AssemblyScript (decorators on functions, machine types): asc checks it.
  { ignores: ['node_modules', 'dist*', 'tests/e2e/out', 'src/engine/kernel/walk.as.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine is pure: no framework, store, sound, DOM, clock or unseeded randomness.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'phaser',
                'phaser/*',
                'howler',
                'howler/*',
                'zustand',
                'zustand/*',
                'i18next',
                'i18next/*',
              ],
              message: 'src/engine is pure: no Phaser, howler, zustand or i18next.',
            },
            {
              // A relative path out of src/engine into another folder of src (also its index).
              // Not '**/state': the engine's own schema/state.ts would match.
              regex: `^(\\.\\./)+(${appLayers.join('|')})(/|$)`,
              message: 'src/engine must not depend on the app layers.',
            },
            {
              group: appLayers.map((layer) => `**/src/${layer}/**`),
              message: 'src/engine must not depend on the app layers.',
            },
            {
              group: [
                'node:*',
                'fs',
                'fs/*',
                'path',
                'os',
                'crypto',
                'child_process',
                'perf_hooks',
                'process',
                'timers',
                'worker_threads',
              ],
              message: 'src/engine does no I/O and reads no clock or system randomness.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnlyGlobals.map((name) => ({
          name,
          message: 'src/engine is pure: no DOM, timers, I/O, clock or system randomness.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator (rng.ts).' },
        { object: 'Date', property: 'now', message: 'The engine has no clock.' },
        // Only + − × ÷, sqrt and the exact Math functions give the same bits in every JavaScript
        // engine; the approximated ones may differ in the last bit (src/engine/math.ts has exp).
        ...[
          'exp',
          'expm1',
          'log',
          'log1p',
          'log2',
          'log10',
          'pow',
          'sin',
          'cos',
          'tan',
          'asin',
          'acos',
          'atan',
          'atan2',
          'sinh',
          'cosh',
          'tanh',
          'asinh',
          'acosh',
          'atanh',
          'cbrt',
          'hypot',
        ].map((property) => ({
          object: 'Math',
          property,
          message: `Math.${property} may differ between browsers in the last bit; use src/engine/math.ts.`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' },
        { selector: "CallExpression[callee.name='Date']", message: 'The engine has no clock.' },
        {
          // x ** y is Math.pow: approximated, not the same bits everywhere.
          selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
          message: 'x ** y may differ between browsers in the last bit; use src/engine/math.ts.',
        },
        {
          selector: 'ImportExpression',
          message: 'src/engine loads no code at run time (and so escapes no import rule).',
        },
      ],
    },
  },
  {
    // CCXP practice is pure like the engine: the caller passes the seed and the time.
    files: ['src/practice/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Take a seed: use seededRandom (random.ts).',
        },
        { object: 'Date', property: 'now', message: 'Take the time as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time as an argument.',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'fetch', 'process'].map((name) => ({
          name,
          message: 'src/practice is pure: no DOM, storage, I/O or process.',
        })),
      ],
    },
  },
);
