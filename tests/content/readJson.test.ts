import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonText, readJsonFile } from '../../src/content/readJson';

const dir = mkdtempSync(join(tmpdir(), 'nba-json-'));

describe('reading JSON a person wrote', () => {
  it('accepts a file that starts with a byte-order mark', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF{"seed": 7}');
    expect(readJsonFile(file)).toEqual({ ok: true, value: { seed: 7 } });
  });

  it('names the line and column of a syntax error, and what was expected', () => {
    const result = parseJsonText('{\n  "seed": 7,\n  "quarters": [1, 2,]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/^not valid JSON at line 3, column 21: a value was expected/);
    expect(result.problem).toContain('"quarters": [1, 2,]');
  });

  it('places an error at the end of a cut-off file on its last line', () => {
    const result = parseJsonText('{\n  "seed": 7');
    expect(result.ok || result.problem).toMatch(/line 2, column 12: a closing \} was expected/);
  });

  it('quotes only the start of a very long faulty line', () => {
    const result = parseJsonText(`{"name": "${'x'.repeat(1_000_000)}" "more": 1}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.length).toBeLessThan(200);
    expect(result.problem).toMatch(/line 1, column 1000013: a comma was expected/);
  });

  it('names the file when it cannot be read', () => {
    const result = readJsonFile(join(dir, 'missing.json'));
    expect(result).toEqual({
      ok: false,
      errors: [`${join(dir, 'missing.json')}: (file): cannot be read: no such file or directory`],
    });
  });
});
