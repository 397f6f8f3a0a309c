/** A data table with a caption and header cells, so screen readers announce rows and columns. */
import type { Table } from '../viewModels/debriefModel';
import { cellText, el, type Speaker } from './dom';

let tableCounter = 0;

export function renderTable(s: Speaker, table: Table): HTMLElement {
  const head = el(
    'tr',
    {},
    ...table.columns.map((c) => el('th', { scope: 'col' }, cellText(s, c))),
  );
  const body = table.rows.map((row) =>
    el(
      'tr',
      {},
      ...row.map((cell, i) => {
        const attrs: Record<string, string> = {};
        if ('num' in cell) attrs.class = 'num';
        if ('tone' in cell && cell.tone) attrs.class = `tone-${cell.tone}`;
        return i === 0
          ? el('th', { scope: 'row', ...attrs }, cellText(s, cell))
          : el('td', attrs, cellText(s, cell));
      }),
    ),
  );
  // A wide table scrolls sideways in its own region, which keyboard users must be able to reach.
  const captionId = `debrief-table-${++tableCounter}`;
  return el(
    'div',
    {
      class: 'debrief-table-wrap',
      'data-name': `table-${table.name}`,
      role: 'region',
      tabindex: '0',
      'aria-labelledby': captionId,
    },
    el(
      'table',
      { class: 'debrief-table' },
      el('caption', { id: captionId }, s.t(table.caption.key, table.caption.params)),
      el('thead', {}, head),
      el('tbody', {}, ...body),
    ),
  );
}
