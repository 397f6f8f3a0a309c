/**
 * `npm run levels:check [files…]`: validates the shipped levels (or the files given) against the
 * scenario schema, its cross-references, the starting budget and the text keys in every language.
 * One line per problem, `file: path.to.field: what is wrong`, on stderr; any problem exits 2; all
 * good prints a one-line summary and exits 0. `--schema` (re)writes the editors' JSON Schema.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLevelFiles, summaryLine } from '../content/checkLevels';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText } from '../content/scenarioJsonSchema';
import { loadResourcesFromDisk } from '../i18n/nodeResources';

const LEVELS_DIR = fileURLToPath(new URL('../../levels/', import.meta.url));

function shippedLevels(): string[] {
  return readdirSync(LEVELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('levels', f));
}

// The exit code is set, not forced with process.exit: a forced exit drops what is still queued
// for a pipe, and a long list of problems lost its summary line after 64 KiB.
export function main(args: string[]): number {
  if (args[0] === '--schema') {
    writeFileSync(SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText());
    process.stdout.write(`levels:check: wrote ${SCENARIO_SCHEMA_FILE}\n`);
    return 0;
  }
  const files = args.length ? args : shippedLevels();
  const { problems, passed } = checkLevelFiles(files, loadResourcesFromDisk());
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${p}\n`);
    process.stderr.write(
      `levels:check: ${problems.length} problem(s) in ${files.length} file(s)\n`,
    );
    return 2;
  }
  process.stdout.write(`${summaryLine(passed)}\n`);
  return 0;
}
