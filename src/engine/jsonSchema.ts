import { z } from './schema/zod';
import { DecisionLogSchema, PlanSchema, QuarterDecisionsSchema } from './schema/decisions';
import { GameRecordSchema } from './schema/record';
import { ScenarioSchema } from './schema/scenario';

/** The schemas as JSON Schema, so plans and levels can be written (and checked) by hand. */
export function exportJsonSchemas(): Record<string, unknown> {
  return {
    $comment: 'Generated from the engine schemas by `npm run sim -- --schema`. Do not edit.',
    quarterDecisions: z.toJSONSchema(QuarterDecisionsSchema),
    decisionLog: z.toJSONSchema(DecisionLogSchema),
    plan: z.toJSONSchema(PlanSchema),
    scenario: z.toJSONSchema(ScenarioSchema),
    gameRecord: z.toJSONSchema(GameRecordSchema),
  };
}
