import { ScenarioSchema, type Scenario } from '../engine';
import { formatIssues, type LoadResult } from './formatIssues';
import {
  consistencyErrors,
  duplicateIdErrors,
  startReferenceErrors,
  unservedTouchpointErrors,
} from './levelChecks';

/** Cross-references a schema cannot see: every id a scenario mentions must exist. */
export function crossReferenceErrors(s: Scenario): string[] {
  const errors: string[] = [];
  const tp = new Set(s.stages.flatMap((st) => st.touchpoints.map((t) => t.id)));
  const ch = new Set(s.channels.map((c) => c.id));
  const st = new Set(s.stages.map((x) => x.id));
  const brand = new Set(s.promises.brand.map((p) => p.id));
  s.stages.forEach((stage, i) =>
    stage.touchpoints.forEach((t, j) =>
      t.channels.forEach((c, k) => {
        if (!ch.has(c))
          errors.push(`stages.${i}.touchpoints.${j}.channels.${k}: unknown channel "${c}"`);
      }),
    ),
  );
  s.segments.forEach((g, i) => {
    for (const [stage, prefs] of Object.entries(g.channelPreference)) {
      if (!st.has(stage)) errors.push(`segments.${i}.channelPreference.${stage}: unknown stage`);
      for (const c of Object.keys(prefs))
        if (!ch.has(c))
          errors.push(`segments.${i}.channelPreference.${stage}.${c}: unknown channel`);
    }
    for (const p of Object.keys(g.promiseAppeal))
      if (!brand.has(p)) errors.push(`segments.${i}.promiseAppeal.${p}: unknown brand promise`);
  });
  s.promises.customer.forEach((p, i) =>
    p.touchpoints.forEach((t, j) => {
      if (!tp.has(t))
        errors.push(`promises.customer.${i}.touchpoints.${j}: unknown touchpoint "${t}"`);
    }),
  );
  s.initiatives.forEach((x, i) =>
    x.touchpoints.forEach((t, j) => {
      if (!tp.has(t)) errors.push(`initiatives.${i}.touchpoints.${j}: unknown touchpoint "${t}"`);
    }),
  );
  s.events.forEach((e, i) => {
    for (const t of [...Object.keys(e.effects.quality), ...Object.keys(e.effects.reach)])
      if (!tp.has(t)) errors.push(`events.${i}.effects: unknown touchpoint "${t}"`);
    for (const c of Object.keys(e.effects.capacity))
      if (!ch.has(c)) errors.push(`events.${i}.effects.capacity.${c}: unknown channel`);
  });
  for (const c of Object.keys(s.company.connection))
    if (!ch.has(c)) errors.push(`company.connection.${c}: unknown channel`);
  if (s.population.capacity < s.population.customers)
    errors.push('population.capacity: smaller than population.customers');
  return errors;
}

/**
 * Every check of a scenario on its own (no locale texts, no game built): references, duplicate
 * ids, the starting settings, plausibility. Every loader runs them, through parseLevel.
 */
export function scenarioErrors(s: Scenario): string[] {
  return [
    ...crossReferenceErrors(s),
    ...duplicateIdErrors(s),
    ...startReferenceErrors(s),
    ...unservedTouchpointErrors(s),
    ...consistencyErrors(s),
  ];
}

/**
 * Parses and checks a scenario given as JSON data; `file` names it in messages. An unknown field
 * is an error (a typo would otherwise be ignored), except a top-level `$schema`, which editors
 * read and the game ignores.
 */
export function parseLevel(file: string, data: unknown): LoadResult<Scenario> {
  let input = data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && '$schema' in data) {
    const { $schema, ...rest } = data as Record<string, unknown>;
    if (typeof $schema !== 'string')
      return { ok: false, errors: [`${file}: $schema: must be a string (a JSON Schema's path)`] };
    input = rest;
  }
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: formatIssues(file, parsed.error.issues, input) };
  const errors = scenarioErrors(parsed.data);
  if (errors.length) return { ok: false, errors: errors.map((e) => `${file}: ${e}`) };
  return { ok: true, value: parsed.data };
}
