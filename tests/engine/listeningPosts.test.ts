import { describe, expect, it } from 'vitest';
import {
  complaintsCost,
  costOf,
  defaultDecisions,
  newGame,
  reviewSitesCost,
  type GameRecord,
  type QuarterOutcome,
} from '../../src/engine';
import * as K from '../../src/engine/constants';
import { chooseVerbatims, type ListeningInput } from '../../src/engine/quarter/verbatims';
import { readLevelFile } from '../../src/content/readLevelFile';
import { airline, play } from './helpers';

const scenario = airline();
const both = { complaints: true, reviewSites: true };
// A patch merges surveys, so each of the level's surveys is switched off by name.
const noSurveys = {
  surveys: Object.fromEntries(
    Object.keys(scenario.company.start.metrics.surveys).map((tp) => [
      tp,
      { metric: 'none' as const, sampleSize: 0 },
    ]),
  ),
};
const listening = play(scenario, 1, [{ understanding: both }]);
const silent = play(scenario, 1, [{ understanding: both, metrics: noSurveys }]);
const idle = play(scenario, 1);

const sources = (r: GameRecord) =>
  new Set(r.results.flatMap((o) => o.verbatims.map((v) => v.source)));

/** The chooser's input rebuilt from an outcome, to replay one quarter's listening with a change. */
const inputOf = (o: QuarterOutcome, posts = both): ListeningInput => ({
  seed: 1,
  quarter: o.quarter,
  paths: o.paths,
  channels: o.channels,
  touchpoints: o.touchpoints,
  posts,
  eventWords: new Map(),
});

