import { readFileSync } from 'node:fs';
import type { LoadResult } from './formatIssues';

/** What went wrong with a file, in words, from a Node file-system error. */
export function fileProblem(e: unknown): string {
  const code = (e as { code?: string }).code ?? '';
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EROFS: 'read-only file system',
  };
  return words[code] ?? (code || (e as Error).message);
}

/** Reads a JSON file (Node only); a missing file or bad JSON becomes a message naming the file. */
export function readJsonFile(file: string): LoadResult<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${file}: (file): cannot be read: ${fileProblem(e)}`] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${file}: (root): not valid JSON (${(e as Error).message})`] };
  }
}
