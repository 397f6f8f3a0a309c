/** The game's own scenarios, read from levels/ with the same loader the command line uses. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLevelFile } from '../content/readLevelFile';
import type { Scenario } from '../engine';

export const LEVELS_DIR = fileURLToPath(new URL('../../levels/', import.meta.url));

export function levelsOnDisk(dir: string = LEVELS_DIR): Map<string, Scenario> {
  const levels = new Map<string, Scenario>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const r = readLevelFile(join(dir, file));
    if (r.ok) levels.set(r.value.id, r.value);
  }
  return levels;
}
