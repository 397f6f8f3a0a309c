import { readFileSync } from 'node:fs';
import type { FetchFile } from '../../src/content/fetchJsonFiles';

/** Answers a fetch of a data file's URL (as Vite's `?url` gives it in tests) from the disk. */
export const fetchFromDisk: FetchFile = (url) => {
  const text = readFileSync(new URL(`../..${url}`, import.meta.url), 'utf8');
  return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text)) });
};
