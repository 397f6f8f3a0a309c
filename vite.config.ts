import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Phaser built from its sources, from Phaser's own core entry (`phaser-core`: the scene, loader,
// input, tweens, text, graphics and image objects, both renderers; no physics, tile maps,
// particles, video, meshes or the other game objects) plus the few parts the game and the bench's
// bare scene use beyond it (listed in PHASER_EXTRAS), and without its sound system (howler plays
// every sound): about 140 kB less gzip JS than the prebuilt bundle. Phaser's build flags are
// `typeof FLAG` expressions, replaced as its own webpack build does.
const PHASER_ENTRY = fileURLToPath(
  new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url),
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
// What the game uses beyond the core entry (every `Phaser.` value and every `add.`/`make.`/`load.`
// call in src/ and tests/bench/bare): Phaser's own modules, required as its other entries do. A
// factory registers `scene.add.<name>` when it is required. A name missing here is undefined at
// run time, which the browser tests' tour of every scene would show.
const PHASER_EXTRAS = `
Phaser.Curves = { Spline: require('./curves/SplineCurve') };
Phaser.Math.Clamp = require('./math/Clamp');
Phaser.Loader.Events = require('./loader/events');
Phaser.Loader.FileTypes.BinaryFile = require('./loader/filetypes/BinaryFile');
Phaser.GameObjects.Events = require('./gameobjects/events');
Phaser.GameObjects.TextStyle = require('./gameobjects/text/TextStyle');
Phaser.GameObjects.MeasureText = require('./gameobjects/text/MeasureText');
Phaser.GameObjects.Container = require('./gameobjects/container/Container');
Phaser.GameObjects.Zone = require('./gameobjects/zone/Zone');
Phaser.GameObjects.Rectangle = require('./gameobjects/shape/rectangle/Rectangle');
require('./gameobjects/container/ContainerFactory');
require('./gameobjects/container/ContainerCreator');
require('./gameobjects/zone/ZoneFactory');
require('./gameobjects/zone/ZoneCreator');
require('./gameobjects/shape/rectangle/RectangleFactory');
`;
const PHASER_EXTRAS_AT = '//  Merge in the optional plugins and WebGL only features';
// Parts of the core entry nothing uses: sprites and layers (no scene makes one), every loader
// file type but binary (Preload fetches the sounds as bytes; textures are drawn, not loaded), and
// the Filters and Renderer namespaces (the game names neither; the renderer requires its own parts).
const PHASER_CORE_UNUSED =
  /^ {4,12}(Filters|Renderer|Layer|Sprite|AnimationJSONFile|AtlasJSONFile|AudioFile|AudioSpriteFile|HTML5AudioFile|ImageFile|JSONFile|MultiAtlasFile|PluginFile|ScriptFile|SpriteSheetFile|TextFile|XMLFile): require\('[^']+'\),?$/gm;
