import type { i18n as I18n } from 'i18next';

/**
 * A stage's, touchpoint's or channel's short label (the key `….short` beside its `….name`), for
 * maps whose cards cannot hold the full name; null where the level gives none.
 */
export function shortLabel(i18n: I18n, nameKey: string): string | null {
  const key = nameKey.replace(/\.name$/, '.short');
  return key !== nameKey && i18n.exists(key) ? i18n.t(key) : null;
}
