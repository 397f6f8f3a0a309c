import type Phaser from 'phaser';
import type { GameAudio } from '../audio/gameAudio';
import type { I18n } from '../i18n';
import type { GameStore } from '../state/gameStore';
import type { LevelRegistry } from '../state/levels';
import type { KeyValueStorage } from '../state/storage';
import type { createSettingsStore } from '../state/settingsStore';

/** What every scene gets from the composition root (main.ts), instead of importing singletons. */
export interface Services {
  settings: ReturnType<typeof createSettingsStore>;
  i18n: I18n;
  audio: GameAudio;
  storage: KeyValueStorage;
  /** The DOM layer above the canvas: button proxies and dialogs live here. */
  overlay: HTMLElement;
  /** The game in progress (scenario, seed, decision log, results, phase) and its saves. */
  game: GameStore;
  /** The scenarios shipped in `levels/`, in play order. */
  levels: LevelRegistry;
  /** True when the game draws with WebGL that the CPU emulates (only when asked for in tests). */
  softwareWebgl: boolean;
}

const REGISTRY_KEY = 'services';

export function provideServices(game: Phaser.Game, services: Services): void {
  game.registry.set(REGISTRY_KEY, services);
}

export function servicesOf(scene: Phaser.Scene): Services {
  const services = scene.registry.get(REGISTRY_KEY) as Services | undefined;
  if (!services) throw new Error('Services missing: the game must be built by main.ts');
  return services;
}
