/**
 * The report after a diagnostic or mock exam: the share right per competency, the weakest named
 * with where to go next, then every question with the candidate's answer, the right one and why.
 */
import { scoreSession } from '../../practice/report';
import { el, letter } from './dom';
import type { QuizAnswer } from './quizView';

type T = (key: string, params?: Record<string, string | number>) => string;

export function renderReport(container: HTMLElement, t: T, answers: QuizAnswer[]): HTMLElement {
  const report = scoreSession(
    answers.map((a) => ({
      id: a.item.id,
      competency: a.item.competency,
      chosen: a.chosen,
      answer: a.item.answer,
    })),
  );
  const section = el('section', { class: 'practice-report', 'data-name': 'practice.report' });
  const heading = el('h3', { tabindex: '-1' }, t('practice.report.title'));
  section.append(
    heading,
    el(
      'p',
      { 'data-name': 'practice.report.total' },
      t('practice.report.total', {
        correct: report.correct,
        asked: report.asked,
        percent: report.percent,
      }),
    ),
  );
  const table = el('table', { class: 'practice-table' });
  for (const c of report.competencies) {
    const result =
      c.percent === null
        ? t('practice.report.notAsked')
        : t('practice.report.row', { correct: c.correct, asked: c.asked, percent: c.percent });
    table.append(
      el(
        'tr',
        {
          'data-name': `practice.report.${c.competency}`,
          class: c.competency === report.weakest ? 'weakest' : '',
        },
        el('th', { scope: 'row' }, t(`debrief.competency.${c.competency}`)),
        el('td', {}, result),
      ),
    );
  }
  section.append(table);
  if (report.weakest && report.correct < report.asked && report.next) {
    section.append(
      el(
        'p',
        { class: 'practice-weakest', 'data-name': 'practice.report.weakest' },
        t('practice.report.weakest', { competency: t(`debrief.competency.${report.weakest}`) }),
      ),
      el(
        'p',
        { 'data-name': 'practice.report.next' },
        t('practice.report.next', {
          scenario: t(`practice.scenario.${report.next.scenario}`),
          pillar: t(`debrief.driver.${report.next.pillar}`),
          source: t(`practice.source.${report.next.source}`),
        }),
      ),
    );
  } else if (report.asked > 0) section.append(el('p', {}, t('practice.report.allRight')));

  const review = el('ol', { class: 'practice-review', 'data-name': 'practice.review' });
  for (const a of answers) {
    const text = a.item.text();
    review.append(
      el(
        'li',
        {},
        // A scenario's question means little without its case.
        ...(text.case ? [el('p', { class: 'practice-case' }, text.case)] : []),
        el('p', { class: 'practice-stem' }, text.stem),
        el(
          'p',
          {},
          a.chosen === null
            ? t('practice.report.unanswered')
            : t('practice.report.yours', {
                chosen: `${letter(a.chosen)}. ${text.options[a.chosen]}`,
              }),
        ),
        el(
          'p',
          {},
          t('practice.report.correctIs', {
            answer: `${letter(a.item.answer)}. ${text.options[a.item.answer]}`,
          }),
        ),
        ...(a.chosen !== null && a.chosen !== a.item.answer
          ? [el('p', { class: 'hint' }, text.why[a.chosen]!)]
          : []),
        el('p', { class: 'hint' }, text.why[a.item.answer]!),
      ),
    );
  }
  section.append(el('h3', {}, t('practice.report.review')), review);
  container.append(section);
  heading.focus();
  return section;
}
