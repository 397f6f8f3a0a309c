/**
 * Headless simulation: npm run sim -- --level <file> [--plan <decisions.json>] [--seed N]
 * [--difficulty easy|normal|hard] [--json] [--record <file>] [--verify <file>] [--schema [file]]
 * [--debrief] (adds why each score moved and the run's lessons)
 * Exit codes: 0 fine, 1 a verified record does not match, 2 a malformed input: an unknown or
 * incomplete option, a file that cannot be read or written, a malformed level or plan, decisions
 * the engine refuses. Problems go to stderr as `file: path.to.field: what is wrong`.
 */
import { writeFileSync } from 'node:fs';
import {
  DIFFICULTIES,
  GameRecordSchema,
  InvalidDecisionsError,
  PlanSchema,
  debriefOf,
  debriefSummary,
  debriefText,
  eventPlanErrors,
  exportJsonSchemas,
  firstDifference,
  newGame,
  planToLog,
  replay,
  validateDecisions,
  type DecisionError,
  type Difficulty,
  type GameRecord,
  type Scenario,
} from '../engine';
import { cutText } from '../content/cutValue';
import { formatIssues } from '../content/formatIssues';
import { fileProblem, readJsonFile } from '../content/readJson';
import { readLevelFile } from '../content/readLevelFile';
import { createNodeI18n } from '../i18n/nodeResources';
import { summarise, textReport } from './simReport';

export const SCHEMA_FILE = 'docs/decisions.schema.json';

class InputError extends Error {}

export const USAGE =
  'usage: npm run sim -- --level <file> [--plan <file>] [--seed N] [--difficulty easy|normal|hard] [--json] [--debrief] [--record <file>] | --level <file> --verify <file> | --schema [file]';

/** Each flag the command knows, and whether it takes a value (`optional`: it may). */
const FLAGS = new Map<string, 'value' | 'none' | 'optional'>([
  ['level', 'value'],
  ['plan', 'value'],
  ['seed', 'value'],
  ['difficulty', 'value'],
  ['json', 'none'],
  ['debrief', 'none'],
  ['record', 'value'],
  ['verify', 'value'],
  ['schema', 'optional'],
]);

function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  const usage = (problem: string) => new InputError(`${problem}\n${USAGE}`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw usage(`unexpected argument "${cutText(a)}"`);
    const name = a.slice(2);
    const kind = FLAGS.get(name);
    if (!kind) throw usage(`unknown option ${cutText(a)}`);
    if (args.has(name)) throw usage(`${a} is given twice`);
    const next = argv[i + 1];
    if (kind !== 'none' && next !== undefined && !next.startsWith('--')) {
      args.set(name, next);
      i++;
    } else if (kind === 'value') throw usage(`${a} needs a value`);
    else args.set(name, true);
  }
  // Options that would be ignored are refused, so nobody believes they took effect.
  const others = (keep: string[]) => [...args.keys()].filter((k) => !keep.includes(k));
  if (args.has('schema') && others(['schema']).length)
    throw usage(`--schema takes no other option (--${others(['schema'])[0]})`);
  if (args.has('verify') && others(['verify', 'level']).length)
    throw usage(
      `--verify replays the record's own seed, difficulty and decisions: --${others(['verify', 'level'])[0]} does not apply`,
    );
  return args;
}

function stringArg(args: Map<string, string | true>, name: string): string | undefined {
  const v = args.get(name);
  return v === true ? undefined : v;
}

function fail(lines: string[]): never {
  throw new InputError(lines.join('\n'));
}

function loadScenario(file: string): Scenario {
  const r = readLevelFile(file);
  return r.ok ? r.value : fail(r.errors);
}

let english: ReturnType<typeof createNodeI18n> | undefined;

/** A refusal in plain English, from the game's own English texts and the error's numbers. */
function reason(e: DecisionError): string {
  english ??= createNodeI18n('en');
  return english.t(e.code, e.params);
}

