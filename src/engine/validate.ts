import type { z } from 'zod';
import { budgetOf, costOf } from './cost';
import { isDecisionsShape } from './decisionsShape';
import { clone } from './game';
import { modelOf } from './model';
import { QuarterDecisionsSchema, type QuarterDecisions } from './schema/decisions';
import type { Costs } from './schema/outcome';
import type { Scenario } from './schema/scenario';
import type { GameState } from './schema/state';

/** Why a decision is refused: a locale key (`engine.error.*`) and its parameters. */
export interface DecisionError {
  path: string;
  code: string;
  params: Record<string, string | number>;
}

export type Validation =
  { ok: true; value: QuarterDecisions } | { ok: false; errors: DecisionError[] };

/**
 * Maps a zod issue to a reason the UI can show. An unknown field is named in the path itself
 * (`channels.phone.capacty`) when the issue is about one field; issuesToErrors splits the others.
 */
export function issueToError(issue: z.core.$ZodIssue): DecisionError {
  const at = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : [];
  const path = [...issue.path, ...at].map(String).join('.');
  switch (issue.code) {
    case 'too_big':
      return { path, code: 'engine.error.tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { path, code: 'engine.error.tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_type':
      return { path, code: 'engine.error.wrongType', params: { expected: issue.expected } };
    case 'invalid_value':
      return {
        path,
        code: 'engine.error.notAllowed',
        params: { allowed: issue.values.map(String).join(', ') },
      };
    case 'unrecognized_keys':
      return { path, code: 'engine.error.unknownField', params: { fields: issue.keys.join(', ') } };
    default:
      return { path, code: 'engine.error.invalid', params: { detail: issue.message } };
  }
}

/** The reasons for a failed parse, one per issue and one per unknown field. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): DecisionError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys.length > 1
      ? issue.keys.map((key) => issueToError({ ...issue, keys: [key] }))
      : [issueToError(issue)],
  );
}

/**
 * Checks a quarter's decisions against the schema, the scenario and the budget. The value returned
 * is the caller's own copy, as a zod parse would give.
 */
export function validateDecisions(
  scenario: Scenario,
  state: GameState,
  input: unknown,
): Validation {
  const r = checkDecisions(scenario, state, input);
  return r.ok && r.value === input ? { ok: true, value: clone(r.value) } : r;
}

/**
 * As validateDecisions, but data that already has the exact shape of parsed decisions (a plan
 * carried over from the previous quarter, a replayed record) is returned as it is, without a zod
 * parse; anything else goes through zod as before, with the same reasons. For callers that only
 * read the value (playQuarter).
 */
export function checkDecisions(scenario: Scenario, state: GameState, input: unknown): Validation {
  const r = checkAndCost(scenario, state, input);
  return r.ok ? { ok: true, value: r.value } : r;
}

/**
 * As checkDecisions, with the plan's cost this quarter (`costOf`), which the check works out for
 * the budget anyway: playQuarter takes it from here rather than working it out twice.
 */
export function checkAndCost(
  scenario: Scenario,
  state: GameState,
  input: unknown,
): { ok: true; value: QuarterDecisions; costs: Costs } | { ok: false; errors: DecisionError[] } {
  let d: QuarterDecisions;
  if (isDecisionsShape(input)) d = input as QuarterDecisions;
  else {
    const parsed = QuarterDecisionsSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
    d = parsed.data;
  }
  const errors: DecisionError[] = [];
  const { touchpointIds: tpIds, channelIds: chIds } = modelOf(scenario);

  if (state.finished) errors.push({ path: '', code: 'engine.error.gameFinished', params: {} });
  if (!scenario.promises.brand.some((p) => p.id === d.strategy.brandPromise))
    unknownId(errors, 'strategy.brandPromise', d.strategy.brandPromise);
  d.strategy.customerPromises.forEach((id, i) => {
    if (!scenario.promises.customer.some((p) => p.id === id))
      unknownId(errors, `strategy.customerPromises.${i}`, id);
    else if (d.strategy.customerPromises.indexOf(id) !== i)
      duplicateId(errors, `strategy.customerPromises.${i}`, id);
  });
  d.strategy.targetSegments.forEach((id, i) => {
    if (!scenario.segments.some((g) => g.id === id))
      unknownId(errors, `strategy.targetSegments.${i}`, id);
    else if (d.strategy.targetSegments.indexOf(id) !== i)
      duplicateId(errors, `strategy.targetSegments.${i}`, id);
  });
  for (const id of Object.keys(d.metrics.surveys))
    if (!tpIds.has(id)) unknownId(errors, `metrics.surveys.${id}`, id);
  for (const id of Object.keys(d.journey.touchpoints))
    if (!tpIds.has(id)) unknownId(errors, `journey.touchpoints.${id}`, id);
  if (d.journey.peak !== null && !tpIds.has(d.journey.peak))
    unknownId(errors, 'journey.peak', d.journey.peak);
  if (d.journey.end !== null && !tpIds.has(d.journey.end))
    unknownId(errors, 'journey.end', d.journey.end);
  d.journey.initiatives.forEach((id, i) => {
    if (!scenario.initiatives.some((x) => x.id === id))
      unknownId(errors, `journey.initiatives.${i}`, id);
    else if (d.journey.initiatives.indexOf(id) !== i)
      duplicateId(errors, `journey.initiatives.${i}`, id);
  });
  for (const id of Object.keys(d.channels))
    if (!chIds.has(id)) unknownId(errors, `channels.${id}`, id);

  for (const stage of scenario.stages)
    for (const tp of stage.touchpoints) {
      const plan = d.journey.touchpoints[tp.id];
      if (plan?.removed) {
        if (!tp.removable)
          errors.push({
            path: `journey.touchpoints.${tp.id}.removed`,
            code: 'engine.error.notRemovable',
            params: { touchpoint: tp.name },
          });
        continue;
      }
      if (!tp.channels.some((c) => d.channels[c]?.open))
        errors.push({
          path: `channels`,
          code: 'engine.error.touchpointWithoutChannel',
          params: { touchpoint: tp.name },
        });
    }

  for (const [eventId, responseId] of Object.entries(d.events)) {
    const ev = scenario.events.find((e) => e.id === eventId);
    if (!ev) unknownId(errors, `events.${eventId}`, eventId);
    else if (!(eventId in state.company.activeEvents))
      errors.push({
        path: `events.${eventId}`,
        code: 'engine.error.eventNotActive',
        params: { event: ev.name },
      });
    else if (!ev.responses.some((r) => r.id === responseId))
      unknownId(errors, `events.${eventId}`, responseId);
  }

  if (errors.length) return { ok: false, errors };
  const costs = costOf(scenario, state, d);
  const budget = budgetOf(scenario, state);
  if (costs.total > budget + 1e-9)
    errors.push({
      path: '',
      code: 'engine.error.overBudget',
      params: { cost: Math.round(costs.total), budget: Math.round(budget) },
    });
  return errors.length ? { ok: false, errors } : { ok: true, value: d, costs };
}

// Plain functions taking the list rather than closures: this check runs every quarter of every replay.
function unknownId(errors: DecisionError[], path: string, id: string): void {
  errors.push({ path, code: 'engine.error.unknownId', params: { id } });
}

function duplicateId(errors: DecisionError[], path: string, id: string): void {
  errors.push({ path, code: 'engine.error.duplicate', params: { id } });
}
