import Phaser from 'phaser';
import { GameAudio } from './audio/gameAudio';
import { LOOP_NAMES, SOUND_NAMES, fetchFirstSounds, soundSource } from './audio/sounds';
import { bindDocumentLanguage, createI18n } from './i18n';
import { fetchPlayTexts } from './i18n/playTexts';
import { fetchLevelFiles } from './state/levelFiles';
import { BootScene } from './scenes/BootScene';
import { PreloadScene } from './scenes/PreloadScene';
import { TitleScene } from './scenes/TitleScene';
import {
  PRELOAD_PROGRESS,
  SCENE_GONE,
  SCENE_READY,
  SceneKeys,
  readyEventName,
} from './scenes/keys';
import { provideServices, type CoreServices, type Services } from './scenes/services';
import { languageFromBrowser } from './state/settings';
import { createSettingsStore } from './state/settingsStore';
import { browserStorage } from './state/storage';
import type { EngineHook } from './testing/engineHook';
import { installErrorScreen } from './ui/errorScreen';
import { showUpdateNotice } from './ui/updateNotice';
import { namedObjectNames, pageBoundsOf } from './ui/namedObjects';
import {
  chooseRenderer,
  isSoftwareRenderer,
  webglRendererName,
  type RendererChoice,
} from './ui/renderer';
import { setTextFactor } from './ui/textStyle';
import {
  applyLayoutScaleToDocument,
  applyTextFactorToDocument,
  applyThemeToDocument,
  colors,
  layoutScale,
  textSizeFactors,
} from './ui/theme';

// The composition root: builds the store, i18n, audio and the game, and wires them together.
// Nothing else creates these; scenes receive them through `servicesOf(scene)`.

// First: the sounds Preload waits for arrive while Phaser boots.
fetchFirstSounds();

const root = document.documentElement;
applyThemeToDocument(root);

const storage = browserStorage();
const settings = createSettingsStore({
  storage,
  defaultLanguage: languageFromBrowser(navigator.languages ?? [navigator.language]),
  systemPrefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
});

const i18n = createI18n(settings.getState().language);
bindDocumentLanguage(i18n, root);
installErrorScreen(() => ({
  title: i18n.t('common.error.title'),
  body: i18n.t('common.error.body'),
  reload: i18n.t('common.error.reload'),
}));

// Set once the game exists: a new text size lays every running scene out again.
let relayout: () => void = () => undefined;
let textFactor = 1;
const applySettingsToPage = () => {
  const state = settings.getState();
  if (i18n.language !== state.language) void i18n.changeLanguage(state.language);
  root.dataset.reducedMotion = String(settings.reducedMotion());
  const factor = textSizeFactors[state.textSize];
  if (factor !== textFactor) {
    textFactor = factor;
    setTextFactor(factor);
    applyTextFactorToDocument(root, factor);
    relayout();
  }
};
applySettingsToPage();
settings.subscribe(applySettingsToPage);

const audio = new GameAudio(settings);

const overlay = document.getElementById('overlay');
const parent = document.getElementById('game');
if (!overlay || !parent) throw new Error('index.html must contain #game and #overlay');

// Phaser starts with Boot → Preload → Title; the scenes of a game are added once they have loaded
// (playScenes.ts), after the title's first frame.
const scenes: (typeof Phaser.Scene)[] = [BootScene, PreloadScene, TitleScene];

// Test builds may ask for a renderer (`?renderer=webgl`), so both paths stay tested and measured.
const rendererName = webglRendererName();
const askedRenderer = __E2E__ ? new URLSearchParams(location.search).get('renderer') : null;
const renderer: RendererChoice =
  askedRenderer === 'webgl' || askedRenderer === 'canvas'
    ? askedRenderer
    : chooseRenderer(rendererName);
const softwareWebgl =
  renderer === 'webgl' && rendererName !== null && isSoftwareRenderer(rendererName);

let loaded: (services: Services) => void = () => undefined;
const whenLoaded = new Promise<Services>((resolve) => (loaded = resolve));
const core: CoreServices = {
  settings,
  i18n,
  audio,
  storage,
  overlay,
  softwareWebgl,
  playable: whenLoaded.then(() => undefined),
};

