/**
 * The what-if form: a past quarter, a decision and its new value; the game is forked and replayed
 * to the end, and the result set beside the real one in a table that a screen reader announces.
 */
import {
  whatIf,
  type DecisionLog,
  type Difficulty,
  type QuarterOutcome,
  type Scenario,
} from '../../engine';
import {
  whatIfComparison,
  whatIfLevers,
  whatIfRequest,
  type WhatIfLever,
} from '../viewModels/debriefWhatIf';
import { el, type Speaker } from './dom';

export interface WhatIfGame {
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
  log: DecisionLog;
  results: QuarterOutcome[];
}

let formCounter = 0;

export function renderWhatIf(s: Speaker, game: WhatIfGame): HTMLElement {
  const id = `debrief-whatif-${++formCounter}`;
  const quarterSelect = el('select', { id: `${id}-quarter`, 'data-name': 'whatif-quarter' });
  game.results.forEach((_, q) =>
    quarterSelect.append(el('option', { value: String(q) }, s.t('debrief.quarter', { n: q + 1 }))),
  );
  const leverSelect = el('select', { id: `${id}-lever`, 'data-name': 'whatif-lever' });
  const valueSelect = el('select', { id: `${id}-value`, 'data-name': 'whatif-value' });
  const onward = el('input', {
    type: 'checkbox',
    id: `${id}-onward`,
    'data-name': 'whatif-onward',
  });
  onward.checked = true;
  const run = el(
    'button',
    { type: 'submit', class: 'debrief-button', 'data-name': 'whatif-run' },
    s.t('debrief.whatIf.run'),
  );
  const result = el('div', {
    class: 'debrief-whatif-result',
    'aria-live': 'polite',
    'data-name': 'whatif-result',
  });
  let levers: WhatIfLever[] = [];

  const fillValues = () => {
    const lever = levers[Number(leverSelect.value)];
    valueSelect.replaceChildren(
      ...(lever?.choices ?? []).map((c) => {
        const option = el('option', { value: c.value }, s.t(c.label.key, c.label.params));
        // Offer a different value than the one played first: that is the question.
        return option;
      }),
    );
    const other = lever?.choices.find((c) => c.value !== lever.current);
    if (other) valueSelect.value = other.value;
  };
  const fillLevers = () => {
    const previous = leverSelect.value;
    levers = whatIfLevers(game.scenario, game.log[Number(quarterSelect.value)]!);
    leverSelect.replaceChildren(
      ...levers.map((l, i) =>
        el('option', { value: String(i), 'data-lever': l.id }, s.t(l.label.key, l.label.params)),
      ),
    );
    if (previous && Number(previous) < levers.length) leverSelect.value = previous;
    fillValues();
  };
  quarterSelect.addEventListener('change', fillLevers);
  leverSelect.addEventListener('change', fillValues);

  const form = el(
    'form',
    { class: 'debrief-whatif-form', 'data-name': 'whatif-form' },
    el('label', { for: quarterSelect.id }, s.t('debrief.whatIf.quarter')),
    quarterSelect,
    el('label', { for: leverSelect.id }, s.t('debrief.whatIf.decision')),
    leverSelect,
    el('label', { for: valueSelect.id }, s.t('debrief.whatIf.value')),
    valueSelect,
    el(
      'span',
      { class: 'debrief-check' },
      onward,
      el('label', { for: onward.id }, s.t('debrief.whatIf.scope')),
    ),
    run,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const lever = levers[Number(leverSelect.value)];
    if (!lever) return;
    const quarter = Number(quarterSelect.value);
    const r = whatIf(
      game.scenario,
      game.seed,
      game.difficulty,
      game.log,
      whatIfRequest(lever, valueSelect.value, quarter, onward.checked),
    );
    if (!r.ok) {
      result.replaceChildren(
        el('p', {}, s.t('debrief.whatIf.refused', { n: r.quarter + 1 })),
        el('ul', {}, ...r.errors.map((e) => el('li', {}, s.t(e.code, e.params)))),
      );
      return;
    }
    const cmp = whatIfComparison(game.results, r.record.results);
    const digits = (m: string) => (m === 'ces' ? 2 : m === 'profit' || m === 'cash' ? 0 : 1);
    result.replaceChildren(
      el(
        'table',
        { class: 'debrief-table', 'data-name': 'table-whatif' },
        el('caption', {}, s.t('debrief.whatIf.caption', { n: cmp.quarter })),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('td', {}),
            el('th', { scope: 'col' }, s.t('debrief.whatIf.real')),
            el('th', { scope: 'col' }, s.t('debrief.whatIf.alt')),
            el('th', { scope: 'col' }, s.t('debrief.why.delta')),
          ),
        ),
        el(
          'tbody',
          {},
          ...cmp.rows.map((row) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, s.t(`debrief.whatIf.result.${row.metric}`)),
              el('td', { class: 'num' }, s.number(row.real, digits(row.metric))),
              el('td', { class: 'num' }, s.number(row.alt, digits(row.metric))),
              el('td', { class: 'num' }, s.number(row.delta, digits(row.metric), true)),
            ),
          ),
        ),
      ),
    );
  });
  fillLevers();
  return el('div', { class: 'debrief-whatif' }, form, result);
}
