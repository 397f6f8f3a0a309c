import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/content/levelLoader';
import { exportJsonSchemas } from '../../src/engine';
import { tutorialJson } from './fixtures';

/** Every numeric field of a JSON Schema, by its path, with the bounds it declares. */
function numbersOf(
  node: unknown,
  path = '',
  out: { path: string; node: Record<string, unknown> }[] = [],
) {
  if (Array.isArray(node)) node.forEach((n, i) => numbersOf(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    const type = n.type;
    if (
      type === 'number' ||
      type === 'integer' ||
      (Array.isArray(type) && type.some((t) => t === 'number' || t === 'integer'))
    )
      out.push({ path, node: n });
    for (const [k, v] of Object.entries(n)) numbersOf(v, `${path}.${k}`, out);
  }
  return out;
}

const bounded = (n: Record<string, unknown>) =>
  'const' in n ||
  (('minimum' in n || 'exclusiveMinimum' in n) && ('maximum' in n || 'exclusiveMaximum' in n));

describe('every number in a level, plan or record has a real minimum and maximum', () => {
  const schemas = exportJsonSchemas() as Record<string, unknown>;
  for (const name of ['scenario', 'quarterDecisions', 'plan', 'decisionLog'])
    it(`${name}: no numeric field is unbounded`, () => {
      const numbers = numbersOf(schemas[name]);
      expect(numbers.length).toBeGreaterThan(5);
      expect(numbers.filter((n) => !bounded(n.node)).map((n) => n.path)).toEqual([]);
    });

  it('a record names a revision and a seed within bounds, and at most 12 quarters', () => {
    const record = schemas.gameRecord as {
      properties: Record<
        string,
        { properties?: Record<string, Record<string, unknown>>; maxItems?: number } & Record<
          string,
          unknown
        >
      >;
    };
    expect(bounded(record.properties.scenario!.properties!.revision!)).toBe(true);
    expect(bounded(record.properties.seed!)).toBe(true);
    expect(record.properties.decisions!.maxItems).toBe(12);
    expect(record.properties.results!.maxItems).toBe(12);
  });
});

describe('refusals state the real limit in words', () => {
  const refusal = (edit: (level: ReturnType<typeof tutorialJson>) => void) => {
    const level = tutorialJson();
    edit(level);
    const r = parseLevel('level.json', level);
    return r.ok ? [] : r.errors;
  };

  it('a negative council cost (it once earned a billion a quarter) is refused: at least 0', () => {
    expect(refusal((l) => (l.governance.council = -1e9))).toEqual([
      'level.json: governance.council: This value is too low: at least 0. (found: -1000000000)',
    ]);
  });

  it('money of 1e308 is refused at the real maximum, written out', () => {
    expect(refusal((l) => (l.company.fixedCosts = 1e308))).toEqual([
      'level.json: company.fixedCosts: This value is too high: at most 10,000,000. (found: 1e+308)',
    ]);
  });

  it('a channel whose funding reference is almost zero is refused', () => {
    expect(refusal((l) => (l.channels[0].fundingReference = 1e-300))).toEqual([
      'level.json: channels.0.fundingReference: This value is too low: at least 0.01. (found: 1e-300)',
    ]);
  });

  it("a target's value is bounded by its metric's own range", () => {
    const level = tutorialJson();
    const i = level.targets.findIndex((t: { metric: string }) => t.metric === 'nps');
    level.targets[i].value = 140;
    const r = parseLevel('level.json', level);
    expect(r.ok ? [] : r.errors).toEqual([
      `level.json: targets.${i}.value: This value is too high: at most 100. (found: 140)`,
    ]);
  });

  it('a choice that costs more than a quarter of the least-funded budget is refused', () => {
    const errors = refusal((l) => (l.governance.council = l.company.budget * 2));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^level\.json: governance\.council: 680 k€ is more than a whole quarter's CX budget \(at most \d+(\.\d+)? k€: company\.budget × the lowest difficulty budget factor\)/,
    );
  });

  it('too many entries and too long a text say how many are allowed', () => {
    expect(refusal((l) => (l.calibration.sources = Array(31).fill('A source')))).toEqual([
      'level.json: calibration.sources: too many entries: at most 30 (found: a list of 31)',
    ]);
  });
});
