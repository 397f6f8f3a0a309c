import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { defaultDecisions, newGame, type QuarterDecisions, type Scenario } from '../../src/engine';
import {
  coachedDecisions,
  currentStep,
  initialTutorial,
  pointAt,
  reduceTutorial,
  stepNumber,
  type TutorialState,
} from '../../src/ui/viewModels/tutorialModel';
import { tutorialSteps } from '../../src/ui/viewModels/tutorialSteps';
import en from '../../src/i18n/locales/en/tutorial.json';
import nl from '../../src/i18n/locales/nl/tutorial.json';
import enLevel from '../../src/i18n/locales/en/level-tutorial.json';

function tutorial(): Scenario {
  const r = readLevelFile('levels/tutorial.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}
const s = tutorial();
const steps = tutorialSteps(s);
const draft = (): QuarterDecisions => defaultDecisions(s, newGame(s, 1, 'normal'));
const idOf = (state: TutorialState) => steps[state.index]?.id;
const at = (quarter: number, phase: 'briefing' | 'plan' | 'run' | 'review' | 'end') => ({
  quarter,
  phase,
});

describe('the tutorial’s step machine', () => {
  it('starts at the briefing and shows its first step only there', () => {
    expect(currentStep(steps, initialTutorial, at(0, 'briefing'))?.id).toBe('welcome');
    expect(currentStep(steps, initialTutorial, at(0, 'plan'))).toBeNull();
  });

  it('moves on from a reading step with Next, but not from a step that waits for the player', () => {
    let st = reduceTutorial(steps, initialTutorial, { type: 'next' });
    expect(idOf(st)).toBe('gaps');
    st = reduceTutorial(steps, st, { type: 'next' });
    expect(idOf(st)).toBe('toPlan');
    // "Go to the plan" waits for the player to use the button: Next does nothing.
    expect(reduceTutorial(steps, st, { type: 'next' })).toBe(st);
  });

  it('skips any step, and Skip on the last step ends the tutorial', () => {
    const st = reduceTutorial(steps, initialTutorial, { type: 'skip' });
    expect(idOf(st)).toBe('gaps');
    const last = { on: true, index: steps.length - 1 };
    const done = reduceTutorial(steps, last, { type: 'skip' });
    expect(done.index).toBe(steps.length);
    expect(currentStep(steps, done, at(2, 'end'))).toBeNull();
  });

  it('leaves the steps of a screen behind when the game reaches a later screen', () => {
    const st = reduceTutorial(steps, initialTutorial, { type: 'at', position: at(0, 'plan') });
    expect(idOf(st)).toBe('quarter1');
    expect(currentStep(steps, st, at(0, 'plan'))?.text).toBe('level-tutorial.coaching.q1');
    // Reaching the same screen again changes nothing.
    expect(reduceTutorial(steps, st, { type: 'at', position: at(0, 'plan') })).toBe(st);
    const q2 = reduceTutorial(steps, st, { type: 'at', position: at(1, 'plan') });
    expect(idOf(q2)).toBe('quarter2');
    expect(currentStep(steps, q2, at(1, 'plan'))?.text).toBe('level-tutorial.coaching.q2');
  });

  it('ends a decision step when the plan holds that decision, not before', () => {
    const index = steps.findIndex((x) => x.id === 'brandPromise');
    const st: TutorialState = { on: true, index };
    const d = draft();
    expect(reduceTutorial(steps, st, { type: 'draft', draft: d })).toBe(st);
    d.strategy.brandPromise = 'fastFix';
    expect(idOf(reduceTutorial(steps, st, { type: 'draft', draft: d }))).toBe('customerPromise');
  });

  it('passes several decision steps at once when the player is ahead of the coach', () => {
    const index = steps.findIndex((x) => x.id === 'brandPromise');
    const d = coachedDecisions(steps, 0, draft());
    const st = reduceTutorial(steps, { on: true, index }, { type: 'draft', draft: d });
    expect(idOf(st)).toBe('budget');
  });

  it('shows nothing once switched off, whatever happens next', () => {
    const off = reduceTutorial(steps, initialTutorial, { type: 'off' });
    expect(currentStep(steps, off, at(0, 'briefing'))).toBeNull();
    expect(reduceTutorial(steps, off, { type: 'next' })).toBe(off);
    expect(reduceTutorial(steps, off, { type: 'at', position: at(1, 'plan') })).toBe(off);
  });

  it('numbers the steps', () => {
    expect(stepNumber(steps, initialTutorial)).toEqual({ n: 1, of: steps.length });
  });

  it('points at the way to a control that is not on screen yet', () => {
    const step = steps.find((x) => x.id === 'surveyCes')!;
    expect(pointAt(step, (n) => n === 'plan.tab.metrics')).toBe('plan.tab.metrics');
    expect(pointAt(step, () => true)).toBe('metrics.surveys.update.metric');
    expect(pointAt(step, () => false)).toBeNull();
  });

  it('makes only the decisions of its own quarter', () => {
    const d0 = coachedDecisions(steps, 0, draft());
    expect(d0.strategy.brandPromise).toBe('fastFix');
    expect(d0.understanding.closeTheLoop).toBe(false);
    const d2 = coachedDecisions(steps, 2, draft());
    expect(d2.understanding.closeTheLoop).toBe(true);
    expect(d2.strategy.brandPromise).toBe(s.company.start.strategy.brandPromise);
  });
});

describe('what the tutorial teaches', () => {
  const text = (lang: typeof en, id: string) => (lang.step as Record<string, string>)[id] ?? '';
  it('has a text for every step in English and Dutch, or the level’s own coaching', () => {
    for (const step of steps) {
      if (step.text.startsWith('level-tutorial.')) {
        const key = step.text.split('.').at(-1)!;
        expect((enLevel.coaching as Record<string, string>)[key]).toBeTruthy();
        continue;
      }
      expect(text(en, step.id), step.id).toBeTruthy();
      expect(text(nl, step.id), step.id).toBeTruthy();
    }
  });

  it('meets every idea the issue lists along the way', () => {
    const all = steps
      .map((x) => (x.text.startsWith('level-') ? '' : text(en, x.id)))
      .join(' ')
      .concat(Object.values(enLevel.coaching).join(' '));
    for (const idea of [
      /stage/i,
      /touchpoint/i,
      /channel/i,
      /brand promise/i,
      /survey/i,
      /promoters? \(9–10\)/i,
      /passives? \(7–8\)/i,
      /detractors? \(0–6\)/i,
      /−100.*\+100/,
      /CSAT/,
      /4 or 5/,
      /CES/,
      /made it easy/i,
      /margin of error/i,
      /knowledge gap/i,
      /standards gap/i,
      /delivery gap/i,
      /communication gap/i,
      /customer gap/i,
      /close the loop|closing the loop/i,
    ])
      expect(all).toMatch(idea);
  });
});
