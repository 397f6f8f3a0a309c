/**
 * `npm run questions:check [files…]`: validates the CCXP question bank (every
 * `levels/questions/*.json`, or the files given): the schema, then the item-writing checks.
 * One line per problem, `file: question id: field: what is wrong`, on stderr; any problem exits 2;
 * all good prints a one-line summary and exits 0. `--schema` (re)writes the editors' JSON Schema.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile } from '../content/readJson';
import { checkQuestionFiles } from '../practice/qualityChecks';
import { QUESTIONS_SCHEMA_FILE, questionsJsonSchemaText } from '../practice/questionsJsonSchema';

const QUESTIONS_DIR = fileURLToPath(new URL('../../levels/questions/', import.meta.url));

function shippedFiles(): string[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('levels', 'questions', f));
}

/**
 * Returns the exit code rather than calling `process.exit`, which drops what a pipe has not yet
 * taken: a long list of problems lost its end and the summary line.
 */
function main(args: string[]): number {
  if (args[0] === '--schema') {
    writeFileSync(QUESTIONS_SCHEMA_FILE, questionsJsonSchemaText());
    process.stdout.write(`questions:check: wrote ${QUESTIONS_SCHEMA_FILE}\n`);
    return 0;
  }
  const files = args.length ? args : shippedFiles();
  const problems: string[] = [];
  const read: { file: string; data: unknown }[] = [];
  for (const file of files) {
    const loaded = readJsonFile(file);
    if (loaded.ok) read.push({ file, data: loaded.value });
    else problems.push(...loaded.errors);
  }
  const checked = checkQuestionFiles(read);
  problems.push(...checked.problems);
  if (problems.length) {
    process.stderr.write(
      `${problems.join('\n')}\nquestions:check: ${problems.length} problem(s) in ${files.length} file(s)\n`,
    );
    return 2;
  }
  process.stdout.write(
    `questions:check: ${checked.questions} question(s) in ${files.length} file(s) OK\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