const game = new Phaser.Game({
  type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
  parent,
  backgroundColor: colors.background,
  roundPixels: true,
  // Multisampling the canvas doubles what software WebGL fills each frame (a real GPU does it
  // for free), and the title's travellers are smooth enough without it there.
  antialiasGL: !softwareWebgl,
  // Software WebGL: the canvas is see-through (the page behind it has the same background), so
  // a scene can paint its still parts once onto a canvas underneath (see BakedLayer).
  transparent: softwareWebgl,
  banner: false,
  audio: { noAudio: true },
  // Only what lands on the canvas itself: with window events on, Phaser also takes a press on a
  // DOM dialog's button as a press on the canvas button under it (Done in Settings opened About).
  input: { keyboard: false, windowEvents: false },
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: parent.clientWidth || window.innerWidth,
    height: parent.clientHeight || window.innerHeight,
  },
  callbacks: { preBoot: (booting) => provideServices(booting, core) },
  scene: scenes,
});

// Scenes lay themselves out on the scale manager's resize; the same event at the same size makes
// them follow a new text size.
relayout = () => {
  const size = game.scale.gameSize;
  game.scale.emit(
    Phaser.Scale.Events.RESIZE,
    size,
    game.scale.baseSize,
    game.scale.displaySize,
    size.width,
    size.height,
  );
};

// The sounds go to howler after the title's first frame: they are only needed once the player
// acts, and the ambient loops are most of the bytes. The interface sounds come from Preload's
// copies; a loop asked for before it has arrived starts when it does.
// The rest of the game loads then too. A failure to load reaches the error screen.
game.events.once(readyEventName(SceneKeys.Title), () =>
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    for (const name of [...SOUND_NAMES, ...LOOP_NAMES]) audio.register(name, soundSource(name));
    // The game's texts and levels are data, fetched beside the scenes' code, not parsed as script.
    void Promise.all([import('./playScenes'), fetchPlayTexts(), fetchLevelFiles()]).then(
      ([{ addPlayScenes }, texts, levelFiles]) =>
        loaded(addPlayScenes(game, core, texts, levelFiles)),
    );
    void import('./offlineApp').then(({ startOfflineApp }) => startOfflineApp(i18n));
  }),
);

const followSize = () =>
  applyLayoutScaleToDocument(root, layoutScale(window.innerWidth, window.innerHeight));
followSize();
window.addEventListener('resize', followSize);

if (__E2E__) {
  // Test builds only (vite build --mode e2e): a handle for the browser tests. Production bundles
  // replace __E2E__ with false, and this whole block is removed. The tests drive the game's store
  // as soon as a scene is ready, so here a scene counts as ready once the game has also loaded;
  // events are applied in the order they came.
  const ready = new Set<string>();
  const readyOrder: string[] = [];
  const preloadProgress: number[] = [];
  const waiting = new Set<() => void>();
  let session: Services['game'] | null = null;
  let engine: EngineHook | null = null;
  // Only after the game has loaded, so the test build's title loads what the player's does.
  const gameLoaded = whenLoaded.then(async (services) => {
    const hook = await import('./testing/engineHook');
    session = services.game;
    engine = hook.engineHook(game);
  });
  let applied: Promise<void> = gameLoaded;
  const inOrder = (apply: () => void) => {
    applied = applied.then(apply);
  };
  game.events.on(SCENE_READY, (key: string) =>
    inOrder(() => {
      ready.add(key);
      readyOrder.push(key);
      for (const check of [...waiting]) check();
    }),
  );
  game.events.on(SCENE_GONE, (key: string) => inOrder(() => ready.delete(key)));
  game.events.on(PRELOAD_PROGRESS, (p: number) => preloadProgress.push(p));
  Object.assign(window, {
    __nba: {
      store: settings,
      get session() {
        if (!session) throw new Error('the game has not loaded yet: wait for a scene first');
        return session;
      },
      get engine() {
        if (!engine) throw new Error('the game has not loaded yet: wait for a scene first');
        return engine;
      },
      game,
      renderer,
      rendererName,
      softwareWebgl,
      i18n,
      audio,
      bounds: (name: string) => pageBoundsOf(game, name),
      /** Shows the offer of a new version, as the service worker does when one is ready. */
      showUpdateNotice: () => void showUpdateNotice(i18n, () => {}),
      names: () => namedObjectNames(),
      isReady: (key: string) => ready.has(key),
      /** Every scene that became ready, in order, and the loader progress Preload reported. */
      readyOrder: () => [...readyOrder],
      preloadProgress: () => [...preloadProgress],
      /** Resolves once the scene is ready: pass its key (`Title`) or its event (`title-ready`). */
      waitForReady: (name: string) =>
        new Promise<void>((resolve) => {
          const matches = (key: string) => key === name || readyEventName(key) === name;
          const check = () => {
            if (![...ready].some(matches)) return;
            waiting.delete(check);
            resolve();
          };
          waiting.add(check);
          check();
        }),
    },
  });
}