/**
 * Where a refused quarter's decisions come from: the plan's entry for it (the last entry repeats),
 * or, without a plan, the level's starting settings.
 */
function refusalLines(
  source: { planFile: string; entries: number } | { levelFile: string },
  refusals: { quarter: number; errors: DecisionError[] }[],
): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const { quarter: q, errors } of refusals)
    for (const e of errors) {
      // A choice carried over or repeated is refused again in every later quarter: say it once.
      const key = `${e.path} ${e.code} ${JSON.stringify(e.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let at: string;
      let when = `quarter ${q + 1}`;
      if ('planFile' in source) {
        const entry = Math.min(q, source.entries - 1);
        at = `${source.planFile}: quarters.${entry}`;
        if (entry < q) when += ` (the plan's last entry, repeated)`;
      } else {
        at = `${source.levelFile}: company.start`;
        when +=
          q === 0 ? ' (the starting settings)' : ' (the starting settings, kept without --plan)';
      }
      lines.push(`${at}${e.path ? '.' + e.path : ''}: ${when}: ${reason(e)}`);
    }
  return lines;
}

function decisionLog(
  scenario: Scenario,
  levelFile: string,
  planFile: string | undefined,
  seed: number,
  difficulty: Difficulty,
) {
  let plan: { quarters: object[] } = { quarters: [{}] };
  if (planFile) {
    const raw = readJsonFile(planFile);
    if (!raw.ok) fail(raw.errors);
    const parsed = PlanSchema.safeParse(raw.value);
    if (!parsed.success) fail(formatIssues(planFile, parsed.error.issues, raw.value));
    plan = parsed.data;
    // An entry past the last quarter would never be played: the plan was written for another game.
    if (plan.quarters.length > scenario.quarters)
      fail([
        `${planFile}: quarters: ${plan.quarters.length} entries, but ${levelFile} lasts ${scenario.quarters} quarter(s): at most ${scenario.quarters} entries (entries past the last quarter would never be played)`,
      ]);
  }
  const source = planFile ? { planFile, entries: plan.quarters.length } : { levelFile };
  const log = planToLog(scenario.company.start, plan, scenario.quarters);
  // Check every quarter against the scenario before playing (events and budget are checked as
  // the game is played, since they depend on the state).
  const state = newGame(scenario, seed, difficulty);
  const refusals: { quarter: number; errors: DecisionError[] }[] = [];
  log.forEach((d, q) => {
    const check = validateDecisions(
      scenario,
      { ...state, company: { ...state.company, activeEvents: {} } },
      { ...d, events: {} },
    );
    if (!check.ok)
      refusals.push({
        quarter: q,
        errors: check.errors.filter((e) => e.code !== 'engine.error.overBudget' || q === 0),
      });
  });
  const lines = refusalLines(source, refusals);
  if (lines.length) fail(lines);
  let record: GameRecord;
  try {
    record = replay(scenario, seed, difficulty, log);
  } catch (e) {
    if (e instanceof InvalidDecisionsError)
      fail(refusalLines(source, [{ quarter: e.quarter, errors: e.errors }]));
    fail([`${planFile ?? levelFile}: (root): cannot be played (${(e as Error).message})`]);
  }
  return { log, record };
}

