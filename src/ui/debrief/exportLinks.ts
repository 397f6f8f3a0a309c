/** Download links for the run: the figures as CSV and the game record as JSON. */
import { recordToJson, runToCsv, type GameRecord } from '../../engine';
import { el, type Speaker } from './dom';

export interface ExportLinks {
  element: HTMLElement;
  /** Frees the object URLs (call when the report closes). */
  dispose(): void;
}

export function renderExportLinks(s: Speaker, record: GameRecord): ExportLinks {
  const base = `not-by-accident-${record.scenario.id}-${record.seed}`;
  const urls: string[] = [];
  const link = (name: string, text: string, type: string, content: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    urls.push(url);
    return el(
      'a',
      { href: url, download: name, 'data-name': `export-${name.split('.').pop()}` },
      text,
    );
  };
  const element = el(
    'ul',
    { class: 'debrief-exports' },
    el(
      'li',
      {},
      link(`${base}.csv`, s.t('debrief.export.csv'), 'text/csv', runToCsv(record.results)),
    ),
    el(
      'li',
      {},
      link(`${base}.json`, s.t('debrief.export.record'), 'application/json', recordToJson(record)),
      el('span', { class: 'debrief-hint' }, ' ', s.t('debrief.export.recordHint')),
    ),
  );
  return { element, dispose: () => urls.forEach((u) => URL.revokeObjectURL(u)) };
}
