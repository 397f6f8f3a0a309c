import Phaser from 'phaser';
import { GameAudio } from './audio/gameAudio';
import { LOOP_NAMES, SOUND_NAMES, soundSource } from './audio/sounds';
import { bindDocumentLanguage, createI18n } from './i18n';
import { BootScene } from './scenes/BootScene';
import { BriefingScene } from './scenes/BriefingScene';
import { DebriefScene } from './scenes/DebriefScene';
import { EndScene } from './scenes/EndScene';
import { PlanScene } from './scenes/PlanScene';
import { PreloadScene } from './scenes/PreloadScene';
import { ReviewScene } from './scenes/ReviewScene';
import { RunScene } from './scenes/RunScene';
import { ScenarioChoiceScene } from './scenes/ScenarioChoiceScene';
import { TitleScene } from './scenes/TitleScene';
import {
  PRELOAD_PROGRESS,
  SCENE_GONE,
  SCENE_READY,
  SceneKeys,
  readyEventName,
  type SceneKey,
} from './scenes/keys';
import { provideServices, type Services } from './scenes/services';
import { languageFromBrowser } from './state/settings';
import { createGameStore } from './state/gameStore';
import { bundledLevels, type LevelRegistry } from './state/levels';
import { createSettingsStore } from './state/settingsStore';
import { browserStorage } from './state/storage';
import { engineHook } from './testing/engineHook';
import { installErrorScreen } from './ui/errorScreen';
import { namedObjectNames, pageBoundsOf } from './ui/namedObjects';
import {
  chooseRenderer,
  isSoftwareRenderer,
  webglRendererName,
  type RendererChoice,
} from './ui/renderer';
import { applyLayoutScaleToDocument, applyThemeToDocument, colors, layoutScale } from './ui/theme';

// The composition root: builds the store, i18n, audio and the game, and wires them together.
// Nothing else creates these; scenes receive them through `servicesOf(scene)`.

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

const applySettingsToPage = () => {
  const state = settings.getState();
  if (i18n.language !== state.language) void i18n.changeLanguage(state.language);
  root.dataset.reducedMotion = String(settings.reducedMotion());
};
applySettingsToPage();
settings.subscribe(applySettingsToPage);

const audio = new GameAudio(settings);

const overlay = document.getElementById('overlay');
const parent = document.getElementById('game');
if (!overlay || !parent) throw new Error('index.html must contain #game and #overlay');

// One class per key in keys.ts; Phaser starts the first one (Boot → Preload → Title). A key
// without a class yet (a screen still being built) is not registered.
const scenesByKey: Partial<Record<SceneKey, typeof Phaser.Scene>> = {
  [SceneKeys.Boot]: BootScene,
  [SceneKeys.Preload]: PreloadScene,
  [SceneKeys.Title]: TitleScene,
  [SceneKeys.ScenarioChoice]: ScenarioChoiceScene,
  [SceneKeys.Briefing]: BriefingScene,
  [SceneKeys.Plan]: PlanScene,
  [SceneKeys.Run]: RunScene,
  [SceneKeys.Review]: ReviewScene,
  [SceneKeys.End]: EndScene,
  [SceneKeys.Debrief]: DebriefScene,
};
const scenes = Object.values(scenesByKey);

// The levels are parsed (by the engine's schema) on first use, not before the title.
const levels: LevelRegistry = {
  get all() {
    return bundledLevels().all;
  },
  get: (id) => bundledLevels().get(id),
  get broken() {
    return bundledLevels().broken;
  },
};
const gameStore = createGameStore({ storage, scenario: (id) => levels.get(id) });

// Test builds may ask for a renderer (`?renderer=webgl`), so both paths stay tested and measured.
const rendererName = webglRendererName();
const askedRenderer = __E2E__ ? new URLSearchParams(location.search).get('renderer') : null;
const renderer: RendererChoice =
  askedRenderer === 'webgl' || askedRenderer === 'canvas'
    ? askedRenderer
    : chooseRenderer(rendererName);
const softwareWebgl =
  renderer === 'webgl' && rendererName !== null && isSoftwareRenderer(rendererName);

const services: Services = {
  settings,
  i18n,
  audio,
  storage,
  overlay,
  game: gameStore,
  levels,
  softwareWebgl,
};

const game = new Phaser.Game({
  type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
  parent,
  backgroundColor: colors.background,
  roundPixels: true,
  // Multisampling the canvas doubles what software WebGL fills each frame (a real GPU does it
  // for free), and the title's travellers are smooth enough without it there.
  antialiasGL: !softwareWebgl,
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false },
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: parent.clientWidth || window.innerWidth,
    height: parent.clientHeight || window.innerHeight,
  },
  callbacks: { preBoot: (booting) => provideServices(booting, services) },
  scene: scenes,
});

// The sounds go to howler after the title's first frame: they are only needed once the player
// acts, and the ambient loops are most of the bytes. The interface sounds come from Preload's
// copies; a loop asked for before it has arrived starts when it does.
game.events.once(readyEventName(SceneKeys.Title), () =>
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    for (const name of [...SOUND_NAMES, ...LOOP_NAMES]) audio.register(name, soundSource(name));
  }),
);

const followSize = () =>
  applyLayoutScaleToDocument(root, layoutScale(window.innerWidth, window.innerHeight));
followSize();
window.addEventListener('resize', followSize);

if (__E2E__) {
  // Test builds only (vite build --mode e2e): a handle for the browser tests. Production bundles
  // replace __E2E__ with false, and this whole block is removed.
  const ready = new Set<string>();
  const readyOrder: string[] = [];
  const preloadProgress: number[] = [];
  game.events.on(SCENE_READY, (key: string) => {
    ready.add(key);
    readyOrder.push(key);
  });
  game.events.on(PRELOAD_PROGRESS, (p: number) => preloadProgress.push(p));
  game.events.on(SCENE_GONE, (key: string) => ready.delete(key));
  Object.assign(window, {
    __nba: {
      store: settings,
      session: gameStore,
      game,
      renderer,
      rendererName,
      i18n,
      audio,
      engine: engineHook(),
      bounds: (name: string) => pageBoundsOf(game, name),
      names: () => namedObjectNames(),
      isReady: (key: string) => ready.has(key),
      /** Every scene that became ready, in order, and the loader progress Preload reported. */
      readyOrder: () => [...readyOrder],
      preloadProgress: () => [...preloadProgress],
      /** Resolves once the scene is ready: pass its key (`Title`) or its event (`title-ready`). */
      waitForReady: (name: string) =>
        new Promise<void>((resolve) => {
          const matches = (key: string) => key === name || readyEventName(key) === name;
          if ([...ready].some(matches)) return resolve();
          const listener = (readyKey: string) => {
            if (!matches(readyKey)) return;
            game.events.off(SCENE_READY, listener);
            resolve();
          };
          game.events.on(SCENE_READY, listener);
        }),
    },
  });
}
