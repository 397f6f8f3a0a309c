import { z } from 'zod/mini';
import { ScenarioSchema } from '../engine';

export const SCENARIO_SCHEMA_FILE = 'docs/scenario.schema.json';

/**
 * The scenario schema as JSON Schema for editors (completion and checks while writing a level).
 * Generated from the engine's zod schema, so it cannot drift; a level may name it in `$schema`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  return {
    ...schema,
    title: 'Not By Accident scenario',
    description:
      'A level in levels/*.json. Generated from the engine schema by `npm run levels:check -- --schema`. Do not edit.',
    // Editors read `$schema` from the level itself; the game ignores it.
    properties: { $schema: { type: 'string' }, ...schema.properties },
  };
}

export const scenarioJsonSchemaText = () => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
