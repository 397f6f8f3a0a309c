import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBank } from '../../src/practice/bank';
import { COMPETENCIES } from '../../src/practice/competencies';
import { checkQuestionFile, checkQuestionFiles } from '../../src/practice/qualityChecks';
import { QUESTIONS_SCHEMA_FILE, questionsJsonSchema } from '../../src/practice/questionsJsonSchema';
import type { fixtureQuestion } from './fixtures';
import { fixtureFile, shippedQuestionFiles } from './fixtures';

const shipped = shippedQuestionFiles();

describe('the shipped question bank', () => {
  it('passes every check: schema, one correct option, A–D spread, no all/none of the above, no repeats, both languages, calculations', () => {
    expect(checkQuestionFiles(shipped).problems).toEqual([]);
  });

  it('holds every competency, each question in its own competency’s file', () => {
    const bank = createBank(Object.fromEntries(shipped.map((f) => [f.file, f.data])));
    expect(bank.problems).toEqual([]);
    for (const c of COMPETENCIES) expect(bank.byCompetency(c).length).toBeGreaterThanOrEqual(2);
  });
});

describe('docs/questions.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npm run questions:check -- --schema)', () => {
    const onDisk = JSON.parse(readFileSync(QUESTIONS_SCHEMA_FILE, 'utf8')) as unknown;
    expect(onDisk).toEqual(questionsJsonSchema());
  });
});

describe('question checks', () => {
  const file = 'metrics.json';
  const withQuestion = (change: (q: ReturnType<typeof fixtureQuestion>) => void) => {
    const data = fixtureFile('metrics', 4);
    change(data.questions[0]!);
    return checkQuestionFile(file, data);
  };

  it('passes a good file', () => {
    expect(checkQuestionFile(file, fixtureFile('metrics', 8))).toEqual([]);
  });

  it('names the file, the question id and the field of a schema problem', () => {
    expect(
      withQuestion((q) => {
        (q as { difficulty: number }).difficulty = 5;
        delete (q.nl as { stem?: string }).stem;
      }),
    ).toEqual([
      'metrics.json: metrics-001: difficulty: Invalid input',
      'metrics.json: metrics-001: nl.stem: Invalid input: expected string, received undefined',
    ]);
  });

  it('finds an unknown field, a wrong id and a calculation without calc', () => {
    expect(
      withQuestion((q) => {
        (q as Record<string, unknown>).hint = 'x';
        q.id = 'strategy-001';
        q.type = 'calculation';
      }),
    ).toEqual([
      'metrics.json: strategy-001: hint: unknown field (not in the schema)',
      'metrics.json: strategy-001: id: id "strategy-001" must start with its competency "metrics-"',
      'metrics.json: strategy-001: calc: a calculation needs a calc',
    ]);
  });

  it('refuses all/none of the above in English and Dutch', () => {
    expect(
      withQuestion((q) => {
        q.en.options[3] = 'All of the above';
        q.nl.options[2] = 'Geen van bovenstaande';
      }),
    ).toEqual([
      'metrics.json: metrics-001: en.options.3: "All of the above": no all/none of the above; write a real option',
      'metrics.json: metrics-001: nl.options.2: "Geen van bovenstaande": no all/none of the above; write a real option',
    ]);
    expect(withQuestion((q) => (q.en.options[0] = 'None of the above'))).toHaveLength(1);
    expect(withQuestion((q) => (q.nl.options[0] = 'Alle bovenstaande antwoorden'))).toHaveLength(1);
  });

  it('refuses a repeated option', () => {
    expect(withQuestion((q) => (q.en.options[2] = ` ${q.en.options[0].toUpperCase()}`))).toEqual([
      `metrics.json: metrics-001: en.options.2: repeats option 0 ("EN OPTION 0 OF METRICS-001")`,
    ]);
  });

  it('refuses a case in one language only, and a scenario without its case', () => {
    expect(withQuestion((q) => (q.en.case = 'A case.'))).toEqual([
      'metrics.json: metrics-001: nl.case: the case is in one language only',
    ]);
    expect(withQuestion((q) => (q.type = 'scenario'))).toEqual([
      'metrics.json: metrics-001: en.case: a scenario question needs its case',
      'metrics.json: metrics-001: nl.case: a scenario question needs its case',
    ]);
  });

  it('finds correct answers piled on one position', () => {
    const data = fixtureFile('metrics', 4);
    for (const q of data.questions) q.answer = 0;
    expect(checkQuestionFile(file, data)).toEqual([
      'metrics.json: answer: correct answers at A–D are 4/0/0/0; spread them evenly (counts may differ by at most 1)',
    ]);
  });

  it('recomputes a calculation and finds its answer in the correct option only, per language', () => {
    const calcQuestion = (value: number, en: string[], nl: string[]) =>
      withQuestion((q) => {
        q.type = 'calculation';
        q.calc = { kind: 'ces', counts: [0, 0, 0, 2, 1, 0, 0], value };
        q.en.options = en as typeof q.en.options;
        q.nl.options = nl as typeof q.nl.options;
      });
    // The fixture's first question has its answer at B.
    const en = ['4.5', '4.3', '3.0', '5.0'];
    const nl = ['4,5', '4,3', '3,0', '5,0'];
    expect(calcQuestion(4.3, en, nl)).toEqual([]);
    expect(calcQuestion(4.5, en, nl)).toEqual([
      'metrics.json: metrics-001: calc.value: 4.5 does not follow from the inputs (they give 4.3)',
      'metrics.json: metrics-001: en.options.1: the correct option does not show the answer 4.5',
      'metrics.json: metrics-001: en.options.0: a wrong option shows the answer 4.5 too',
      'metrics.json: metrics-001: nl.options.1: the correct option does not show the answer 4,5',
      'metrics.json: metrics-001: nl.options.0: a wrong option shows the answer 4,5 too',
    ]);
    expect(calcQuestion(4.3, en, ['4,5', '4.3', '3,0', '5,0'])).toEqual([
      'metrics.json: metrics-001: nl.options.1: the correct option does not show the answer 4,3',
    ]);
  });

  it('finds an id used twice across files', () => {
    const a = fixtureFile('metrics', 2);
    const b = fixtureFile('metrics', 2);
    expect(
      checkQuestionFiles([
        { file: 'a.json', data: a },
        { file: 'b.json', data: b },
      ]).problems,
    ).toEqual([
      'b.json: metrics-001: id: duplicate id (first in a.json)',
      'b.json: metrics-002: id: duplicate id (first in a.json)',
    ]);
  });
});

// Each run starts tsx, which takes seconds on a busy machine.
describe('npm run questions:check', { timeout: 30_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/questionsCheck.ts', ...args], {
      encoding: 'utf8',
    });

  it('exits 0 with one summary line for the shipped bank', () => {
    const ok = run([]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^questions:check: \d+ question\(s\) in \d+ file\(s\) OK\n$/);
  });

  it('exits 2 with one line per problem', () => {
    const dir = join(tmpdir(), `questions-check-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const data = fixtureFile('culture', 4);
    data.questions[1]!.en.options[3] = 'None of the above';
    const bad = join(dir, 'culture.json');
    writeFileSync(bad, JSON.stringify(data));
    const failed = run([bad, join(dir, 'missing.json')]);
    expect(failed.status).toBe(2);
    expect(failed.stderr.trim().split('\n')).toEqual([
      `${join(dir, 'missing.json')}: (file): cannot be read: no such file or directory`,
      `${bad}: culture-002: en.options.3: "None of the above": no all/none of the above; write a real option`,
      'questions:check: 2 problem(s) in 2 file(s)',
    ]);
  });
});
