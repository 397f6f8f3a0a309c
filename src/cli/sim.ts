/**
 * Headless simulation: npm run sim -- --level <file> [--plan <decisions.json>] [--seed N]
 * [--difficulty easy|normal|hard] [--json] [--record <file>] [--verify <file>] [--schema [file]]
 * [--debrief] (adds why each score moved and the run's lessons)
 * Exit codes: 0 fine, 1 a verified record does not match, 2 a malformed input.
 */
import { writeFileSync } from 'node:fs';
import {
  DIFFICULTIES,
  GameRecordSchema,
  PlanSchema,
  debriefOf,
  debriefSummary,
  debriefText,
  exportJsonSchemas,
  firstDifference,
  newGame,
  planToLog,
  replay,
  validateDecisions,
  type Difficulty,
  type GameRecord,
  type Scenario,
} from '../engine';
import { formatIssues } from '../content/formatIssues';
import { readJsonFile } from '../content/readJson';
import { readLevelFile } from '../content/readLevelFile';
import { summarise, textReport } from './simReport';

export const SCHEMA_FILE = 'docs/decisions.schema.json';

class InputError extends Error {}

function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new InputError(`unexpected argument "${a}"`);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      args.set(a.slice(2), next);
      i++;
    } else args.set(a.slice(2), true);
  }
  return args;
}

function stringArg(args: Map<string, string | true>, name: string): string | undefined {
  const v = args.get(name);
  if (v === true) throw new InputError(`--${name} needs a value`);
  return v;
}

function fail(lines: string[]): never {
  throw new InputError(lines.join('\n'));
}

function loadScenario(file: string): Scenario {
  const r = readLevelFile(file);
  return r.ok ? r.value : fail(r.errors);
}

function decisionLog(
  scenario: Scenario,
  planFile: string | undefined,
  seed: number,
  difficulty: Difficulty,
) {
  let plan: { quarters: object[] } = { quarters: [{}] };
  if (planFile) {
    const raw = readJsonFile(planFile);
    if (!raw.ok) fail(raw.errors);
    const parsed = PlanSchema.safeParse(raw.value);
    if (!parsed.success) fail(formatIssues(planFile, parsed.error.issues));
    plan = parsed.data;
  }
  const log = planToLog(scenario.company.start, plan, scenario.quarters);
  // Check every quarter against the scenario before playing (events and budget are checked as
  // the game is played, since they depend on the state).
  const state = newGame(scenario, seed, difficulty);
  const errors: string[] = [];
  log.forEach((d, q) => {
    const check = validateDecisions(
      scenario,
      { ...state, company: { ...state.company, activeEvents: {} } },
      { ...d, events: {} },
    );
    if (!check.ok)
      for (const e of check.errors)
        if (e.code !== 'engine.error.overBudget' || q === 0)
          errors.push(
            `${planFile ?? '(start settings)'}: quarters.${q}${e.path ? '.' + e.path : ''}: ${e.code} ${JSON.stringify(e.params)}`,
          );
  });
  if (errors.length) fail(errors);
  return log;
}

export async function main(argv: string[]): Promise<number> {
  const out: string[] = [];
  try {
    const args = parseArgs(argv);
    if (args.has('schema')) {
      const file = args.get('schema') === true ? SCHEMA_FILE : (args.get('schema') as string);
      // Formatted as the repository's formatter would, so the committed file stays unchanged.
      const prettier = await import('prettier');
      const options = { ...(await prettier.resolveConfig(file)), filepath: file };
      writeFileSync(file, await prettier.format(JSON.stringify(exportJsonSchemas()), options));
      process.stdout.write(`wrote ${file}\n`);
      return 0;
    }
    const levelFile = stringArg(args, 'level') ?? fail(['--level <file> is required']);
    const scenario = loadScenario(levelFile);
    const verifyFile = stringArg(args, 'verify');
    if (verifyFile) {
      const raw = readJsonFile(verifyFile);
      if (!raw.ok) fail(raw.errors);
      const parsed = GameRecordSchema.safeParse(raw.value);
      if (!parsed.success) fail(formatIssues(verifyFile, parsed.error.issues));
      const rec: GameRecord = parsed.data;
      if (rec.scenario.id !== scenario.id || rec.scenario.revision !== scenario.revision) {
        process.stderr.write(
          `${verifyFile}: scenario: record is for ${rec.scenario.id}@${rec.scenario.revision}, level is ${scenario.id}@${scenario.revision}\n`,
        );
        return 1;
      }
      let again: GameRecord;
      try {
        again = replay(scenario, rec.seed, rec.difficulty, rec.decisions);
      } catch (e) {
        process.stderr.write(
          `${verifyFile}: decisions: cannot be replayed (${(e as Error).message})\n`,
        );
        return 1;
      }
      const diff = firstDifference(again.results, rec.results);
      if (diff) {
        process.stderr.write(`${verifyFile}: differs first at results.${diff}\n`);
        return 1;
      }
      if (again.hash !== rec.hash) {
        process.stderr.write(`${verifyFile}: hash: expected ${again.hash}, found ${rec.hash}\n`);
        return 1;
      }
      process.stdout.write(
        `${verifyFile}: match (${rec.results.length} quarters, hash ${rec.hash})\n`,
      );
      return 0;
    }
    const seedText = stringArg(args, 'seed') ?? '1';
    if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff)
      fail([`--seed: "${seedText}" is not a whole number from 0 to 4294967295`]);
    const seed = Number(seedText);
    const difficulty = (stringArg(args, 'difficulty') ?? 'normal') as Difficulty;
    if (!DIFFICULTIES.includes(difficulty))
      fail([`--difficulty: "${difficulty}" is not one of ${DIFFICULTIES.join(', ')}`]);
    const planFile = stringArg(args, 'plan');
    const log = decisionLog(scenario, planFile, seed, difficulty);
    let record: GameRecord;
    try {
      record = replay(scenario, seed, difficulty, log);
    } catch (e) {
      fail([`${planFile ?? '(start settings)'}: ${(e as Error).message}`]);
    }
    const recordFile = stringArg(args, 'record');
    if (recordFile) writeFileSync(recordFile, JSON.stringify(record) + '\n');
    const debrief = args.has('debrief') ? debriefOf(scenario, seed, difficulty, log) : null;
    if (args.has('json'))
      out.push(
        JSON.stringify({
          ...summarise(scenario, record),
          ...(debrief ? { debrief: debriefSummary(debrief) } : {}),
        }),
      );
    else out.push(textReport(scenario, record) + (debrief ? '\n' + debriefText(debrief) : ''));
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(e.message + '\n');
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
