import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Phaser built from its sources without physics (Phaser's own `phaser-no-physics` entry) and
// without its sound system (howler plays every sound): about 57 kB less gzip JS than the
// prebuilt bundle. Phaser's build flags are `typeof FLAG` expressions, replaced as its own
// webpack build does.
const PHASER_ENTRY = fileURLToPath(
  new URL('./node_modules/phaser/src/phaser-no-physics.js', import.meta.url),
);
const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'global.Phaser': 'globalThis.Phaser',
};
const phaserFlags: Plugin = {
  name: 'phaser-build-flags',
  transform(code, id) {
    if (!/[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
    let out = code;
    for (const [flag, value] of Object.entries(PHASER_FLAGS)) out = out.split(flag).join(value);
    return out === code ? null : { code: out, map: null };
  },
};

// `vite build --mode e2e` compiles in the test hook (window.__nba); every other build
// replaces __E2E__ with false so the hook is dead code and removed from the bundle.
export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    __E2E__: JSON.stringify(mode === 'e2e'),
  },
  resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_ENTRY }] },
  plugins: [phaserFlags],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
}));
