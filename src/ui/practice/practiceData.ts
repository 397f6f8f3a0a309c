/**
 * What the practice screen reads: the bundled question bank, the candidate's progress, and the
 * last game (the saved one, replayed by the engine). Loaded with the practice screen, not before.
 */
import { createBank, type Bank } from '../../practice/bank';
import { gameContextOf, type GameContext } from '../../practice/fromGame';
import { bundledLevels } from '../../state/levels';
import { savedGameCandidates } from '../../state/savedGame';
import type { KeyValueStorage } from '../../state/storage';

let bundled: Bank | undefined;

/** Every `levels/questions/*.json` shipped with the game, parsed once. */
export function bundledBank(): Bank {
  bundled ??= createBank(
    import.meta.glob<unknown>('../../../levels/questions/*.json', {
      eager: true,
      import: 'default',
    }),
  );
  return bundled;
}

/**
 * The last game as a question source: the saved game (finished or not), replayed; the backup
 * when the current save cannot be replayed; null when there is no game with a quarter played.
 */
export function lastGameContext(storage: KeyValueStorage): GameContext | null {
  for (const saved of savedGameCandidates(storage)) {
    const scenario = bundledLevels().get(saved.scenario.id);
    if (!scenario || scenario.revision !== saved.scenario.revision) continue;
    try {
      const ctx = gameContextOf(scenario, saved.seed, saved.difficulty, saved.decisions);
      if (ctx) return ctx;
    } catch {
      // A save the engine cannot replay: try the next one.
    }
  }
  return null;
}
