/**
 * The projected dashboard: teams side by side for one quarter (true beside measured), spend by
 * pillar, and the ranking on the balanced scorecard. Fed verified outcomes only.
 */
import type { i18n } from 'i18next';
import { PILLARS, type Scenario } from '../engine';
import type { TeamQuarter, TeamStanding } from '../class/classSummary';
import { formatNumber } from '../ui/review/format';
import { el } from './dom';

export interface DashboardTeam {
  team: string;
  /** Verified figures per quarter played. */
  quarters: TeamQuarter[];
  /** Live class only: whether the team has committed the open quarter. */
  committed?: boolean;
  connected?: boolean;
}

export interface Dashboard {
  element: HTMLElement;
  update(scenario: Scenario | null, teams: DashboardTeam[], ranking: TeamStanding[]): void;
}

export function createDashboard(i18n: i18n): Dashboard {
  const t = i18n.t.bind(i18n);
  const element = el('section', { class: 'class-dashboard', 'aria-labelledby': 'dash-h' });
  let chosen: number | null = null;
  let last: { scenario: Scenario | null; teams: DashboardTeam[]; ranking: TeamStanding[] } = {
    scenario: null,
    teams: [],
    ranking: [],
  };

  const num = (x: number | null, digits = 0) =>
    x === null ? t('class.dash.notMeasured') : formatNumber(x, i18n.language, digits);
  const measured = (s: TeamQuarter['nps'], digits = 0) =>
    s.measured === null
      ? t('class.dash.notMeasured')
      : s.margin === null
        ? num(s.measured, digits)
        : t('class.dash.plusMinus', {
            value: num(s.measured, digits),
            margin: num(s.margin, digits),
          });

  function render() {
    const { scenario, teams, ranking } = last;
    element.replaceChildren(el('h2', { id: 'dash-h' }, t('class.dash.heading')));
    if (!scenario || teams.length === 0) {
      element.append(el('p', { class: 'class-empty' }, t('class.dash.empty')));
      return;
    }
    const played = Math.max(...teams.map((x) => x.quarters.length));
    const q = chosen === null || chosen > played ? played : chosen;

    if (ranking.length)
      element.append(
        el('h3', {}, t('class.dash.ranking')),
        el(
          'ol',
          { class: 'class-ranking', 'data-name': 'ranking' },
          ...ranking.map((r) =>
            el(
              'li',
              {},
              el('strong', {}, r.team),
              ' ',
              t('class.dash.targetsMet', { met: r.met, count: r.targets, quarters: r.quarters }),
            ),
          ),
        ),
      );

    if (played > 0) {
      const picker = el('div', {
        class: 'class-quarters',
        role: 'group',
        'aria-label': t('class.dash.pickQuarter'),
      });
      for (let i = 1; i <= played; i++) {
        const b = el(
          'button',
          { type: 'button', 'aria-pressed': String(i === q) },
          t('class.dash.quarter', { n: i }),
        );
        b.addEventListener('click', () => {
          chosen = i;
          render();
        });
        picker.append(b);
      }
      element.append(picker);
    }

    const rows = teams.map((x) => ({
      ...x,
      row: q > 0 ? x.quarters[q - 1] : undefined,
    }));
    const head = (...keys: string[]) =>
      el('thead', {}, el('tr', {}, ...keys.map((k) => el('th', { scope: 'col' }, t(k)))));
    const teamCell = (x: DashboardTeam) =>
      el(
        'th',
        { scope: 'row' },
        x.team,
        x.committed === undefined
          ? null
          : el(
              'span',
              { class: x.committed ? 'class-badge done' : 'class-badge' },
              ' ',
              t(x.committed ? 'class.dash.committed' : 'class.dash.notCommitted'),
            ),
        x.connected === false
          ? el('span', { class: 'class-badge' }, ' ', t('class.dash.offline'))
          : null,
      );
    // A team that has not played the chosen quarter gets empty cells.
    const cells = (row: TeamQuarter | undefined, f: (r: TeamQuarter) => string[], width: number) =>
      (row ? f(row) : Array<string>(width).fill('')).map((c) => el('td', {}, c));
    function scoreCells(r: TeamQuarter): string[] {
      return [
        num(r.nps.true),
        measured(r.nps),
        num(r.csat.true),
        measured(r.csat),
        num(r.ces.true, 1),
        measured(r.ces, 1),
        num(r.retention),
      ];
    }
    element.append(
      el('h3', {}, q > 0 ? t('class.dash.scoresOf', { n: q }) : t('class.dash.scores')),
      el(
        'table',
        { class: 'class-table', 'data-name': 'scores' },
        head(
          'class.dash.team',
          'class.dash.npsTrue',
          'class.dash.npsMeasured',
          'class.dash.csatTrue',
          'class.dash.csatMeasured',
          'class.dash.cesTrue',
          'class.dash.cesMeasured',
          'class.dash.retention',
        ),
        el(
          'tbody',
          {},
          ...rows.map((x) => el('tr', {}, teamCell(x), ...cells(x.row, scoreCells, 7))),
        ),
      ),
      el(
        'table',
        { class: 'class-table', 'data-name': 'money' },
        head('class.dash.team', 'class.dash.profit', 'class.dash.cash', 'class.dash.credibility'),
        el(
          'tbody',
          {},
          ...rows.map((x) =>
            el(
              'tr',
              {},
              teamCell(x),
              ...cells(x.row, (r) => [num(r.profit), num(r.cash), num(r.credibility)], 3),
            ),
          ),
        ),
      ),
      el('h3', {}, t('class.dash.spend')),
      el(
        'table',
        { class: 'class-table', 'data-name': 'spend' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, t('class.dash.team')),
            ...PILLARS.map((p) => el('th', { scope: 'col' }, t(`engine.pillar.${p}`))),
          ),
        ),
        el(
          'tbody',
          {},
          ...rows.map((x) =>
            el(
              'tr',
              {},
              teamCell(x),
              ...cells(x.row, (r) => PILLARS.map((p) => num(r.spend[p])), PILLARS.length),
            ),
          ),
        ),
      ),
    );
  }

  return {
    element,
    update(scenario, teams, ranking) {
      last = { scenario, teams, ranking };
      render();
    },
  };
}
