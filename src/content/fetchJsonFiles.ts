/**
 * Data files the game ships as JSON assets of its own origin (locale texts, the question bank),
 * fetched at run time instead of being parsed with the scripts: JSON.parse is much cheaper than
 * compiling the same data as code, and a screen only fetches what it shows. The service worker
 * precaches them, so they load offline too.
 */

/** A data file that could not be fetched or read: which one, and why. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}

export type FetchFile = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function fetchOne(fetchFile: FetchFile, path: string, url: string): Promise<unknown> {
  const file = path.slice(path.lastIndexOf('/') + 1);
  let response: Awaited<ReturnType<FetchFile>>;
  try {
    response = await fetchFile(url);
  } catch (error) {
    throw new DataFileError(file, reasonOf(error));
  }
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new DataFileError(file, reasonOf(error));
  }
}

/**
 * Fetches every file of `urls` (source path → URL, as Vite's `?url` glob gives them) and returns
 * their parsed JSON by the same paths; rejects with a DataFileError naming the first file that failed.
 */
export async function fetchJsonFiles(
  urls: Record<string, string>,
  fetchFile: FetchFile = (url) => fetch(url),
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(urls).map(
      async ([path, url]) => [path, await fetchOne(fetchFile, path, url)] as const,
    ),
  );
  return Object.fromEntries(entries);
}
