import type { Scenario } from '../engine';
import { flattenKeys, type LocaleResources } from '../i18n/resources';

/** Paths whose strings are citations, the same in every language, not translation keys. */
const NOT_KEYS = /^calibration\.sources\./;
const KEY = /^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9_-]+)+$/;

/** Every translation key a scenario uses, with the path where it appears. */
export function textKeysOf(value: unknown, path = ''): { path: string; key: string }[] {
  if (typeof value === 'string')
    return KEY.test(value) && !NOT_KEYS.test(path) ? [{ path, key: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => textKeysOf(v, join(path, String(i))));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textKeysOf(v, join(path, k)));
  return [];
}

const join = (a: string, b: string): string => (a ? `${a}.${b}` : b);

/** Keys the scenario names that a language lacks: `path: key "…" missing in nl`. */
export function missingTextErrors(s: Scenario, resources: LocaleResources): string[] {
  const known = new Map(
    Object.entries(resources).map(([lang, r]) => [lang, new Set(flattenKeys(r.translation))]),
  );
  const errors: string[] = [];
  for (const { path, key } of textKeysOf(s))
    for (const [lang, keys] of known)
      if (!keys.has(key)) errors.push(`${path}: text key "${key}" is missing in ${lang}`);
  return errors;
}

/** Every touchpoint must be servable by at least one channel the company has open at the start. */
export function unservedTouchpointErrors(s: Scenario): string[] {
  const open = new Set(
    Object.entries(s.company.start.channels)
      .filter(([, c]) => c.open)
      .map(([id]) => id),
  );
  const errors: string[] = [];
  s.stages.forEach((stage, i) =>
    stage.touchpoints.forEach((t, j) => {
      if (!t.channels.some((c) => open.has(c)))
        errors.push(
          `stages.${i}.touchpoints.${j}.channels: no channel open at the start serves "${t.id}"`,
        );
    }),
  );
  return errors;
}
