/**
 * `npm run levels:check [files…]`: validates the shipped levels (or the files given) against the
 * scenario schema and its cross-references. One line per problem, `file: path.to.field: what is
 * wrong`; any problem exits 2.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingTextErrors, unservedTouchpointErrors } from '../content/levelChecks';
import { readLevelFile } from '../content/readLevelFile';
import { loadResourcesFromDisk } from '../i18n/nodeResources';

const LEVELS_DIR = fileURLToPath(new URL('../../levels/', import.meta.url));

function shippedLevels(): string[] {
  return readdirSync(LEVELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('levels', f));
}

export function checkLevels(files: string[]): string[] {
  const resources = loadResourcesFromDisk();
  const problems: string[] = [];
  for (const file of files) {
    const loaded = readLevelFile(file);
    if (!loaded.ok) {
      problems.push(...loaded.errors);
      continue;
    }
    const more = [
      ...unservedTouchpointErrors(loaded.value),
      ...missingTextErrors(loaded.value, resources),
    ];
    problems.push(...more.map((e) => `${file}: ${e}`));
  }
  return problems;
}

const args = process.argv.slice(2);
const files = args.length ? args : shippedLevels();
const problems = checkLevels(files);
if (problems.length) {
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stderr.write(`levels:check: ${problems.length} problem(s) in ${files.length} file(s)\n`);
  process.exit(2);
}
process.stdout.write(`levels:check: ${files.length} level(s) OK (${files.join(', ')})\n`);
