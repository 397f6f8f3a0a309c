/**
 * The debrief report: a DOM document of real text (headings, tables with captions, SVG charts with
 * text equivalents) that reads with a keyboard and a screen reader and prints on A4.
 */
import { SCORES, type Debrief, type GameRecord } from '../../engine';
import { decisionRows } from '../viewModels/debriefDecisions';
import type { DebriefView } from '../viewModels/debriefModel';
import { renderBarChart } from './barChart';
import { renderDecisionsTable } from './decisionsTable';
import { el, type Speaker } from './dom';
import { renderExportLinks } from './exportLinks';
import { renderTable } from './table';
import { renderWhatIf, type WhatIfGame } from './whatIfPanel';

export interface ReportInput {
  view: DebriefView;
  debrief: Debrief;
  game: WhatIfGame;
  record: GameRecord;
  /** Said under the title, before anything else (an old game's debrief: whose game it is). */
  note?: HTMLElement;
  onClose(): void;
}

export interface Report {
  element: HTMLElement;
  dispose(): void;
}

const SECTIONS = [
  'scorecard',
  'lessons',
  'why',
  'believed',
  'decisions',
  'whatIf',
  'export',
] as const;
const HEADINGS: Record<(typeof SECTIONS)[number], string> = {
  scorecard: 'debrief.scorecard.heading',
  lessons: 'debrief.lessons.heading',
  why: 'debrief.why.heading',
  believed: 'debrief.believed.heading',
  decisions: 'debrief.decisions.heading',
  whatIf: 'debrief.whatIf.heading',
  export: 'debrief.export.heading',
};

function section(s: Speaker, id: (typeof SECTIONS)[number], ...children: Node[]): HTMLElement {
  return el(
    'section',
    {
      id: `debrief-${id}`,
      class: `debrief-section debrief-section-${id}`,
      'aria-labelledby': `debrief-${id}-h`,
    },
    el('h2', { id: `debrief-${id}-h`, tabindex: '-1' }, s.t(HEADINGS[id])),
    ...children,
  );
}

/** Numbers in the reader's language (a decimal comma in Dutch); keys and text pass unchanged. */
function localNumbers(s: Speaker, params: Record<string, string | number>) {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'number' ? s.number(v, Number.isInteger(v) ? 0 : 1) : v,
    ]),
  );
}

function lessonsList(s: Speaker, debrief: Debrief): HTMLElement {
  return el(
    'ol',
    { class: 'debrief-lessons', 'data-name': 'lessons' },
    ...debrief.lessons.map((l) =>
      el(
        'li',
        {
          class: `debrief-lesson tone-${l.label === 'worked' ? 'good' : 'bad'}`,
          'data-lesson': l.id,
          'data-label': l.label,
        },
        el('h3', {}, `${s.t(`debrief.label.${l.label}`)} · ${s.t(`debrief.driver.${l.pillar}`)}`),
        el(
          'p',
          { class: 'debrief-competency' },
          s.t('debrief.lessons.competencyLabel', {
            name: s.t(`debrief.competency.${l.competency}`),
          }),
        ),
        el('p', {}, s.t(l.key, localNumbers(s, l.params))),
        el('p', { class: 'debrief-source' }, s.t('debrief.lessons.source', { source: l.source })),
      ),
    ),
  );
}

