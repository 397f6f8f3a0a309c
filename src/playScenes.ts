import type Phaser from 'phaser';
import { BriefingScene } from './scenes/BriefingScene';
import { ClassWaitScene } from './scenes/ClassWaitScene';
import { DebriefScene } from './scenes/DebriefScene';
import { EndScene } from './scenes/EndScene';
import { PlanScene } from './scenes/PlanScene';
import { ReviewScene } from './scenes/ReviewScene';
import { RunScene } from './scenes/RunScene';
import { ScenarioChoiceScene } from './scenes/ScenarioChoiceScene';
import { addPlayTexts } from './i18n/playTexts';
import { SceneKeys, openOldDebrief, type SceneKey } from './scenes/keys';
import { providePlayServices, type CoreServices, type Services } from './scenes/services';
import { createGameStore, type OldGameResult } from './state/gameStore';
import { bundledLevels, useShippedLevelFiles, type LevelRegistry } from './state/levels';
import { bindGameSaveNotice } from './ui/gameSaveNotice';

// The part of the game loaded after the title has drawn (main.ts imports this dynamically): the
// engine and its schemas, the levels and their texts, the store of the game in progress and every
// scene of a game.
// The title needs none of it, and not parsing it first is most of what keeps the title quick.

const PLAY_SCENES: Record<Exclude<SceneKey, 'Boot' | 'Preload' | 'Title'>, typeof Phaser.Scene> = {
  [SceneKeys.ScenarioChoice]: ScenarioChoiceScene,
  [SceneKeys.Briefing]: BriefingScene,
  [SceneKeys.Plan]: PlanScene,
  [SceneKeys.Run]: RunScene,
  [SceneKeys.Review]: ReviewScene,
  [SceneKeys.End]: EndScene,
  [SceneKeys.Debrief]: DebriefScene,
  [SceneKeys.ClassWait]: ClassWaitScene,
};

/**
 * Opens an old game's debrief (read only) from the scene the player is in; Back returns there.
 * The store's `oldGame` refuses only a save changed after it was made: there is nothing to show.
 */
function readOldGame(game: Phaser.Game, old: OldGameResult, back: () => void): void {
  if (!old.ok) return back();
  const here = game.scene
    .getScenes(true)
    .find(
      (scene) =>
        scene.scene.key in PLAY_SCENES &&
        scene.scene.key !== SceneKeys.Debrief &&
        scene.scene.key !== SceneKeys.ScenarioChoice,
    );
  if (!here) return back();
  openOldDebrief(here, old.game);
  game.scene.getScene(SceneKeys.Debrief)?.events.once('shutdown', back);
}

/**
 * Adds the game's texts and levels (fetched by `fetchPlayTexts` and `fetchLevelFiles`), builds the game store and the levels, hands them to the scenes and
 * registers the scenes.
 */
export function addPlayScenes(
  game: Phaser.Game,
  core: CoreServices,
  texts: Record<string, unknown>,
  levelFiles: Record<string, unknown>,
): Services {
  addPlayTexts(core.i18n, texts);
  useShippedLevelFiles(levelFiles);
  // The levels are parsed (by the engine's schema) on first use, not while the title shows.
  const levels: LevelRegistry = {
    get all() {
      return bundledLevels().all;
    },
    get: (id) => bundledLevels().get(id),
    get broken() {
      return bundledLevels().broken;
    },
  };
  const store = createGameStore({ storage: core.storage, scenario: (id) => levels.get(id) });
  bindGameSaveNotice(core.i18n, store, (saved, back) =>
    readOldGame(game, store.getState().oldGame(saved), back),
  );
  const services = providePlayServices(game, { game: store, levels });
  for (const [key, scene] of Object.entries(PLAY_SCENES)) game.scene.add(key, scene, false);
  return services;
}
