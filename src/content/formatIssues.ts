import type { z } from 'zod';
import englishEngineTexts from '../i18n/locales/en/engine.json';
import { describeValue, valueAt } from './cutValue';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ENGINE_ERROR_KEY = /^engine\.error\.([A-Za-z]+)$/;
const errorTexts: Record<string, string> = englishEngineTexts.error;

/** A limit as people write it: 10,000,000 rather than 10000000 or 1e7. */
const amount = (n: unknown): string =>
  typeof n === 'number' || typeof n === 'bigint'
    ? Number(n).toLocaleString('en', { maximumFractionDigits: 6 })
    : String(n);

/** What zod calls a type, in words. */
const TYPE_WORDS: Partial<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text in double quotes',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

/** A limit broken, in words: how many entries, characters or how large a number may be. */
function limitInWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = amount(big ? issue.maximum : issue.minimum);
  const exclusive = issue.inclusive === false;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return big ? `too many entries: at most ${limit}` : `too few entries: at least ${limit}`;
    case 'string':
      return big
        ? `too long: at most ${limit} characters`
        : `too short: at least ${limit} character(s)`;
    default:
      if (exclusive) return big ? `too high: less than ${limit}` : `too low: more than ${limit}`;
      return errorTexts[big ? 'tooBig' : 'tooSmall']!.replace(/\{\{\w+\}\}/, limit);
  }
}

/**
 * A schema's message in words: the engine's schemas carry locale keys (`engine.error.badId`) so the
 * game can show them in the player's language; a file problem reported here reads the English.
 * Limits are the issue's real ones, written out.
 */
function inWords(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === 'too_big' || issue.code === 'too_small') return limitInWords(issue);
  if (issue.code === 'invalid_type') {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    return found === undefined ? `missing: expected ${expected}` : `expected ${expected}`;
  }
  if (issue.code === 'invalid_key' || issue.code === 'invalid_element') {
    const inner = issue.issues[0];
    const why = inner
      ? inWords(inner, issue.code === 'invalid_key' ? issue.path.at(-1) : found)
      : '';
    return `not a valid ${issue.code === 'invalid_key' ? 'name' : 'entry'} here${why ? `: ${why}` : ''}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    const one = issue.values.length === 1;
    return `${found === undefined ? 'missing: ' : ''}expected ${one ? allowed : `one of ${allowed}`}`;
  }
  const key = ENGINE_ERROR_KEY.exec(issue.message)?.[1];
  const text = key ? errorTexts[key] : undefined;
  if (!text) return key ? 'this value is not valid' : issue.message;
  return text.replace(/\{\{\w+\}\}/g, 'it');
}

/** A path as `a.b.0.c`, every part cut so a 1 MB field name cannot fill the screen. */
const pathText = (path: readonly PropertyKey[]): string =>
  path.length ? path.map((p) => cutPart(String(p))).join('.') : '(root)';

/** A field name of at most 40 characters, marked … when longer (no space: paths stay one word). */
const cutPart = (p: string) => (p.length > 40 ? `${p.slice(0, 40)}…` : p);

/**
 * `file: path.to.field: what is wrong (found: value)`, one line per zod issue; an unknown field (a
 * typo, say) gets a line of its own with the field in the path. Given the parsed data, each line
 * quotes the value found there, cut to a readable length.
 */
export function formatIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data?: unknown,
): string[] {
  const line = (path: readonly PropertyKey[], message: string) =>
    `${file}: ${pathText(path)}: ${message}`;
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) =>
        line([...issue.path, key], 'unknown field (not in the schema)'),
      );
    const found = data === undefined ? undefined : valueAt(data, issue.path);
    const shown = found === undefined ? '' : ` (found: ${describeValue(found)})`;
    return [line(issue.path, inWords(issue, data === undefined ? null : found) + shown)];
  });
}
