import type { z } from 'zod';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

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
      : [line(issue.path, issue.message)],
  );
}
