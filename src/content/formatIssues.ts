import type { z } from 'zod';
import englishEngineTexts from '../i18n/locales/en/engine.json';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ENGINE_ERROR_KEY = /^engine\.error\.([A-Za-z]+)$/;
const errorTexts: Record<string, string> = englishEngineTexts.error;

/**
 * A schema's message in words: the engine's schemas carry locale keys (`engine.error.badId`) so the
 * game can show them in the player's language; a file problem reported here reads the English.
 * `{{max}}` / `{{min}}` are the issue's real limits.
 */
function inWords(issue: z.core.$ZodIssue): string {
  const key = ENGINE_ERROR_KEY.exec(issue.message)?.[1];
  const text = key ? errorTexts[key] : undefined;
  if (!text) return issue.message;
  const limits: Record<string, unknown> = {
    max: 'maximum' in issue ? issue.maximum : undefined,
    min: 'minimum' in issue ? issue.minimum : undefined,
  };
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(limits[name] ?? whole));
}

/**
 * `file: path.to.field: what is wrong`, one line per zod issue; an unknown field (a typo, say) gets
 * a line of its own with the field in the path.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  const line = (path: readonly PropertyKey[], message: string) =>
    `${file}: ${path.length ? path.map(String).join('.') : '(root)'}: ${message}`;
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => line([...issue.path, key], 'unknown field (not in the schema)'))
      : [line(issue.path, inWords(issue))],
  );
}
