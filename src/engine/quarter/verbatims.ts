import {
  COMMENT_ANGRY,
  COMMENT_DELIGHTED,
  COMMENT_LONG_WAIT,
  COMMENT_SILO,
  MAX_COMMENTS_PER_POST,
  MAX_VERBATIMS,
  UNSOLICITED_BAD,
  UNSOLICITED_GOOD,
} from '../constants';
import { STREAM, draw, streamKey } from '../rng';
import type { CustomerComment, QuarterOutcome } from '../schema/outcome';
import type { Scenario } from '../schema/scenario';
import type { EventImpact } from './events';

/** What the listening posts can hear this quarter: the walks of the quarter's sampled customers. */
export interface ListeningInput {
  seed: number;
  quarter: number;
  /** The sampled customers' walks, with what each remembers of the quarter. */
  paths: QuarterOutcome['paths'];
  channels: QuarterOutcome['channels'];
  touchpoints: QuarterOutcome['touchpoints'];
  /** The unsolicited posts the player runs (surveys run where `touchpoints` say so). */
  posts: { complaints: boolean; reviewSites: boolean };
  /** Touchpoint or channel id → the verbatim of an event in force that hurts it. */
  eventWords: ReadonlyMap<string, string>;
}

type Step = QuarterOutcome['paths'][number]['steps'][number];
type Channel = QuarterOutcome['channels'][number];
type Words = { key: string; params: Record<string, string | number> };

/** The touchpoints' and channels' names by id, made once per scenario (every quarter reads them). */
interface Names {
  touchpoints: Map<string, string>;
  channels: Map<string, string>;
}
const namesCache = new WeakMap<Scenario, Names>();
function namesOf(scenario: Scenario): Names {
  let names = namesCache.get(scenario);
  if (!names) {
    const touchpoints = new Map<string, string>();
    for (const stage of scenario.stages)
      for (const tp of stage.touchpoints) touchpoints.set(tp.id, tp.name);
    names = { touchpoints, channels: new Map(scenario.channels.map((c) => [c.id, c.name])) };
    namesCache.set(scenario, names);
  }
  return names;
}

/**
 * The comments heard this quarter at the listening posts the player runs (link 8), each from one
 * sampled customer's own walk (`customer` indexes `paths`):
 * - survey comment fields: customers who passed a surveyed touchpoint that answered, about a bad
 *   or a delightful moment there;
 * - complaints: customers who remember the quarter badly, about their worst moment;
 * - review sites: the same strong feelings in public, bad and (fewer) good.
 * Complaints and reviews are unsolicited: only strong feelings speak, so they show problems, not
 * a score. A problem that is gone no longer happens in anyone's walk, so nobody mentions it.
 * Pure and cheap: one pass over the few sampled walks; no other customer is read. It runs every
 * quarter, so it builds no closures and looks the names up in tables made once per scenario.
 */
export function chooseVerbatims(scenario: Scenario, input: ListeningInput): CustomerComment[] {
  const { paths } = input;
  const key = streamKey(input.seed, input.quarter, STREAM.comments);
  const surveyed = new Set<string>();
  for (const t of input.touchpoints)
    if (t.measured.metric !== 'none' && t.measured.responses > 0 && !t.removed) surveyed.add(t.id);
  // Constants as locals: they are read per sampled step.
  const angry = COMMENT_ANGRY;
  const delighted = COMMENT_DELIGHTED;
  const { complaints, reviewSites } = input.posts;
  // Candidates are only (customer, step, good or bad) with a seeded order; words are made for
  // the few picked, so a quarter's listening costs little more than a look at each sampled step.
  // Each post lists them as numbers: the draw × 2²¹ + the index in `cands`, so a plain numeric
  // sort puts them in seeded order, ties in the order they were heard (as a stable sort would).
  const cands = new Candidates();
  const survey: number[] = [];
  const complaintsHeard: number[] = [];
  const reviews: number[] = [];
  for (let p = 0; p < paths.length; p++) {
    const path = paths[p]!;
    const steps = path.steps;
    if (surveyed.size > 0)
      for (let s = 0; s < steps.length; s++) {
        const step = steps[s]!;
        if (step.mood > angry && step.mood < delighted) continue;
        if (surveyed.has(step.touchpoint))
          survey.push(cands.add(key, p, s, step.mood >= delighted, ORDER_SURVEY));
      }
    if (steps.length === 0 || !(complaints || reviewSites)) continue;
    const bad = path.memory <= UNSOLICITED_BAD;
    const good = path.memory >= UNSOLICITED_GOOD;
    if (!bad && !good) continue;
    // The moment that stands out: the worst for the unhappy, the best for the delighted.
    let at = 0;
    for (let s = 1; s < steps.length; s++)
      if (bad ? steps[s]!.mood < steps[at]!.mood : steps[s]!.mood > steps[at]!.mood) at = s;
    if (bad && complaints) complaintsHeard.push(cands.add(key, p, at, false, ORDER_COMPLAINTS));
    if (reviewSites) reviews.push(cands.add(key, p, at, good, ORDER_REVIEWS));
  }
  if (survey.length + complaintsHeard.length + reviews.length === 0) return [];

  // Posts take turns, each its candidates in a seeded order: one comment per touchpoint and post,
  // never the same words twice, so every post that heard something shows.
  const heard = [
    new Float64Array(survey).sort(),
    new Float64Array(complaintsHeard).sort(),
    new Float64Array(reviews).sort(),
  ];
  const names = namesOf(scenario);
  const said = new Set<string>();
  // The touchpoints each post has a comment about already.
  const places = [new Set<string>(), new Set<string>(), new Set<string>()];
  const next = [0, 0, 0];
  const out: CustomerComment[] = [];
  for (let round = 0; round < MAX_COMMENTS_PER_POST; round++)
    for (let post = 0; post < 3; post++) {
      const source = LISTENING_POSTS_ORDER[post]!;
      const list = heard[post]!;
      while (next[post]! < list.length && out.length < MAX_VERBATIMS) {
        const c = list[next[post]!++]! % INDEX_RANGE;
        const p = cands.p[c]!;
        const s = cands.s[c]!;
        const steps = paths[p]!.steps;
        const step = steps[s]!;
        const placed = places[post]!;
        if (placed.has(step.touchpoint)) continue;
        const words = cands.good[c]
          ? goodMoment(names, step)
          : badMoment(input, names, step, steps[s - 1]);
        const text = words.key + JSON.stringify(words.params);
        if (said.has(text)) continue;
        placed.add(step.touchpoint);
        said.add(text);
        // Written out, not spread: a spread of words' several shapes is V8's slow generic copy.
        out.push({
          key: words.key,
          params: words.params,
          source,
          touchpoint: step.touchpoint,
          customer: p,
        });
        break;
      }
    }
  return out;
}

