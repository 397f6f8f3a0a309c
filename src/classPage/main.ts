/**
 * The trainer's page (/class): the offline dashboard for record files, and, when the page is
 * served by `npm run class`, the live class's setup, pacing and dashboard.
 */
import { bindDocumentLanguage } from '../i18n';
import { createDashboard } from './dashboard';
import { el } from './dom';
import { createOfflineClass } from './offline';
import { createClassI18n, languages } from './texts';

const LANGUAGE_KEY = 'nba.class.language';

function start(language: string) {
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
        start(code);
      });
      return b;
    }),
  );
  const dashboard = createDashboard(i18n);
  const offline = createOfflineClass(i18n, (scenario, teams) => dashboard.update(scenario, teams));
  root.replaceChildren(
    el('header', { class: 'class-header' }, el('h1', {}, t('class.pageTitle')), switcher),
    offline.element,
    dashboard.element,
  );
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

start(savedLanguage());
