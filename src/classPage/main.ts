/**
 * The trainer's page (/class): the offline dashboard for record files, and, when the page is
 * served by `npm run class`, the live class's setup, pacing and dashboard.
 */
import { bindDocumentLanguage } from '../i18n';
import { createDashboard } from './dashboard';
import { el } from './dom';
import { createLiveClass } from './live';
import { createOfflineClass } from './offline';
import { createClassI18n, languages } from './texts';

const LANGUAGE_KEY = 'nba.class.language';

function start(language: string, live: { teamUrl: string | null } | null) {
  const i18n = createClassI18n(language);
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
        start(code, live);
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

start(savedLanguage(), await liveServer());