export function renderReport(s: Speaker, input: ReportInput): Report {
  const { view, debrief } = input;
  const close = el(
    'button',
    { type: 'button', class: 'debrief-button secondary', 'data-name': 'debrief-close' },
    s.t('debrief.close'),
  );
  close.addEventListener('click', () => input.onClose());
  const print = el(
    'button',
    { type: 'button', class: 'debrief-button', 'data-name': 'debrief-print' },
    s.t('debrief.print'),
  );
  print.addEventListener('click', () => window.print());
  const exports = renderExportLinks(s, input.record);

  const nav = el(
    'nav',
    { class: 'debrief-contents', 'aria-label': s.t('debrief.contents') },
    el(
      'ul',
      {},
      ...SECTIONS.map((id) => {
        const a = el('a', { href: `#debrief-${id}` }, s.t(HEADINGS[id]));
        // Move focus with the scroll, so keyboard and screen-reader users land in the section.
        a.addEventListener('click', (event) => {
          event.preventDefault();
          const heading = document.getElementById(`debrief-${id}-h`);
          heading?.scrollIntoView({ block: 'start' });
          heading?.focus();
        });
        return el('li', {}, a);
      }),
    ),
  );

  const why = section(
    s,
    'why',
    el('p', {}, s.t('debrief.why.intro')),
    ...SCORES.flatMap((score, i) => [
      el('h3', {}, s.t(`debrief.score.${score}`)),
      el(
        'p',
        { 'data-name': `why-summary-${score}` },
        s.t(view.why.summaries[i]!.key, view.why.summaries[i]!.params),
      ),
      renderBarChart(s, view.why.charts[i]!),
      renderTable(s, view.why.tables[i]!),
    ]),
    ...(view.why.touchpoints ? [renderTable(s, view.why.touchpoints)] : []),
    renderTable(s, view.why.segments),
    renderTable(s, view.why.segmentScores),
  );

  const believed = section(
    s,
    'believed',
    el('p', {}, s.t('debrief.believed.intro')),
    el('p', { 'data-name': 'believed-gap' }, s.t('debrief.believed.gapSummary', view.believed.gap)),
    ...(view.believed.blind > 0
      ? [
          el(
            'p',
            { 'data-name': 'believed-blind' },
            s.t('debrief.believed.blindSummary', {
              count: view.believed.blind,
              total: view.believed.touchpoints.rows.length,
            }),
          ),
        ]
      : []),
    renderTable(s, view.believed.quarters),
    renderTable(s, view.believed.touchpoints),
  );

  const lessons = section(
    s,
    'lessons',
    el('p', {}, s.t('debrief.lessons.intro')),
    lessonsList(s, debrief),
    el('h3', {}, s.t('debrief.lessons.pillarsHeading')),
    el(
      'div',
      { class: 'debrief-pair' },
      renderBarChart(s, view.pillars.spent),
      renderBarChart(s, view.pillars.chart),
    ),
    renderTable(s, view.pillars.table),
  );

  const scorecard = section(
    s,
    'scorecard',
    el(
      'p',
      { 'data-name': 'scorecard-summary' },
      s.t('debrief.scorecard.summary', { met: view.scorecard.met, total: view.scorecard.total }),
    ),
    renderTable(s, view.scorecard.table),
  );

  const played = input.game.log.slice(0, input.game.results.length);
  const decisions = section(
    s,
    'decisions',
    el('p', {}, s.t('debrief.decisions.intro')),
    renderDecisionsTable(s, decisionRows(input.game.scenario, played), played.length),
  );

  // The page's own <main> holds the game; the report is its content, not a second main.
  const element = el(
    'div',
    { class: 'debrief-report', 'data-name': 'debrief-report' },
    el(
      'header',
      { class: 'debrief-header' },
      el('h1', { tabindex: '-1', 'data-name': 'debrief-title' }, s.t('debrief.title')),
      el('p', { class: 'debrief-subtitle' }, s.t(view.subtitle.key, view.subtitle.params)),
      ...(input.note ? [input.note] : []),
      ...(view.gameOver
        ? [el('p', { class: 'debrief-alert', role: 'note' }, s.t('debrief.gameOver'))]
        : []),
      el('div', { class: 'debrief-toolbar' }, close, print),
    ),
    nav,
    scorecard,
    lessons,
    why,
    believed,
    decisions,
    section(s, 'whatIf', el('p', {}, s.t('debrief.whatIf.intro')), renderWhatIf(s, input.game)),
    section(s, 'export', exports.element),
  );
  return { element, dispose: exports.dispose };
}
