/** The decision log as a captioned table: a row per decision, a column per quarter. */
import type { DecisionRow } from '../viewModels/debriefDecisions';
import { el, type Speaker } from './dom';

export function renderDecisionsTable(
  s: Speaker,
  rows: DecisionRow[],
  quarters: number,
): HTMLElement {
  const captionId = 'debrief-decisions-caption';
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, s.t('debrief.decisions.decision')),
    ...Array.from({ length: quarters }, (_, q) =>
      el('th', { scope: 'col' }, s.t('debrief.quarter', { n: q + 1 })),
    ),
  );
  const body = rows.map((row) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, s.t(row.label.key, row.label.params)),
      ...row.quarters.map((values) =>
        el(
          'td',
          {},
          values.length
            ? values.map((v) => s.t(v.key, v.params)).join(s.t('debrief.decisions.separator'))
            : s.t('debrief.decisions.nothing'),
        ),
      ),
    ),
  );
  return el(
    'div',
    {
      class: 'debrief-table-wrap',
      'data-name': 'table-decisions',
      role: 'region',
      tabindex: '0',
      'aria-labelledby': captionId,
    },
    el(
      'table',
      { class: 'debrief-table debrief-decisions' },
      el('caption', { id: captionId }, s.t('debrief.decisions.caption')),
      el('thead', {}, head),
      el('tbody', {}, ...body),
    ),
  );
}
