import { describe, expect, it } from 'vitest';
import { COMPETENCIES, EXAM_WEIGHTS, type Competency } from '../../src/practice/competencies';
import { allocate, drawDiagnostic, drawMock } from '../../src/practice/draw';
import { drillQueue, dueOf, scheduleAnswer } from '../../src/practice/drill';
import {
  emptyProgress,
  exportProgress,
  withAnswers,
  MAX_ANSWERS,
} from '../../src/practice/progress';
import { scoreSession, type AnsweredQuestion } from '../../src/practice/report';
import { createMemoryStorage } from '../../src/state/storage';
import { PRACTICE_PROGRESS_KEY, practiceProgressSlot } from '../../src/state/practiceProgress';
import { fixtureBank } from './fixtures';

const bank = fixtureBank();
const countBy = (competencies: Competency[]) =>
  Object.fromEntries(COMPETENCIES.map((c) => [c, competencies.filter((x) => x === c).length]));

describe('drawing a diagnostic and a mock exam', () => {
  it('allocates like the exam, each competency within one question of its exact weight', () => {
    for (const total of [25, 100, 10, 37]) {
      const counts = allocate(total);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
      for (const c of COMPETENCIES)
        expect(Math.abs(counts[c] - total * EXAM_WEIGHTS[c])).toBeLessThan(1);
    }
    expect(allocate(100)).toEqual({
      insights: 22,
      strategy: 20,
      metrics: 20,
      design: 19,
      culture: 19,
    });
  });

  it('draws 25 and 100 distinct questions weighted like the exam, for any seed', () => {
    for (const seed of [1, 2, 99, 0xffffffff]) {
      for (const draw of [drawDiagnostic(bank, seed), drawMock(bank, seed)]) {
        const n = draw.questions.length;
        expect(new Set(draw.questions.map((q) => q.id)).size).toBe(n);
        const counts = countBy(draw.questions.map((q) => q.competency));
        for (const c of COMPETENCIES)
          expect(Math.abs(counts[c]! - n * EXAM_WEIGHTS[c])).toBeLessThan(1);
        expect(draw.short).toEqual([]);
      }
      expect(drawDiagnostic(bank, seed).questions).toHaveLength(25);
      expect(drawMock(bank, seed).questions).toHaveLength(100);
    }
  });

  it('draws the same for the same seed and differently for another', () => {
    const ids = (seed: number) => drawDiagnostic(bank, seed).questions.map((q) => q.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });

  it('prefers questions seen least', () => {
    const seen = new Map(
      bank
        .byCompetency('metrics')
        .slice(0, 25)
        .map((q) => [q.id, 3]),
    );
    const drawn = drawDiagnostic(bank, 3, seen).questions.filter((q) => q.competency === 'metrics');
    for (const q of drawn) expect(seen.has(q.id)).toBe(false);
  });

  it('says which competencies the bank is too small for', () => {
    const small = fixtureBank(3);
    const draw = drawMock(small, 1);
    expect(draw.questions).toHaveLength(15);
    expect(draw.short).toContainEqual({ competency: 'insights', wanted: 22, found: 3 });
  });
});

describe('the report', () => {
  const answer = (competency: Competency, right: boolean): AnsweredQuestion => ({
    id: `${competency}-x`,
    competency,
    chosen: right ? 1 : 0,
    answer: 1,
  });

  it('scores per competency and names the weakest with where to go next', () => {
    const answers = [
      answer('insights', true),
      answer('insights', true),
      answer('metrics', true),
      answer('metrics', false),
      answer('culture', false),
      answer('culture', true),
      answer('design', false),
      { ...answer('strategy', true), chosen: null },
    ];
    const report = scoreSession(answers);
    expect(report).toMatchObject({ asked: 8, correct: 4, percent: 50, weakest: 'strategy' });
    expect(report.competencies.find((c) => c.competency === 'metrics')).toEqual({
      competency: 'metrics',
      asked: 2,
      correct: 1,
      percent: 50,
    });
    expect(report.next).toEqual({ pillar: 'strategy', scenario: 'airline', source: 'promise' });
  });

  it('breaks a tie towards the heavier competency and leaves unasked ones out', () => {
    const report = scoreSession([answer('culture', false), answer('insights', false)]);
    expect(report.weakest).toBe('insights');
    expect(report.competencies.find((c) => c.competency === 'design')?.percent).toBeNull();
    expect(scoreSession([]).weakest).toBeNull();
  });
});

describe('drill with spaced repetition', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d, 9));

  it('brings a missed question back sooner than one answered right', () => {
    let p = scheduleAnswer(emptyProgress(), 'metrics-001', false, day(0));
    p = scheduleAnswer(p, 'metrics-002', true, day(0));
    const missed = dueOf(p, 'metrics-001')!.getTime();
    const right = dueOf(p, 'metrics-002')!.getTime();
    expect(missed).toBeLessThan(right);
    expect(missed - day(0).getTime()).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  it('spaces a question further each time it is answered right, across days', () => {
    let p = emptyProgress();
    let when = day(0);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      p = scheduleAnswer(p, 'design-001', true, when);
      const due = dueOf(p, 'design-001')!;
      gaps.push(due.getTime() - when.getTime());
      when = due;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps[3]).toBeGreaterThan(2 * 24 * 3600 * 1000);
  });

  it('puts due questions first, then new ones, and says when the next falls due', () => {
    let p = emptyProgress();
    const metrics = bank.byCompetency('metrics');
    p = scheduleAnswer(p, metrics[4]!.id, false, day(0));
    p = scheduleAnswer(p, metrics[5]!.id, true, day(0));
    const queue = drillQueue(bank, p, 'metrics', day(1), 1, 5);
    expect(queue.questions[0]!.id).toBe(metrics[4]!.id);
    expect(queue.due).toBe(1);
    expect(queue.questions.map((q) => q.id)).not.toContain(metrics[5]!.id);
    expect(queue.questions).toHaveLength(5);
    for (const q of queue.questions) expect(q.competency).toBe('metrics');

    let all = emptyProgress();
    for (const q of metrics) all = scheduleAnswer(all, q.id, true, day(0));
    const none = drillQueue(bank, all, 'metrics', day(0), 1);
    expect(none.questions).toEqual([]);
    expect(none.nextDue!.getTime()).toBeGreaterThan(day(0).getTime());
  });
});

