/// <reference types="vite-plugin-pwa/vanillajs" />
/** Replaced at build time: true only in `vite build --mode e2e`. */
declare const __E2E__: boolean;
