import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { defaultDecisions, newGame, playQuarter, type Scenario } from '../../src/engine';
import { createI18n } from '../../src/i18n';
import { addPlayTexts, fetchPlayTexts } from '../../src/i18n/playTexts';
import { fetchFromDisk } from '../content/servedFiles';
import { textOf } from '../../src/ui/plan/text';
import type { Text } from '../../src/ui/viewModels/planControls';
import { planModel } from '../../src/ui/viewModels/planModel';

const airline: Scenario = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

function everyText(): Text[] {
  let state = newGame(airline, 2, 'normal');
  for (let q = 0; q < 3; q++)
    state = playQuarter(airline, state, defaultDecisions(airline, state)).state;
  const draft = defaultDecisions(airline, state);
  const selections = [
    { kind: 'touchpoint' as const, id: airline.stages[0]!.touchpoints[0]!.id },
    { kind: 'channel' as const, id: airline.channels[0]!.id },
  ];
  return selections.flatMap((selection) =>
    planModel({ scenario: airline, state, draft, refusal: null, selection }).pillars.flatMap((p) =>
      p.groups.flatMap((g) => [
        g.title,
        ...(g.note ? [g.note] : []),
        ...g.controls.flatMap((c) => [
          c.label,
          c.hint,
          ...(c.cost ? [c.cost] : []),
          ...('options' in c
            ? c.options.flatMap((o) => [o.label, ...(o.detail ? [o.detail] : [])])
            : []),
        ]),
      ]),
    ),
  );
}

describe('plan texts', () => {
  for (const language of ['en', 'nl']) {
    it(`every plan text resolves in ${language}, with numbers formatted and names nested`, async () => {
      const i18n = createI18n(language);
      addPlayTexts(i18n, await fetchPlayTexts(fetchFromDisk));
      const texts = everyText().map((t) => textOf(i18n, t));
      expect(texts.length).toBeGreaterThan(50);
      for (const text of texts) {
        expect(text).not.toMatch(/\{\{|\$t\(|^(game|engine|level-\w+)\./);
      }
      const withCost = textOf(i18n, {
        key: 'game.plan.withCost',
        params: { name: airline.initiatives[0]!.name, amount: 1500 },
      });
      expect(withCost).toContain(i18n.t(airline.initiatives[0]!.name));
      expect(withCost).toMatch(language === 'en' ? /1,500 k€/ : /1\.500 k€/);
    });
  }
});