/** Writes a file the user named; a path that cannot be written is their input's fault (exit 2). */
function writeOutput(file: string, text: string, flag: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    fail([`${file}: (file): cannot be written (${flag}): ${fileProblem(e)}`]);
  }
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
      const text = await prettier.format(JSON.stringify(exportJsonSchemas()), options);
      writeOutput(file, text, '--schema');
      process.stdout.write(`wrote ${file}\n`);
      return 0;
    }
    const levelFile = stringArg(args, 'level') ?? fail(['--level <file> is required', USAGE]);
    const scenario = loadScenario(levelFile);
    const verifyFile = stringArg(args, 'verify');
    if (verifyFile) {
      const raw = readJsonFile(verifyFile);
      if (!raw.ok) fail(raw.errors);
      const parsed = GameRecordSchema.safeParse(raw.value);
      if (!parsed.success) fail(formatIssues(verifyFile, parsed.error.issues, raw.value));
      const rec: GameRecord = parsed.data;
      if (rec.decisions.length > scenario.quarters)
        fail([
          `${verifyFile}: decisions: ${rec.decisions.length} quarters, but ${levelFile} lasts ${scenario.quarters}: at most ${scenario.quarters} (a game cannot be played past its last quarter)`,
        ]);
      if (rec.scenario.id !== scenario.id || rec.scenario.revision !== scenario.revision) {
        process.stderr.write(
          `${verifyFile}: scenario: record is for ${rec.scenario.id}@${rec.scenario.revision}, level is ${scenario.id}@${scenario.revision}\n`,
        );
        return 1;
      }
      const planErrors = rec.events ? eventPlanErrors(scenario, rec.events) : [];
      if (planErrors.length) {
        process.stderr.write(
          planErrors.map((e) => `${verifyFile}: ${e.path}: ${e.message}`).join('\n') + '\n',
        );
        return 1;
      }
      let again: GameRecord;
      try {
        again = replay(scenario, rec.seed, rec.difficulty, rec.decisions, rec.events);
      } catch (e) {
        const why =
          e instanceof InvalidDecisionsError
            ? e.errors.map(
                (x) =>
                  `${verifyFile}: decisions.${e.quarter}${x.path ? '.' + x.path : ''}: cannot be replayed: ${reason(x)}`,
              )
            : [`${verifyFile}: decisions: cannot be replayed (${(e as Error).message})`];
        process.stderr.write(why.join('\n') + '\n');
        return 1;
      }
      if (rec.results.length !== rec.decisions.length) {
        process.stderr.write(
          `${verifyFile}: results: the record has decisions for ${rec.decisions.length} quarter(s) but results for ${rec.results.length}\n`,
        );
        return 1;
      }
      const diff = firstDifference(again.results, rec.results);
      if (diff) {
        process.stderr.write(
          `${verifyFile}: results.${diff}: differs from a replay of the record's decisions (the first difference)\n`,
        );
        return 1;
      }
      if (again.hash !== rec.hash) {
        process.stderr.write(
          `${verifyFile}: hash: expected ${again.hash}, found ${cutText(rec.hash)}\n`,
        );
        return 1;
      }
      const played = rec.results.length;
      const over = again.results.at(-1)?.gameOver === true;
      const extent =
        played === scenario.quarters || over
          ? `${played} quarter(s), the whole game`
          : `${played} of ${scenario.quarters} quarters: an unfinished game`;
      const events = !rec.events
        ? ''
        : rec.events.mode === 'none'
          ? ', no events'
          : `, events chosen: ${rec.events.quarters.flat().join(', ') || 'none'}`;
      process.stdout.write(
        `${verifyFile}: match: ${scenario.id} revision ${scenario.revision}, seed ${rec.seed}, ${rec.difficulty}${events}, ${extent}, hash ${rec.hash}\n`,
      );
      return 0;
    }
    const seedText = stringArg(args, 'seed') ?? '1';
    if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff)
      fail([`--seed: "${cutText(seedText)}" is not a whole number from 0 to 4294967295`]);
    const seed = Number(seedText);
    const difficulty = (stringArg(args, 'difficulty') ?? 'normal') as Difficulty;
    if (!DIFFICULTIES.includes(difficulty))
      fail([`--difficulty: "${cutText(difficulty)}" is not one of ${DIFFICULTIES.join(', ')}`]);
    const planFile = stringArg(args, 'plan');
    const { log, record } = decisionLog(scenario, levelFile, planFile, seed, difficulty);
    const recordFile = stringArg(args, 'record');
    if (recordFile) writeOutput(recordFile, JSON.stringify(record) + '\n', '--record');
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