describe('listening posts: comments come only from the posts the player runs', () => {
  it('a post not run gives no comment from it', () => {
    // Surveys as the level starts them, no unsolicited post: survey comments only.
    expect([...sources(idle)]).toEqual(['survey']);
    // No survey: nothing from a comment field, complaints and reviews still heard.
    expect(sources(silent)).toEqual(new Set(['complaints', 'reviews']));
    const onlyComplaints = play(scenario, 1, [
      { understanding: { complaints: true }, metrics: noSurveys },
    ]);
    expect([...sources(onlyComplaints)]).toEqual(['complaints']);
    const nothing = play(scenario, 1, [{ metrics: noSurveys }]);
    for (const o of nothing.results) expect(o.verbatims).toEqual([]);
    // All three, somewhere in the game.
    expect(sources(listening)).toEqual(new Set(['survey', 'complaints', 'reviews']));
  });

  it('complaints come from customers whose walk went badly that quarter, about their worst moment', () => {
    let complaints = 0;
    for (const o of listening.results)
      for (const v of o.verbatims) {
        const path = o.paths[v.customer]!;
        const moods = path.steps.map((s) => s.mood);
        if (v.source === 'complaints') {
          complaints++;
          expect(path.memory).toBeLessThanOrEqual(K.UNSOLICITED_BAD);
          const worst = path.steps[moods.indexOf(Math.min(...moods))]!;
          expect(v.touchpoint).toBe(worst.touchpoint);
          expect(v.key).not.toBe('engine.verbatim.goodTouchpoint');
        } else if (v.source === 'reviews') {
          // Reviews: strong feelings only, either way; never the lukewarm middle.
          expect(path.memory <= K.UNSOLICITED_BAD || path.memory >= K.UNSOLICITED_GOOD).toBe(true);
          expect(v.key === 'engine.verbatim.goodTouchpoint').toBe(
            path.memory >= K.UNSOLICITED_GOOD,
          );
        } else {
          // A survey comment: the customer passed that touchpoint, whose survey answered.
          expect(path.steps.map((s) => s.touchpoint)).toContain(v.touchpoint);
          const tp = o.touchpoints.find((t) => t.id === v.touchpoint)!;
          expect(tp.measured.metric).not.toBe('none');
          expect(tp.measured.responses).toBeGreaterThan(0);
        }
      }
    expect(complaints).toBeGreaterThan(0);
  });

  it('a quarter in which nobody remembers it badly gives no complaint', () => {
    const o = listening.results[1]!;
    const content = {
      ...o,
      paths: o.paths.map((p) => ({
        ...p,
        memory: 0,
        steps: p.steps.map((s) => ({ ...s, mood: 0.9 })),
      })),
    };
    const heard = chooseVerbatims(scenario, inputOf(content));
    expect(heard.length).toBeGreaterThan(0);
    for (const v of heard) {
      expect(v.source).toBe('survey');
      expect(v.key).toBe('engine.verbatim.goodTouchpoint');
    }
  });

  it('a problem fixed no longer produces its comment', () => {
    // The call centre at its start capacity: long waits, and customers say so.
    const waits = (r: GameRecord) =>
      r.results.flatMap((o) =>
        o.verbatims.filter(
          (v) =>
            v.key === 'engine.verbatim.longWait' &&
            v.params.channel === 'level-airline.channel.callCentre.name',
        ),
      );
    const plan = { understanding: both };
    expect(waits(play(scenario, 1, [plan])).length).toBeGreaterThan(0);
    // Staffed well enough that nobody waits ten minutes: nobody mentions a wait there.
    const staffed = play(scenario, 1, [{ ...plan, channels: { callCentre: { capacity: 30 } } }]);
    for (const o of staffed.results)
      expect(o.channels.find((c) => c.id === 'callCentre')!.waitMinutes).toBeLessThan(
        K.COMMENT_LONG_WAIT,
      );
    expect(waits(staffed)).toEqual([]);

    // Channels connected: a switch no longer means explaining everything again.
    const o = listening.results.find((x) =>
      x.verbatims.some((v) => v.key === 'engine.verbatim.repeatMyself'),
    )!;
    expect(chooseVerbatims(scenario, inputOf(o)).map((v) => v.key)).toContain(
      'engine.verbatim.repeatMyself',
    );
    const connected = { ...o, channels: o.channels.map((c) => ({ ...c, connection: 1 })) };
    expect(chooseVerbatims(scenario, inputOf(connected)).map((v) => v.key)).not.toContain(
      'engine.verbatim.repeatMyself',
    );
  });

  it('varies: never the same words twice in a quarter, at most a few per post, the same for the same game', () => {
    for (const o of listening.results) {
      const texts = o.verbatims.map((v) => v.key + JSON.stringify(v.params));
      expect(new Set(texts).size).toBe(texts.length);
      expect(o.verbatims.length).toBeLessThanOrEqual(K.MAX_VERBATIMS);
      for (const source of ['survey', 'complaints', 'reviews'])
        expect(o.verbatims.filter((v) => v.source === source).length).toBeLessThanOrEqual(
          K.MAX_COMMENTS_PER_POST,
        );
    }
    expect(play(scenario, 1, [{ understanding: both }]).results.map((o) => o.verbatims)).toEqual(
      listening.results.map((o) => o.verbatims),
    );
    // Different quarters hear different things.
    const each = listening.results.map((o) => JSON.stringify(o.verbatims));
    expect(new Set(each).size).toBeGreaterThan(each.length / 2);
  });

  it('costs a share of the company’s budget, the same share in every scenario', () => {
    const hotel = readLevelFile('levels/hotel.json');
    if (!hotel.ok) throw new Error(hotel.errors.join('\n'));
    for (const s of [scenario, hotel.value]) {
      expect(complaintsCost(s) / s.company.budget).toBe(K.COMPLAINTS_BUDGET_SHARE);
      expect(reviewSitesCost(s) / s.company.budget).toBe(K.REVIEW_SITES_BUDGET_SHARE);
      const state = newGame(s, 1, 'normal');
      const d = defaultDecisions(s, state);
      const base = costOf(s, state, d).understanding;
      d.understanding.complaints = true;
      expect(costOf(s, state, d).understanding).toBeCloseTo(base + complaintsCost(s), 9);
      d.understanding.reviewSites = true;
      expect(costOf(s, state, d).understanding).toBeCloseTo(
        base + complaintsCost(s) + reviewSitesCost(s),
        9,
      );
    }
    // Paid in the game's money: a quarter of listening costs that much more.
    expect(
      listening.results[0]!.costs.understanding - idle.results[0]!.costs.understanding,
    ).toBeCloseTo(complaintsCost(scenario) + reviewSitesCost(scenario), 9);
  });
});
