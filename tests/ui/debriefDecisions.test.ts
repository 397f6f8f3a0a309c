import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { planToLog } from '../../src/engine';
import { createNodeI18n } from '../../src/i18n/nodeResources';
import { decisionRows } from '../../src/ui/viewModels/debriefDecisions';

const airline = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

const log = planToLog(
  airline.company.start,
  {
    quarters: [
      {},
      { governance: { owner: 'ceo', council: true }, strategy: { pricePosition: 'premium' } },
      { events: { storm: 'proactiveRebooking' } },
    ],
  },
  4,
);

describe('the decisions by quarter in the debrief', () => {
  it('has a column per quarter and reads each change where it was made', () => {
    const rows = decisionRows(airline, log);
    expect(rows.every((r) => r.quarters.length === 4)).toBe(true);
    const owner = rows.find((r) => r.label.key === 'debrief.whatIf.owner')!;
    expect(owner.quarters.map((q) => q[0]!.key)).toEqual([
      `debrief.owner.${airline.company.start.governance.owner}`,
      'debrief.owner.ceo',
      'debrief.owner.ceo',
      'debrief.owner.ceo',
    ]);
    const events = rows.find((r) => r.label.key === 'debrief.decisions.eventResponses')!;
    expect(events.quarters.map((q) => q.length)).toEqual([0, 0, 1, 0]);
  });

  it('says every label and value in words in English and Dutch, never as an id or a key', () => {
    for (const language of ['en', 'nl']) {
      const i18n = createNodeI18n(language);
      for (const row of decisionRows(airline, log)) {
        for (const t of [row.label, ...row.quarters.flat()]) {
          expect(i18n.exists(t.key, { ...t.params }), `${language}: ${t.key}`).toBe(true);
          expect(i18n.t(t.key, { ...t.params }), `${language}: ${t.key}`).not.toMatch(
            /^[\w-]+(\.[\w-]+)+$|level-|\{\{/,
          );
        }
      }
    }
  });
});
