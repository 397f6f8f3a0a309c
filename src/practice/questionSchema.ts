/**
 * The question bank's file format: `levels/questions/<competency>.json`. Data, so a trainer can add
 * questions without touching code; `npm run questions:check` validates them.
 */
import { z } from '../engine/schema/zod';
import { COMPETENCIES } from './competencies';

export const CompetencySchema = z.enum(COMPETENCIES);

const count = z.number().check(z.int(), z.gte(0));
const money = z.number().check(z.gte(0));
const fraction = z.number().check(z.gte(0), z.lte(1));

export const CalcSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('nps'),
    promoters: count,
    passives: count,
    detractors: count,
    value: z.number(),
  }),
  z.strictObject({
    kind: z.literal('csat'),
    counts: z.array(count).check(z.length(5)),
    value: z.number(),
  }),
  z.strictObject({
    kind: z.literal('ces'),
    counts: z.array(count).check(z.length(7)),
    value: z.number(),
  }),
  z.strictObject({
    kind: z.literal('moe'),
    p: fraction,
    n: z.number().check(z.int(), z.gte(1)),
    value: z.number(),
  }),
  z.strictObject({
    kind: z.literal('clv'),
    margin: money,
    retention: fraction,
    discount: z.number().check(z.gte(0), z.lte(1)),
    value: z.number(),
  }),
  z.strictObject({
    kind: z.literal('roi'),
    gain: money,
    cost: z.number().check(z.positive()),
    value: z.number(),
  }),
  z.strictObject({
    kind: z.literal('churnRevenue'),
    customers: count,
    churnBefore: fraction,
    churnAfter: fraction,
    revenuePerCustomer: money,
    value: z.number(),
  }),
]);
export type Calc = z.infer<typeof CalcSchema>;
export type CalcKind = Calc['kind'];

const text = z.string().check(z.trim(), z.minLength(1));
const four = z.tuple([text, text, text, text]);

export const QuestionTextSchema = z.strictObject({
  case: z.optional(text),
  stem: text,
  options: four,
  why: four,
});
export type QuestionText = z.infer<typeof QuestionTextSchema>;

export const QUESTION_TYPES = [
  'single',
  'scenario',
  'calculation',
  'ordering',
  'terminology',
] as const;

export const QuestionSchema = z
  .strictObject({
    id: z
      .string()
      .check(z.regex(/^[a-z]+-\d{3}$/, 'an id is <competency>-<three digits>, e.g. metrics-017')),
    competency: CompetencySchema,
    type: z.enum(QUESTION_TYPES),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    answer: z.number().check(z.int(), z.gte(0), z.lte(3)),
    topic: z
      .string()
      .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a topic is a short lowercase kebab-case tag')),
    source: z.string().check(
      z.trim(),
      z.refine(
        (s) => /^ref:00[0-4]$/.test(s) || s.length >= 8,
        'a source is ref:000 … ref:004, "SIMULATION.md link N", or a published work by author and year',
      ),
    ),
    calc: z.optional(CalcSchema),
    en: QuestionTextSchema,
    nl: QuestionTextSchema,
  })
  .check(
    z.superRefine((q, ctx) => {
      if (!q.id.startsWith(`${q.competency}-`))
        ctx.addIssue({
          code: 'custom',
          path: ['id'],
          message: `id "${q.id}" must start with its competency "${q.competency}-"`,
        });
      if (q.type === 'calculation' && !q.calc)
        ctx.addIssue({ code: 'custom', path: ['calc'], message: 'a calculation needs a calc' });
      if (q.type !== 'calculation' && q.calc)
        ctx.addIssue({
          code: 'custom',
          path: ['calc'],
          message: `only a calculation has a calc (this is a ${q.type})`,
        });
      if (q.type === 'scenario')
        for (const lang of ['en', 'nl'] as const)
          if (!q[lang].case)
            ctx.addIssue({
              code: 'custom',
              path: [lang, 'case'],
              message: 'a scenario question needs its case',
            });
    }),
  );
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  competency: CompetencySchema,
  questions: z.array(QuestionSchema),
});
export type QuestionFile = z.infer<typeof QuestionFileSchema>;