// Render nodes nothing draws with: filters (no camera or object has one), lights, tile sprites,
// tile maps, GPU layers and meshes. The WebGL renderer's node manager requires every node it
// knows, but looks one up by name only when something of its kind is drawn; the browser tests'
// tour of every scene draws all the game does. About 25 kB gzip with the shaders they bring.
const PHASER_NODES_UNUSED =
  /^ *(?:var )?(Filter\w+|BatchHandlerPointLight|BatchHandlerTileSprite|SubmitterMeshToQuad|SubmitterTile\w*|TexturerTileSprite|TransformerTile\w*)(?: = require\('[^']+'\);|: \1,)$/gm;
// Phaser's own files this build edits, and what it puts in their place. A batch handler reads only
// the renderer's events from the Renderer namespace, which would bring every node back. The game
// config and GetAdvancedValue need only the random generator from the Math namespace, which
// would bring all of Phaser's maths (3D matrices, quaternions, noise hashes: about 10 kB gzip);
// they share it through Math's constants, as they shared the namespace.
const PHASER_EDITS: { file: RegExp; edit: (code: string) => string }[] = [
  {
    file: /[\\/]renderer[\\/]webgl[\\/]renderNodes[\\/]RenderNodeManager\.js$/,
    edit: (code) => code.replace(PHASER_NODES_UNUSED, ''),
  },
  {
    file: /[\\/]renderer[\\/]webgl[\\/]renderNodes[\\/]BatchHandler\.js$/,
    edit: (code) =>
      code.replace(
        "var Renderer = require('../../../renderer');",
        "var Renderer = { Events: require('../../events') };",
      ),
  },
  {
    file: /[\\/]core[\\/]Config\.js$/,
    edit: (code) =>
      code.replace(
        "var PhaserMath = require('../math/');",
        "var PhaserMath = require('../math/const');\nPhaserMath.RandomDataGenerator = require('../math/random-data-generator/RandomDataGenerator');",
      ),
  },
  {
    file: /[\\/]utils[\\/]object[\\/]GetAdvancedValue\.js$/,
    edit: (code) =>
      code.replace("var MATH = require('../../math');", "var MATH = require('../../math/const');"),
  },
  {
    file: /[\\/]phaser[\\/]src[\\/]phaser-core\.js$/,
    edit: (code) => {
      if (!code.includes(PHASER_EXTRAS_AT))
        throw new Error(
          `phaser-core.js changed: no "${PHASER_EXTRAS_AT}" to add the game's parts at`,
        );
      return code
        .replace(PHASER_CORE_UNUSED, '')
        .replace(PHASER_EXTRAS_AT, PHASER_EXTRAS + PHASER_EXTRAS_AT);
    },
  },
];
const phaserFlags: Plugin = {
  name: 'phaser-build-flags',
  transform(code, id) {
    if (!/[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
    let out = code;
    for (const [flag, value] of Object.entries(PHASER_FLAGS)) out = out.split(flag).join(value);
    for (const { file, edit } of PHASER_EDITS) {
      if (!file.test(id)) continue;
      const edited = edit(out);
      // A Phaser update that moves what an edit expects fails the build instead of shipping more.
      if (edited === out)
        throw new Error(`${basename(id)} changed: this build's edit no longer applies`);
      out = edited;
    }
    return out === code ? null : { code: out, map: null };
  },
};

// The class client (Colyseus) without the parts of its SDK the game never reaches: WebTransport
// (the class server speaks WebSocket), sign-in (a team joins with its class key), and client-side
// input prediction (the rooms send none). The SDK imports them unconditionally; each is replaced
// by a stand-in that says so if it is ever reached. The browser tests' live class plays through.
const COLYSEUS_SDK = /[\\/]@colyseus[\\/]sdk[\\/]build[\\/]/;
const COLYSEUS_UNUSED: Record<string, string> = {
  './transport/H3Transport.mjs': `export class H3TransportTransport {
    constructor() { throw new Error('WebTransport is not part of this build'); } }`,
  './Auth.mjs': `export class Auth { constructor(http) { this.http = http; } }`,
  './input/RoomInput.mjs': `export class RoomInput {
    constructor() { throw new Error('Colyseus input prediction is not part of this build'); } }`,
};
const replaced = new Set<string>();
const colyseusUnused: Plugin = {
  name: 'colyseus-unused-parts',
  enforce: 'pre',
  buildStart: () => replaced.clear(),
  resolveId(source, importer) {
    if (!importer || !COLYSEUS_SDK.test(importer) || !(source in COLYSEUS_UNUSED)) return null;
    replaced.add(source);
    return `\0colyseus-unused:${source}`;
  },
  // An SDK update that stops importing one of them fails the build rather than shipping it whole.
  buildEnd() {
    const missed = Object.keys(COLYSEUS_UNUSED).filter((source) => !replaced.has(source));
    if (replaced.size > 0 && missed.length)
      throw new Error(`@colyseus/sdk changed: it no longer imports ${missed.join(', ')}`);
  },
  load(id) {
    const source = id.startsWith('\0colyseus-unused:')
      ? id.slice('\0colyseus-unused:'.length)
      : null;
    return source === null ? null : COLYSEUS_UNUSED[source]!;
  },
};

// Phaser is most of the bytes the first screen waits for, and the page asks for its files in the
// order it lists them: over HTTP/1.1 (six connections to a host) the scripts and the stylesheet
// otherwise queue ahead of it. Its preload goes first, above the entry script. Nothing else is
// preloaded: Preload's sounds, asked for beside it, slowed its arrival (src/audio/sounds.ts).
const phaserFirst: Plugin = {
  name: 'phaser-first',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const link = /[ \t]*<link rel="modulepreload"[^>]*\/phaser-[^>]*>\n?/.exec(html)?.[0];
      const without = link ? html.replace(link, '') : html;
      const at = without.indexOf('<script type="module"');
      if (!link || at < 0) return html;
      return `${without.slice(0, at)}${link.trim()}\n    ${without.slice(at)}`;
    },
  },
};

// What the built page may load: only its own files, and WebAssembly compiled from its own bytes
// (the engine's walk kernel). No inline script or style, no other host. Each exception below is
// one the game cannot do without (checked: the browser test plays under this policy with no
// report). Built pages only: the dev server injects its own client scripts. `export`ed so the
// browser test checks the same text.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // data: Phaser makes its built-in textures (__DEFAULT, __MISSING, __WHITE: core/Config.js) and
  // a canvas blend-mode probe (device/CanvasFeatures.js) from inline PNGs. An image runs no code.
  "img-src 'self' data:",
  // blob: the sounds Preload already fetched are handed to howler as in-memory URLs of those bytes
  // (src/audio/sounds.ts), which howler reads back by XHR for Web Audio; only this page can make
  // them. File downloads (offerFile, the debrief's exports) are blob: links too, but a download is
  // a navigation, which connect-src does not govern. No media-src: media come from 'self', and
  // without Web Audio the audio element plays the bundled file (src/audio/gameAudio.ts).
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

// The production build installs as a web app and runs with no network: every file it ships
// (scripts, styles, the WebAssembly kernel inlined in a script, levels, locales, sounds) is
// precached by a Workbox service worker. A new version waits until the player accepts it
// (`prompt`), so an update never reloads a game in the middle of a quarter. The test build has
// no service worker, so the browser tests see every build afresh.
const offlineApp = (mode: string) =>
  VitePWA({
    disable: mode === 'e2e' || mode === BARE_MODE,
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['icon.svg'],
    manifest: {
      name: 'Not By Accident',
      short_name: 'Not By Accident',
      description: 'A serious game about customer-experience strategy.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f6f4ef',
      theme_color: '#1f5f8b',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,wav,ogg,wasm,svg,webmanifest}'],
      // Phaser's chunk is about 1.2 MB; Workbox skips files over 2 MiB by default.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });

// The bench's bare Phaser scene (tests/bench/bare) is built with this config, so with the same
// Phaser, but as its own single page: without the game's inputs and service worker.
export const BARE_MODE = 'bench-bare';

// `vite build --mode e2e` compiles in the test hook (window.__nba); every other build
// replaces __E2E__ with false so the hook is dead code and removed from the bundle.
export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    __E2E__: JSON.stringify(mode === 'e2e'),
  },
  resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_ENTRY }] },
  publicDir: 'assets/public',
  plugins: [phaserFlags, colyseusUnused, phaserFirst, contentSecurityPolicy, offlineApp(mode)],
  // The dev server pre-bundles Phaser with its own bundler, which skips the plugins above: without
  // the flags there, Phaser's WEBGL_DEBUG branch requires a debugging library and the page is blank.
  optimizeDeps: { rolldownOptions: { plugins: [phaserFlags] } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Data files fetched at run time (locale texts, the question bank) stay files, however small:
    // a data: URL would be refused by the page's connect-src, and the service worker precaches files.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // The game, and the trainer's class page (/class), which needs neither Phaser nor the game.
      input:
        mode === BARE_MODE
          ? undefined
          : {
              main: fileURLToPath(new URL('./index.html', import.meta.url)),
              class: fileURLToPath(new URL('./class.html', import.meta.url)),
            },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
}));
