/**
 * The offline class: the trainer drops the teams' record files; each is replayed and either
 * joins the dashboard or is refused by name with the reason.
 */
import type { i18n } from 'i18next';
import type { QuarterOutcome, Scenario } from '../engine';
import { rankTeams, teamQuarters, type TeamStanding } from '../class/classSummary';
import { checkRecord, type RecordRefusal, type SessionKey } from '../class/recordCheck';
import { classToCsv } from '../class/classCsv';
import { teamNameFromFile } from '../class/teamName';
import { bundledLevels } from '../state/levels';
import type { DashboardTeam } from './dashboard';
import { download, el } from './dom';

export interface OfflineTeam extends DashboardTeam {
  file: string;
  outcomes: QuarterOutcome[];
}

export interface OfflineClass {
  element: HTMLElement;
}

export function refusalText(i18n: i18n, refusal: RecordRefusal): string {
  const { reason, ...params } = refusal;
  return i18n.t(`class.refused.${reason}`, params);
}

export function createOfflineClass(
  i18n: i18n,
  onChange: (scenario: Scenario | null, teams: DashboardTeam[], ranking: TeamStanding[]) => void,
): OfflineClass {
  const t = i18n.t.bind(i18n);
  const levels = bundledLevels();
  let session: SessionKey | null = null;
  let scenario: Scenario | null = null;
  const teams: OfflineTeam[] = [];
  const refused: { file: string; why: string }[] = [];

  const input = el('input', {
    type: 'file',
    id: 'record-files',
    accept: '.json,application/json',
    multiple: true,
    'data-name': 'record-files',
  });
  const drop = el(
    'div',
    { class: 'class-drop', 'data-name': 'drop-zone' },
    el('label', { for: 'record-files' }, t('class.offline.choose')),
    input,
    el('p', {}, t('class.offline.dropHint')),
  );
  const status = el('div', { class: 'class-files', 'aria-live': 'polite' });
  const csvButton = el(
    'button',
    { type: 'button', 'data-name': 'export-csv' },
    t('class.export.csv'),
  );
  const clearButton = el(
    'button',
    { type: 'button', 'data-name': 'clear' },
    t('class.offline.clear'),
  );
  const element = el(
    'section',
    { class: 'class-offline', 'aria-labelledby': 'offline-h' },
    el('h2', { id: 'offline-h' }, t('class.offline.heading')),
    el('p', {}, t('class.offline.intro')),
    drop,
    status,
    el('div', { class: 'class-actions' }, csvButton, clearButton),
  );

  function uniqueName(file: string): string {
    const base = teamNameFromFile(file);
    let name = base;
    for (let n = 2; teams.some((x) => x.team === name); n++) name = `${base} (${n})`;
    return name;
  }

  function render() {
    const parts = [
      session && scenario
        ? el(
            'p',
            { 'data-name': 'session' },
            t('class.offline.session', {
              scenario: t(scenario.name),
              seed: session.seed,
              difficulty: t(`game.difficulty.${session.difficulty}`),
              revision: session.revision,
            }),
          )
        : null,
      teams.length
        ? el(
            'ul',
            { class: 'class-accepted', 'data-name': 'accepted' },
            ...teams.map((x) =>
              el(
                'li',
                {},
                t('class.offline.accepted', {
                  team: x.team,
                  file: x.file,
                  quarters: x.outcomes.length,
                }),
              ),
            ),
          )
        : null,
      refused.length
        ? el(
            'ul',
            { class: 'class-refused', 'data-name': 'refused' },
            ...refused.map((r) =>
              el('li', {}, t('class.offline.refused', { file: r.file, why: r.why })),
            ),
          )
        : null,
    ];
    status.replaceChildren(...parts.filter((p) => p !== null));
    csvButton.disabled = teams.length === 0;
    onChange(scenario, teams, scenario ? rankTeams(scenario, teams) : []);
  }

  async function add(files: Iterable<File>) {
    for (const file of files) {
      let text: string;
      try {
        text = await file.text();
      } catch {
        refused.push({ file: file.name, why: t('class.refused.unreadable') });
        continue;
      }
      const check = checkRecord(text, (id) => levels.get(id), session);
      if (!check.ok) {
        refused.push({ file: file.name, why: refusalText(i18n, check) });
        continue;
      }
      session ??= check.session;
      scenario ??= check.scenario;
      const outcomes = check.record.results;
      teams.push({
        team: uniqueName(file.name),
        file: file.name,
        outcomes,
        quarters: teamQuarters(outcomes),
      });
    }
    render();
  }

  input.addEventListener('change', () => {
    void add(input.files ?? []).then(() => (input.value = ''));
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void add(e.dataTransfer?.files ?? []);
  });
  csvButton.addEventListener('click', () =>
    download(
      `class-${session?.scenario ?? 'empty'}-${session?.seed ?? 0}.csv`,
      'text/csv',
      classToCsv(teams),
    ),
  );
  clearButton.addEventListener('click', () => {
    teams.length = 0;
    refused.length = 0;
    session = null;
    scenario = null;
    render();
  });
  render();
  return { element };
}
