import type { Scenario } from '../engine';
import type { LoadResult } from './formatIssues';
import { parseLevel } from './levelLoader';
import { readJsonFile } from './readJson';

/** Reads, parses and checks a level file (Node only: CLIs and tests). */
export function readLevelFile(file: string): LoadResult<Scenario> {
  const raw = readJsonFile(file);
  return raw.ok ? parseLevel(file, raw.value) : raw;
}
