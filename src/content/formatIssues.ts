import type { z } from 'zod';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** `file: path.to.field: what is wrong`, one line per zod issue. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    return `${file}: ${path}: ${issue.message}`;
  });
}
