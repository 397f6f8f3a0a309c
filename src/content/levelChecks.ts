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

/** Ids must be unique within their kind, or references become ambiguous. */
export function duplicateIdErrors(s: Scenario): string[] {
  const errors: string[] = [];
  const check = (items: { id: string }[], paths: (i: number) => string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        errors.push(
          `${paths(i)}.id: duplicate id "${item.id}" (first at ${paths(seen.get(item.id)!)})`,
        );
      else seen.set(item.id, i);
    });
  };
  check(s.segments, (i) => `segments.${i}`);
  const personas = s.segments.flatMap((g, i) =>
    g.personas.map((p, j) => ({ id: p.id, at: `segments.${i}.personas.${j}` })),
  );
  check(personas, (i) => personas[i]!.at);
  check(s.stages, (i) => `stages.${i}`);
  const tps = s.stages.flatMap((st, i) =>
    st.touchpoints.map((t, j) => ({ id: t.id, at: `stages.${i}.touchpoints.${j}` })),
  );
  check(tps, (i) => tps[i]!.at);
  check(s.channels, (i) => `channels.${i}`);
  check(s.promises.brand, (i) => `promises.brand.${i}`);
  check(s.promises.customer, (i) => `promises.customer.${i}`);
  check(s.initiatives, (i) => `initiatives.${i}`);
  check(s.events, (i) => `events.${i}`);
  s.events.forEach((e, i) => check(e.responses, (j) => `events.${i}.responses.${j}`));
  check(s.targets, (i) => `targets.${i}`);
  return errors;
}

/** The company's starting decisions may only name things the scenario defines. */
export function startReferenceErrors(s: Scenario): string[] {
  const d = s.company.start;
  const at = 'company.start';
  const errors: string[] = [];
  const tps = s.stages.flatMap((st) => st.touchpoints);
  const tp = new Set(tps.map((t) => t.id));
  const unknown = (path: string, id: string, what: string) =>
    errors.push(`${at}.${path}: unknown ${what} "${id}"`);
  if (!s.promises.brand.some((p) => p.id === d.strategy.brandPromise))
    unknown('strategy.brandPromise', d.strategy.brandPromise, 'brand promise');
  // The game refuses a choice made twice (it would be counted, and charged, twice): so does the start.
  const twice = (list: string[], path: string, what: string) =>
    list.forEach((id, i) => {
      if (list.indexOf(id) !== i)
        errors.push(
          `${at}.${path}.${i}: the ${what} "${id}" is chosen twice (first at ${path}.${list.indexOf(id)})`,
        );
    });
  d.strategy.customerPromises.forEach((id, i) => {
    if (!s.promises.customer.some((p) => p.id === id))
      unknown(`strategy.customerPromises.${i}`, id, 'customer promise');
  });
  twice(d.strategy.customerPromises, 'strategy.customerPromises', 'customer promise');
  d.strategy.targetSegments.forEach((id, i) => {
    if (!s.segments.some((g) => g.id === id))
      unknown(`strategy.targetSegments.${i}`, id, 'segment');
  });
  twice(d.strategy.targetSegments, 'strategy.targetSegments', 'segment');
  twice(d.journey.initiatives, 'journey.initiatives', 'initiative');
  for (const id of Object.keys(d.metrics.surveys))
    if (!tp.has(id)) unknown(`metrics.surveys.${id}`, id, 'touchpoint');
  for (const [id, plan] of Object.entries(d.journey.touchpoints)) {
    if (!tp.has(id)) unknown(`journey.touchpoints.${id}`, id, 'touchpoint');
    else if (plan.removed && !tps.find((t) => t.id === id)!.removable)
      errors.push(`${at}.journey.touchpoints.${id}.removed: "${id}" is not removable`);
  }
  for (const key of ['peak', 'end'] as const) {
    const id = d.journey[key];
    if (id !== null && !tp.has(id)) unknown(`journey.${key}`, id, 'touchpoint');
  }
  d.journey.initiatives.forEach((id, i) => {
    if (!s.initiatives.some((x) => x.id === id))
      unknown(`journey.initiatives.${i}`, id, 'initiative');
  });
  for (const id of Object.keys(d.channels))
    if (!s.channels.some((c) => c.id === id)) unknown(`channels.${id}`, id, 'channel');
  for (const id of Object.keys(d.events))
    if (!s.events.some((e) => e.id === id)) unknown(`events.${id}`, id, 'event');
  return errors;
}

/** Plausibility a schema cannot express: ordered ranges, quarters in the game, coaching length. */
export function consistencyErrors(s: Scenario): string[] {
  const errors: string[] = [];
  for (const key of ['sectorNps', 'sectorCsat', 'leadersNps'] as const) {
    const [lo, hi] = s.calibration[key];
    if (lo > hi) errors.push(`calibration.${key}: lower bound ${lo} is above upper bound ${hi}`);
  }
  if (s.calibration.leadersNps[1] < s.calibration.sectorNps[1])
    errors.push('calibration.leadersNps: leaders end below the sector average');
  s.events.forEach((e, i) => {
    if (e.quarter !== null && e.quarter >= s.quarters)
      errors.push(
        `events.${i}.quarter: quarter ${e.quarter} is after the last quarter (${s.quarters - 1})`,
      );
  });
  if (s.coaching && s.coaching.length > s.quarters)
    errors.push(`coaching: ${s.coaching.length} texts for ${s.quarters} quarters`);
  if (s.segments.reduce((a, g) => a + g.share, 0) <= 0)
    errors.push('segments: the shares add up to zero');
  errors.push(...unaffordableErrors(s));
  return errors;
}

/**
 * Money relative to the budget it comes out of: a single choice that costs more than a whole
 * quarter's CX budget on the least-funded difficulty is one no player could ever make.
 */
export function unaffordableErrors(s: Scenario): string[] {
  const factor = Math.min(...Object.values(s.difficulty).map((d) => d.budget));
  const budget = s.company.budget * factor;
  const prices: [string, number][] = [
    ['strategy.promiseChange', s.strategy.promiseChange],
    ['strategy.perTargetSegment', s.strategy.perTargetSegment],
    ['research.light', s.research.light],
    ['research.deep', s.research.deep],
    ['governance.team', s.governance.team],
    ['governance.ceo', s.governance.ceo],
    ['governance.council', s.governance.council],
    ['leaderDayCost', s.leaderDayCost],
    ['culture.hiring', s.culture.hiring],
    ['culture.empowermentMedium', s.culture.empowermentMedium],
    ['culture.empowermentHigh', s.culture.empowermentHigh],
    ...s.initiatives.map((x, i): [string, number] => [`initiatives.${i}.cost`, x.cost]),
    ...s.stages.flatMap((st, i) =>
      st.touchpoints.map((t, j): [string, number] => [
        `stages.${i}.touchpoints.${j}.redesignCost`,
        t.redesignCost,
      ]),
    ),
    ...s.events.flatMap((e, i) =>
      e.responses.map((r, j): [string, number] => [`events.${i}.responses.${j}.cost`, r.cost]),
    ),
  ];
  const words = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });
  return prices
    .filter(([, price]) => price > budget)
    .map(
      ([path, price]) =>
        `${path}: ${words(price)} k€ is more than a whole quarter's CX budget (at most ${words(budget)} k€: company.budget × the lowest difficulty budget factor), so no player could ever choose it`,
    );
}
