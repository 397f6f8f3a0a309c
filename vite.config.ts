import { defineConfig } from 'vite';

// `vite build --mode e2e` compiles in the test hook (window.__nba); every other build
// replaces __E2E__ with false so the hook is dead code and removed from the bundle.
export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    __E2E__: JSON.stringify(mode === 'e2e'),
  },
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
