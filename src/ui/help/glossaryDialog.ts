import type { I18n } from '../../i18n';
import { openDialog, type DialogHandle } from '../dialog';
import '../tutorial/coach.css';

interface Term {
  term: string;
  other: string;
  text: string;
}

/**
 * The glossary: the CX words of the game in the player's language, each with its word in the
 * other language and a short definition, alphabetically. A description list, so screen readers
 * announce term and definition together.
 */
export function openGlossaryDialog(overlay: HTMLElement, i18n: I18n): DialogHandle {
  return openDialog({
    overlay,
    name: 'glossary',
    title: i18n.t('help.glossary.title'),
    build: (body, dialog) => {
      const intro = document.createElement('p');
      intro.textContent = i18n.t('help.glossary.intro');
      const list = document.createElement('dl');
      list.className = 'glossary-list';
      list.dataset.name = 'glossary.list';
      // A focusable list, so the keyboard can scroll it.
      list.tabIndex = 0;
      // The terms are the locale file's entries; each is read through t(), so a missing
      // translation falls back to English like every other text.
      const ids = Object.keys(
        (i18n.getResource('en', 'translation', 'glossary.terms') ?? {}) as Record<string, unknown>,
      );
      const terms: [string, Term][] = ids.map((id) => [
        id,
        {
          term: i18n.t(`glossary.terms.${id}.term`),
          other: i18n.t(`glossary.terms.${id}.other`),
          text: i18n.t(`glossary.terms.${id}.text`),
        },
      ]);
      const sorted = terms.sort(([, a], [, b]) => a.term.localeCompare(b.term, i18n.language));
      for (const [id, t] of sorted) {
        const dt = document.createElement('dt');
        dt.dataset.name = `glossary.${id}`;
        const other = document.createElement('span');
        other.className = 'glossary-other';
        other.textContent = ` · ${i18n.t('help.glossary.other', { word: t.other })}`;
        dt.append(t.term, other);
        const dd = document.createElement('dd');
        dd.textContent = t.text;
        list.append(dt, dd);
      }
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'game-button game-button-primary';
      close.dataset.name = 'glossary.close';
      close.textContent = i18n.t('help.glossary.close');
      body.append(intro, list, close);
      close.addEventListener('click', () => dialog.close());
    },
  });
}
