/**
 * What the practice screen reads: the question bank, the candidate's progress, and the last game
 * (the saved one, replayed by the engine). The bank is data, not code: its files ship as JSON
 * assets of the game's own origin (precached by the service worker, so practice works offline)
 * and are fetched when the practice screen opens, not parsed with the scripts.
 */
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

/** A question file that could not be fetched or read: which one, and why. */
export class BankLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'BankLoadError';
  }
}

export type FetchFile = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

async function fetchOne(fetchFile: FetchFile, path: string, url: string): Promise<unknown> {
  const file = path.slice(path.lastIndexOf('/') + 1);
  let response: Awaited<ReturnType<FetchFile>>;
  try {
    response = await fetchFile(url);
  } catch (error) {
    throw new BankLoadError(file, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new BankLoadError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new BankLoadError(file, error instanceof Error ? error.message : String(error));
  }
}

/** Fetches every question file and builds the bank; rejects with a BankLoadError. */
export async function loadBank(files: Record<string, string>, fetchFile: FetchFile): Promise<Bank> {
  const entries = await Promise.all(
    Object.entries(files).map(
      async ([path, url]) => [path, await fetchOne(fetchFile, path, url)] as const,
    ),
  );
  return createBank(Object.fromEntries(entries));
}

let bundled: Promise<Bank> | undefined;

/** The bank shipped with the game, fetched once; after a failure the next call tries again. */
export function bundledBank(fetchFile: FetchFile = (url) => fetch(url)): Promise<Bank> {
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
