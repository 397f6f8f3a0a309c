/**
 * What the practice screen reads: the question bank, the candidate's progress, and the last game
 * (the saved one, replayed by the engine). The bank is data, not code: its files ship as JSON
 * assets of the game's own origin (precached by the service worker, so practice works offline)
 * and are fetched when the practice screen opens, not parsed with the scripts.
 */
import { fetchJsonFiles, type FetchFile } from '../../content/fetchJsonFiles';
import { createBank, type Bank } from '../../practice/bank';
import { gameContextOf, type GameContext } from '../../practice/fromGame';
import { bundledLevels } from '../../state/levels';
import { savedGameCandidates } from '../../state/savedGame';
import type { KeyValueStorage } from '../../state/storage';

/** Where each `levels/questions/*.json` shipped with the game is served, by its source path. */
const bankFiles = import.meta.glob<string>('../../../levels/questions/*.json', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** Fetches every question file and builds the bank; rejects with a DataFileError. */
export async function loadBank(
  files: Record<string, string>,
  fetchFile?: FetchFile,
): Promise<Bank> {
  return createBank(await fetchJsonFiles(files, fetchFile));
}

let bundled: Promise<Bank> | undefined;

/** The bank shipped with the game, fetched once; after a failure the next call tries again. */
export function bundledBank(fetchFile?: FetchFile): Promise<Bank> {
  const loading = (bundled ??= loadBank(bankFiles, fetchFile));
  loading.catch(() => {
    if (bundled === loading) bundled = undefined;
  });
  return loading;
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
