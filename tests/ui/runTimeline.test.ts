import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { replay, type QuarterOutcome, type Scenario } from '../../src/engine';
import {
  buildRunTimeline,
  busiestMoment,
  dwellFor,
  moodBand,
  moodTally,
  placeAt,
  weekAt,
} from '../../src/ui/viewModels/runTimeline';

function airline(): Scenario {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

const scenario = airline();
const game = replay(scenario, 7, 'normal', [scenario.company.start, scenario.company.start]);
const outcome = game.results[0]!;

describe('the Run timeline', () => {
  const timeline = buildRunTimeline(scenario, outcome);

  it('lays out every touchpoint of the scenario in its stage, in order', () => {
    const ids = scenario.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
    expect(timeline.nodes.map((n) => n.id)).toEqual(ids);
    for (const [s, stage] of timeline.stages.entries()) {
      for (const index of stage.nodes) expect(timeline.nodes[index]!.stage).toBe(s);
    }
  });

  it('plays every sampled customer and ends them all within the quarter', () => {
    expect(timeline.journeys.length).toBe(outcome.paths.length * 3);
    for (const journey of timeline.journeys) {
      expect(journey.start).toBeGreaterThanOrEqual(0);
      expect(journey.end).toBeLessThanOrEqual(timeline.duration + 1e-9);
      expect(journey.end).toBeGreaterThan(journey.start);
    }
    expect(timeline.duration).toBeLessThanOrEqual(60);
  });

  it('keeps customers longer at a channel that makes them wait', () => {
    expect(dwellFor(20, 1.2)).toBeGreaterThan(dwellFor(1, 0.5));
    expect(dwellFor(0, 0)).toBeGreaterThan(0);
  });

  it('walks a customer through the touchpoints of their path, in order', () => {
    const journey = timeline.journeys[5]!;
    const seen: number[] = [];
    for (let t = journey.start; t < journey.end; t += 0.05) {
      const place = placeAt(journey, t)!;
      expect(place).not.toBeNull();
      if (place.kind === 'waiting' && seen.at(-1) !== place.node) seen.push(place.node);
    }
    expect(seen).toEqual(journey.steps.map((s) => s.node));
    expect(placeAt(journey, journey.start - 0.01)).toBeNull();
    expect(placeAt(journey, journey.end)).toBeNull();
  });

  it('shows the mood felt at the last touchpoint reached', () => {
    const journey = timeline.journeys[0]!;
    const first = journey.steps[0]!;
    const place = placeAt(journey, journey.start + 0.9 + first.dwell + 0.1)!;
    expect(place.kind).toBe('moving');
    expect(place.mood).toBe(first.mood);
  });

  it('tallies finished customers by mood band, reaching everyone by the end', () => {
    const end = moodTally(timeline, timeline.duration);
    expect(end.delighted + end.neutral + end.unhappy).toBe(timeline.journeys.length);
    const start = moodTally(timeline, 0);
    expect(start.delighted + start.neutral + start.unhappy).toBe(0);
    expect(moodBand(0.6)).toBe('delighted');
    expect(moodBand(-0.6)).toBe('unhappy');
    expect(moodBand(0)).toBe('neutral');
  });

  it('fits every walk inside the quarter, queues and all, and counts it by its last mood', () => {
    // Quarter 3 of this game overloads channels: walks with long waits at every touchpoint.
    const start = scenario.company.start;
    // Staff cut to a third in quarter 3, so its queues are long whatever the calibration.
    const tight = structuredClone(start);
    for (const ch of scenario.channels)
      if (ch.kind === 'human' && tight.channels[ch.id])
        tight.channels[ch.id]!.capacity =
          Math.round((tight.channels[ch.id]!.capacity / 3) * 10) / 10;
    const busy = replay(scenario, 20260101, 'normal', [start, start, tight]);
    let longest = 0;
    for (const outcome of busy.results) {
      const t = buildRunTimeline(scenario, outcome);
      for (const j of t.journeys) {
        expect(j.start).toBeGreaterThanOrEqual(0);
        expect(j.end).toBeLessThanOrEqual(t.duration);
        const walked = j.steps.reduce((sum, s) => sum + 0.9 + s.dwell, 0.9);
        expect(walked).toBeCloseTo(j.end - j.start, 9);
        longest = Math.max(longest, j.end - j.start);
      }
      const end = moodTally(t, t.duration);
      expect(end.delighted + end.neutral + end.unhappy).toBe(t.journeys.length);
      const unhappy = t.journeys.filter((j) => moodBand(j.steps.at(-1)!.mood) === 'unhappy');
      expect(end.unhappy).toBe(unhappy.length);
    }
    // Some walk really was squeezed to the quarter's length, so the case is exercised.
    expect(longest).toBeCloseTo(buildRunTimeline(scenario, busy.results[2]!).duration, 9);
  });

  it('counts weeks 1 to 13 and finds a busy moment inside the quarter', () => {
    expect(weekAt(timeline, 0)).toBe(1);
    expect(weekAt(timeline, timeline.duration)).toBe(13);
    const busy = busiestMoment(timeline);
    const onMap = (t: number) => timeline.journeys.filter((j) => placeAt(j, t)).length;
    expect(onMap(busy)).toBeGreaterThanOrEqual(onMap(timeline.duration * 0.02));
    expect(onMap(busy)).toBeGreaterThan(10);
  });

  it('brings the quarter’s events as cards, with the response the player chose', () => {
    const storm = scenario.events.find((e) => e.id === 'storm')!;
    const withEvent: QuarterOutcome = {
      ...outcome,
      events: [{ id: 'storm', response: storm.responses[0]!.id, started: true }],
    };
    const t = buildRunTimeline(scenario, withEvent);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.nameKey).toBe(storm.name);
    expect(t.events[0]!.responseKey).toBe(storm.responses[0]!.name);
    expect(t.events[0]!.at).toBeGreaterThan(0);
    expect(t.events[0]!.at).toBeLessThan(t.duration);
  });

  it('marks overloaded channels so the map can draw their queues', () => {
    const busy: QuarterOutcome = {
      ...outcome,
      channels: outcome.channels.map((c, i) => (i === 0 ? { ...c, load: 1.4 } : c)),
    };
    const t = buildRunTimeline(scenario, busy);
    expect(t.channels[0]!.overloaded).toBe(true);
    expect(t.channels.filter((c) => c.overloaded).length).toBeGreaterThanOrEqual(1);
  });
});
