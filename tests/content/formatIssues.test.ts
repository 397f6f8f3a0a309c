import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/content/formatIssues';
import { IdSchema } from '../../src/engine/schema/common';

describe('problems in a file, in words', () => {
  it('reads a locale key of the engine as its English text, never the raw key', () => {
    const result = z.object({ id: IdSchema }).safeParse({ id: '9 lives' });
    expect(result.success).toBe(false);
    const lines = formatIssues('level.json', result.error!.issues);
    expect(lines).toEqual([
      'level.json: id: An identifier must start with a letter and contain only letters, digits, - or _.',
    ]);
  });

  it('fills in the real limit of a bounded number', () => {
    const schema = z.object({ quarters: z.number().max(12, 'engine.error.tooBig') });
    const result = schema.safeParse({ quarters: 9007199254740991 });
    expect(formatIssues('plan.json', result.error!.issues)).toEqual([
      'plan.json: quarters: This value is too high: at most 12.',
    ]);
  });

  it('gives an unknown field a line of its own, named in the path', () => {
    const result = z.strictObject({ seed: z.number() }).safeParse({ seed: 1, sede: 2 });
    expect(formatIssues('record.json', result.error!.issues)).toEqual([
      'record.json: sede: unknown field (not in the schema)',
    ]);
  });
});
