import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A deep copy of the shipped tutorial level as plain JSON, to break on purpose (so untyped). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function tutorialJson(): any {
  return JSON.parse(readFileSync('levels/tutorial.json', 'utf8'));
}

const dir = mkdtempSync(join(tmpdir(), 'nba-levels-'));

/** Writes a fixture level and returns its path. */
export function writeFixture(name: string, level: unknown): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(level));
  return file;
}