/** Room for a candidate's index below its draw in one exact number (2²¹ × 2³² < 2⁵³). */
const INDEX_RANGE = 2097152;

/** The quarter's candidates: customer `p[i]`'s step `s[i]`, good or bad. */
class Candidates {
  p: number[] = [];
  s: number[] = [];
  good: boolean[] = [];
  /** Adds one; returns its sort key (its draw for the post, then its index). */
  add(key: number, p: number, s: number, good: boolean, post: number): number {
    const i = this.p.length;
    this.p.push(p);
    this.s.push(s);
    this.good.push(good);
    return draw(key, p * 256 + s * 4 + post) * INDEX_RANGE + i;
  }
}

function channelOf(channels: readonly Channel[], id: string): Channel | undefined {
  for (const c of channels) if (c.id === id) return c;
  return undefined;
}

/** What a customer says about a bad moment: the cause their own step shows. */
function badMoment(
  input: ListeningInput,
  names: Names,
  step: Step,
  before: Step | undefined,
): Words {
  const event = input.eventWords.get(step.touchpoint) ?? input.eventWords.get(step.channel) ?? null;
  if (event !== null) return { key: event, params: {} };
  const channel = channelOf(input.channels, step.channel);
  if (channel && channel.waitMinutes >= COMMENT_LONG_WAIT)
    return {
      key: 'engine.verbatim.longWait',
      params: {
        channel: names.channels.get(step.channel) ?? step.channel,
        minutes: Math.round(channel.waitMinutes),
      },
    };
  const from = before ? channelOf(input.channels, before.channel) : undefined;
  if (
    from &&
    channel &&
    from !== channel &&
    Math.min(from.connection, channel.connection) < COMMENT_SILO
  )
    return { key: 'engine.verbatim.repeatMyself', params: {} };
  return {
    key: 'engine.verbatim.badTouchpoint',
    params: { touchpoint: names.touchpoints.get(step.touchpoint) ?? step.touchpoint },
  };
}

function goodMoment(names: Names, step: Step): Words {
  return {
    key: 'engine.verbatim.goodTouchpoint',
    params: { touchpoint: names.touchpoints.get(step.touchpoint) ?? step.touchpoint },
  };
}

const LISTENING_POSTS_ORDER = ['survey', 'complaints', 'reviews'] as const;
/** Each post's slot in a candidate's draw (survey 0, complaints 1, reviews 2). */
const ORDER_SURVEY = 0;
const ORDER_COMPLAINTS = 1;
const ORDER_REVIEWS = 2;

/**
 * What customers say about the events in force, by the touchpoint or channel each one hurts
 * (after the chosen response): only a customer whose bad moment was there mentions it.
 */
export function eventWordsOf(scenario: Scenario, impact: EventImpact): Map<string, string> {
  const words = new Map<string, string>();
  for (const { id } of impact.list) {
    const ev = scenario.events.find((e) => e.id === id);
    if (!ev) continue;
    for (const [tp, v] of Object.entries(ev.effects.quality))
      if (v < 0 && (impact.quality.get(tp) ?? 0) < 0 && !words.has(tp)) words.set(tp, ev.verbatim);
    for (const tp of Object.keys(ev.effects.reach))
      if ((impact.reach.get(tp) ?? 0) > 0 && !words.has(tp)) words.set(tp, ev.verbatim);
    for (const [ch, v] of Object.entries(ev.effects.capacity))
      if (v < 1 && (impact.capacity.get(ch) ?? 1) < 1 && !words.has(ch)) words.set(ch, ev.verbatim);
  }
  return words;
}
