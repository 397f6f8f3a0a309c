import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchema } from '../../src/content/scenarioJsonSchema';

describe('docs/scenario.schema.json', () => {
  it('is up to date with the engine schema (regenerate: npm run levels:check -- --schema)', () => {
    const onDisk = JSON.parse(readFileSync(SCENARIO_SCHEMA_FILE, 'utf8')) as unknown;
    expect(onDisk).toEqual(scenarioJsonSchema());
  });

  it('lets a level name it in $schema and requires a version', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.properties.$schema).toEqual({ type: 'string' });
    expect(schema.required).toContain('version');
  });
});
