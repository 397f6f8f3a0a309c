import type Phaser from 'phaser';
import type { GameAudio } from '../audio/gameAudio';
import type { I18n } from '../i18n';
import type { GameStore } from '../state/gameStore';
import type { LevelRegistry } from '../state/levels';
import type { KeyValueStorage } from '../state/storage';
import type { createSettingsStore } from '../state/settingsStore';

/** What the first screens (Boot, Preload, Title) get from the composition root, main.ts. */
export interface CoreServices {
  settings: ReturnType<typeof createSettingsStore>;
  i18n: I18n;
  audio: GameAudio;
  storage: KeyValueStorage;
  /** The DOM layer above the canvas: button proxies and dialogs live here. */
  overlay: HTMLElement;
  /** True when the game draws with WebGL that the CPU emulates (only when asked for in tests). */
  softwareWebgl: boolean;
  /**
   * Settles once the rest of the game (the engine, the levels, the other scenes) has loaded. It
   * loads after the title has drawn, so the title does not wait for it; a click on New game
   * before then waits for it instead.
   */
  playable: Promise<void>;
}

/** What the scenes of a game get besides: the game in progress and the scenarios. */
export interface PlayServices {
  /** The game in progress (scenario, seed, decision log, results, phase) and its saves. */
  game: GameStore;
  /** The scenarios shipped in `levels/`, in play order. */
  levels: LevelRegistry;
}

/** Everything a scene of a game in progress can use, instead of importing singletons. */
export type Services = CoreServices & PlayServices;

const REGISTRY_KEY = 'services';

export function provideServices(game: Phaser.Game, services: CoreServices): void {
  game.registry.set(REGISTRY_KEY, services);
}

/** Adds the game-in-progress services once they have loaded (see `CoreServices.playable`). */
export function providePlayServices(game: Phaser.Game, play: PlayServices): Services {
  const core = game.registry.get(REGISTRY_KEY) as CoreServices | undefined;
  if (!core) throw new Error('Services missing: the game must be built by main.ts');
  return Object.assign(core, play);
}

export function coreServicesOf(scene: Phaser.Scene): CoreServices {
  const services = scene.registry.get(REGISTRY_KEY) as CoreServices | undefined;
  if (!services) throw new Error('Services missing: the game must be built by main.ts');
  return services;
}

export function servicesOf(scene: Phaser.Scene): Services {
  const services = coreServicesOf(scene) as Partial<Services>;
  if (!services.game || !services.levels)
    throw new Error(`${scene.scene.key} started before the game had loaded`);
  return services as Services;
}
