import { z } from 'zod/mini';
import { QuestionFileSchema } from './questionSchema';

export const QUESTIONS_SCHEMA_FILE = 'docs/questions.schema.json';

/**
 * The question file's schema as JSON Schema for editors, generated from the zod schema so it
 * cannot drift; a question file may name it in `$schema`. Cross-field rules (a calculation has a
 * calc, an id starts with its competency) are checked by `npm run questions:check`.
 */
export function questionsJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(QuestionFileSchema) as Record<string, unknown>),
    title: 'Not By Accident CCXP question file',
    description:
      'A file in levels/questions/*.json. Generated from src/practice/questionSchema.ts by `npm run questions:check -- --schema`. Do not edit.',
  };
}

export const questionsJsonSchemaText = () => `${JSON.stringify(questionsJsonSchema(), null, 2)}\n`;
