import type Phaser from 'phaser';
import type { I18n } from '../../src/i18n';
import type { GameAudio } from '../../src/audio/gameAudio';
import type { GameStore } from '../../src/state/gameStore';
import type { createSettingsStore } from '../../src/state/settingsStore';
import type { EngineHook } from '../../src/testing/engineHook';
import type { Rect } from '../../src/ui/namedObjects';

/** The test hook main.ts installs in `vite build --mode e2e` builds only. */
declare global {
  interface Window {
    __nba: {
      store: ReturnType<typeof createSettingsStore>;
      /** The game session store. */
      session: GameStore;
      game: Phaser.Game;
      /** The renderer the game chose (or was asked for with `?renderer=`). */
      renderer: 'webgl' | 'canvas';
      /** The GPU's name as WebGL reports it; null without WebGL. */
      rendererName: string | null;
      /** WebGL emulated on the CPU (the Run map's still parts then lie on a canvas underneath). */
      softwareWebgl: boolean;
      i18n: I18n;
      audio: GameAudio;
      /** The engine and canvas-text checks of the test build (once the game has loaded). */
      engine: EngineHook;
      bounds(name: string): Rect | null;
      showUpdateNotice(): void;
      names(): string[];
      isReady(key: string): boolean;
      readyOrder(): string[];
      preloadProgress(): number[];
      waitForReady(keyOrEvent: string): Promise<void>;
    };
  }
}
