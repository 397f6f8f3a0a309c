/**
 * Where the build serves every `levels/*.json`, and their fetch: data, not script. Kept apart from
 * the registry (levels.ts), which parses them with the engine's schema, so the first bundle can
 * start the fetch without carrying the parser.
 */
import { fetchJsonFiles, type FetchFile } from '../content/fetchJsonFiles';

const levelUrls = import.meta.glob<string>('../../levels/*.json', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The level files' JSON by path; rejects with a DataFileError naming a file that failed. */
export function fetchLevelFiles(fetchFile?: FetchFile): Promise<Record<string, unknown>> {
  return fetchJsonFiles(levelUrls, fetchFile);
}
