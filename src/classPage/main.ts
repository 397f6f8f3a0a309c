/**
 * The trainer's page (/class): the offline dashboard for record files, and, when the page is
 * served by `npm run class`, the live class's setup, pacing and dashboard.
 */
import { bindDocumentLanguage } from '../i18n';
import { createDashboard } from './dashboard';
import { el } from './dom';
import { createLiveClass } from './live';
import { createOfflineClass } from './offline';
import { DataFileError } from '../content/fetchJsonFiles';
import type { LocaleResources } from '../i18n/resources';
import { fetchShippedLevels } from '../state/levels';
import { createClassI18n, fetchClassTexts, languages } from './texts';

const LANGUAGE_KEY = 'nba.class.language';

function start(language: string, live: { teamUrl: string | null } | null, texts: LocaleResources) {
  const i18n = createClassI18n(language, texts);
  bindDocumentLanguage(i18n, document.documentElement);
  const t = i18n.t.bind(i18n);
  const root = document.getElementById('class-app')!;
  document.title = t('class.pageTitle');

  const switcher = el(
    'div',
    { class: 'class-languages', role: 'group', 'aria-label': t('class.language') },
    ...languages.map((code) => {
      const b = el(
        'button',
        {
          type: 'button',
          lang: code,
          'aria-pressed': String(code === i18n.language),
          'data-name': `lang-${code}`,
        },
        t(`common.languages.${code}`),
      );
      b.addEventListener('click', () => {
        try {
          localStorage.setItem(LANGUAGE_KEY, code);
        } catch {
          // Private mode: the choice holds for this page only.
        }
        root.replaceChildren();
        start(code, live, texts);
      });
      return b;
    }),
  );
  const dashboard = createDashboard(i18n);
  const offline = createOfflineClass(i18n, (scenario, teams, ranking) =>
    dashboard.update(scenario, teams, ranking),
  );
  const parts = [
    el('header', { class: 'class-header' }, el('h1', {}, t('class.pageTitle')), switcher),
    live ? createLiveClass(i18n, live.teamUrl) : null,
    offline.element,
    dashboard.element,
  ];
  root.replaceChildren(...parts.filter((p) => p !== null));
  document.dispatchEvent(new CustomEvent('class-ready'));
}

function savedLanguage(): string {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved && languages.includes(saved)) return saved;
  } catch {
    // Storage blocked: fall back to the browser's language.
  }
  const browser = navigator.language.slice(0, 2);
  return languages.includes(browser) ? browser : 'en';
}

/** Served by `npm run class`, the page finds the class server at its own address. */
async function liveServer(): Promise<{ teamUrl: string | null } | null> {
  try {
    const response = await fetch('./class-info.json');
    if (!response.ok) return null;
    const info = (await response.json()) as { live?: boolean; teamUrl?: string | null };
    return info.live ? { teamUrl: info.teamUrl ?? null } : null;
  } catch {
    return null;
  }
}

/** The game's texts or levels could not be fetched: say so, in the page's own words, never a blank page. */
function textsFailed(language: string, error: unknown) {
  const i18n = createClassI18n(language);
  bindDocumentLanguage(i18n, document.documentElement);
  const t = i18n.t.bind(i18n);
  document.title = t('class.pageTitle');
  const detail =
    error instanceof DataFileError
      ? el(
          'p',
          { class: 'hint' },
          t('class.textsFailedFile', { file: error.file, reason: error.reason }),
        )
      : null;
  const parts = [
    el('h1', {}, t('class.pageTitle')),
    el('p', { role: 'alert', 'data-name': 'class.textsFailed' }, t('class.textsFailed')),
    detail,
  ];
  document.getElementById('class-app')!.replaceChildren(...parts.filter((p) => p !== null));
}

// Not a top-level await: one anywhere in the build turns off the bundler's merging of shared
// chunks (Rolldown's chunkOptimization) for every page, and the game's title then waited for a
// dozen small scripts instead of three.
void Promise.all([
  Promise.all([fetchClassTexts(), fetchShippedLevels()]).then(
    ([resources]) => resources,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  ),
  liveServer(),
]).then(([texts, live]) => {
  if (texts instanceof Error) textsFailed(savedLanguage(), texts);
  else start(savedLanguage(), live, texts);
});
