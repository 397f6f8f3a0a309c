import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance, type i18n } from 'i18next';
import { resourcesFromFiles, type LocaleResources } from './resources';

/** For tests and command-line tools: the same locale files the game bundles, read from disk. */
export const LOCALES_DIR = fileURLToPath(new URL('./locales/', import.meta.url));

export function readLocaleFiles(dir: string = LOCALES_DIR): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const language of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, language))) {
      if (!file.endsWith('.json')) continue;
      const path = join(dir, language, file);
      files[`locales/${language}/${file}`] = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    }
  }
  return files;
}

export function loadResourcesFromDisk(dir: string = LOCALES_DIR): LocaleResources {
  return resourcesFromFiles(readLocaleFiles(dir));
}

/** An initialised i18next instance for Node, e.g. to print reports in Dutch from a CLI. */
export function createNodeI18n(language: string, dir: string = LOCALES_DIR): i18n {
  const instance = createInstance();
  void instance.init({
    resources: loadResourcesFromDisk(dir),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