describe('progress', () => {
  const progress = () =>
    withAnswers(emptyProgress(), [
      {
        id: 'metrics-901',
        mode: 'diagnostic',
        chosen: 1,
        correct: true,
        at: '2026-01-01T09:00:00.000Z',
      },
    ]);

  it('round-trips through storage and resets', () => {
    const storage = createMemoryStorage();
    const slot = practiceProgressSlot(storage);
    expect(slot.read()).toEqual(emptyProgress());
    expect(slot.write(progress())).toEqual({ ok: true });
    expect(practiceProgressSlot(storage).read()).toEqual(progress());
    slot.reset();
    expect(slot.read()).toEqual(emptyProgress());
    expect(storage.entries.size).toBe(0);
  });

  it('never lets a corrupt or invalid save wipe a good one', () => {
    const storage = createMemoryStorage();
    const slot = practiceProgressSlot(storage);
    slot.write(progress());
    slot.write(withAnswers(progress(), progress().answers));
    storage.setItem(PRACTICE_PROGRESS_KEY, '{"version":1,"data":{"answers":"oops"');
    expect(slot.read()).toEqual(progress());
    const bad = { answers: [{ id: 'x' }], cards: {} } as never;
    expect(slot.write(bad)).toEqual({ ok: false, reason: 'invalid' });
    expect(slot.read()).toEqual(progress());
  });

  it('keeps the newest answers only, and exports with what it is', () => {
    const many = Array.from({ length: MAX_ANSWERS + 3 }, (_, i) => ({
      ...progress().answers[0]!,
      id: `metrics-${i}`,
    }));
    const kept = withAnswers(emptyProgress(), many).answers;
    expect(kept).toHaveLength(MAX_ANSWERS);
    expect(kept[0]!.id).toBe('metrics-3');
    expect(exportProgress(progress(), '2026-01-02T00:00:00.000Z')).toEqual({
      format: 'not-by-accident/practice-progress',
      version: 1,
      exportedAt: '2026-01-02T00:00:00.000Z',
      progress: progress(),
    });
  });
});
