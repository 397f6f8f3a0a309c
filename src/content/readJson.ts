import { readFileSync } from 'node:fs';
import type { LoadResult } from './formatIssues';

/** Reads a JSON file (Node only); a missing file or bad JSON becomes a message naming the file. */
export function readJsonFile(file: string): LoadResult<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'error';
    return { ok: false, errors: [`${file}: (file): cannot be read (${code})`] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${file}: (root): not valid JSON (${(e as Error).message})`] };
  }
}
