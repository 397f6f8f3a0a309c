/**
 * Turns locale files into i18next resources. Pure, so the browser (Vite glob) and Node (files
 * read from disk) build exactly the same thing: `locales/<lang>/<name>.json` → keys `<name>.…`.
 */

export type LocaleTree = { [key: string]: string | LocaleTree };
export type LocaleResources = Record<string, { translation: LocaleTree }>;

const LOCALE_PATH = /(?:^|\/)locales\/([a-z]{2}(?:-[A-Z]{2})?)\/([\w-]+)\.json$/;

/** `files` maps a path ending in `locales/<lang>/<name>.json` to that file's parsed JSON. */
export function resourcesFromFiles(files: Record<string, unknown>): LocaleResources {
  const resources: LocaleResources = {};
  for (const [path, content] of Object.entries(files)) {
    const match = LOCALE_PATH.exec(path.replaceAll('\\', '/'));
    if (!match) continue;
    const [, language, name] = match as unknown as [string, string, string];
    const bucket = (resources[language] ??= { translation: {} });
    bucket.translation[name] = content as LocaleTree;
  }
  return resources;
}

/** Every leaf key as a dotted path, e.g. `title.newGame`. */
export function flattenKeys(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : flattenKeys(value, path);
  });
}
