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
  'fetch',
];

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
              group: ['phaser', 'phaser/*', 'howler', 'zustand', 'zustand/*', 'i18next'],
              message: 'src/engine is pure: no Phaser, howler, zustand or i18next.',
            },
            {
              group: ['**/state/*', '**/scenes/*', '**/ui/*', '**/audio/*', '**/i18n/*'],
              message: 'src/engine must not depend on the app layers.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os'],
              message: 'src/engine does no I/O.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnlyGlobals.map((name) => ({
          name,
          message: 'src/engine is pure: no DOM, timers or I/O.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator (rng.ts).' },
        { object: 'Date', property: 'now', message: 'The engine has no clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' },
      ],
    },
  },
);
