import type { Scenario } from '../engine';
import type { FetchFile } from '../content/fetchJsonFiles';
import { parseLevel } from '../content/levelLoader';
import { fetchLevelFiles } from './levelFiles';

/** The order of the cards on the scenario choice: learn first, then the two companies. */
const PREFERRED_ORDER = ['tutorial', 'airline', 'hotel'];

export interface LevelRegistry {
  /** Scenarios in play order (tutorial, airline, hotel, then any others by id). */
  readonly all: readonly Scenario[];
  get(id: string): Scenario | undefined;
  /** Files that failed the schema or cross-reference checks, with their reasons. */
  readonly broken: readonly { file: string; errors: string[] }[];
}

function rank(id: string): number {
  const i = PREFERRED_ORDER.indexOf(id);
  return i < 0 ? PREFERRED_ORDER.length : i;
}

/** Builds a registry from JSON files by name; a broken file is left out, never fatal. */
export function createLevelRegistry(files: Record<string, unknown>): LevelRegistry {
  const all: Scenario[] = [];
  const broken: { file: string; errors: string[] }[] = [];
  for (const [path, data] of Object.entries(files)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const parsed = parseLevel(file, data);
    if (parsed.ok) all.push(parsed.value);
    else broken.push({ file, errors: parsed.errors });
  }
  all.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(all.map((s) => [s.id, s]));
  return { all, get: (id) => byId.get(id), broken };
}

let shipped: Record<string, unknown> | undefined;
let bundled: LevelRegistry | undefined;

/** Hands over the level files fetched with the game (`fetchLevelFiles`); parsed on first use. */
export function useShippedLevelFiles(files: Record<string, unknown>): void {
  shipped = files;
  bundled = undefined;
}

/** Fetches the level files shipped with the game, unless they are here already. */
export async function fetchShippedLevels(fetchFile?: FetchFile): Promise<void> {
  if (!shipped) useShippedLevelFiles(await fetchLevelFiles(fetchFile));
}

/** Every `levels/*.json` shipped with the game, parsed once by the engine's schema. */
export function bundledLevels(): LevelRegistry {
  if (!shipped) throw new Error('The level files have not been fetched yet (fetchShippedLevels).');
  bundled ??= createLevelRegistry(shipped);
  return bundled;
}
