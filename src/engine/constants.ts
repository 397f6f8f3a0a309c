/**
 * Every strength of an effect in the model, with the finding it comes from. "Link n" refers to the
 * numbered causal links of the simulation design (docs/engine.md repeats them). Where a finding is
 * contested, the effect is kept modest. Scales: quality and expectations 0–1, effort 0–1,
 * engagement and reputation 0–100, money in k€.
 */

// ── Metrics (exact definitions) ────────────────────────────────────────────────────────────────
/** NPS: 9–10 promoters, 0–6 detractors (Reichheld 2003). */
export const PROMOTER_FROM = 9;
export const DETRACTOR_UP_TO = 6;
/** Survey answers: the 0–10 "recommend" starts here for a customer whose journey met expectations
 * exactly, loyalty average, before the individual spread and the reserved raters' ceiling
 * (calibrated with `RESERVED_RATERS` so do-nothing lands at the sector NPS; ACSI/NPS tables). */
export const RECOMMEND_NEUTRAL = 10.5;
/** Points of the 0–10 answer per unit of remembered disconfirmation (Oliver 1980: satisfaction
 * follows perceived minus expected). */
export const RECOMMEND_PER_EXPERIENCE = 10;
/** Points of the 0–10 answer lost per unit of effort (link 4, CEB 2013: effort is the strongest
 * driver of disloyalty). */
export const RECOMMEND_PER_EFFORT = 3;
/** Points per unit of loyalty above/below 0.5 (a loyal customer recommends more readily). */
export const RECOMMEND_PER_LOYALTY = 2.2;
/** Spread of individual answers (uniform ± this), so scores form a distribution. */
export const RECOMMEND_NOISE = 2.4;
/** Share of customers who keep the top marks for the exceptional and answer at most
 * `RESERVED_TOP` however good the journey (response styles differ by person and country:
 * Baumgartner & Steenkamp 2001). Why no real company's NPS nears +100 (SIMULATION.md calibration:
 * the best airlines reach about +65, the best hotels about +75). */
export const RESERVED_RATERS = 0.31;
export const RESERVED_TOP = 8;
/** CSAT: a contact counts top-2-box (4 or 5 of 5) above this satisfaction (ACSI-like airline
 * CSAT in the 70s at do-nothing). */
export const CSAT_TOP2_ABOVE = -0.055;
/** CES 2.0 (1–7): ease = 7 − this × effort at a service contact (CEB 2013 scale). */
export const CES_PER_EFFORT = 5;
/** Response rates of e-mail surveys, B2C: relationship 13%, transactional 16% (Satmetrix 2015). */
export const RESPONSE_RELATIONSHIP = 0.13;
export const RESPONSE_TRANSACTIONAL = 0.16;
/** 95% confidence: z value for margins of error. */
export const Z95 = 1.96;

// ── Link 1: promise → expectations; credibility; gap 4 ─────────────────────────────────────────
/** Expectation added per reputation point above 50, per 50 points (reputation raises
 * expectations; Zeithaml, Berry & Parasuraman 1993). */
export const REPUTATION_TO_EXPECTATION = 0.03;
/** Price position moves expectations: a low fare lowers what customers expect (link 12). */
export const PRICE_EXPECTATION = { low: -0.06, mid: 0, premium: 0.05 } as const;
/** Credibility moves this share of the way to how well the promise is kept, per quarter. */
export const CREDIBILITY_RATE = 0.3;
/** Credibility lost when the brand promise changes (link 1: changing it costs credibility). */
export const CREDIBILITY_CHANGE_COST = 0.2;
/** … and per customer promise added or dropped. */
export const CREDIBILITY_CUSTOMER_PROMISE_CHANGE = 0.04;
/** A promise that does not fit the price position is believed less (Emirates and Ryanair each
 * keep their own promise). */
export const INCOHERENT_PROMISE_KEPT = 0.6;
/** Communication gap per unit of promised-but-not-delivered quality. */
export const OVERPROMISE_TO_GAP = 5;
/** Keeping the promise: credibility target falls by this per unit of communication gap. */
export const GAP4_TO_CREDIBILITY = 0.9;
/** Customers take in this share of what the brand promise says even when they do not believe it;
 * the rest scales with credibility (link 1: the promise raises expectations; a consistent promise
 * builds credibility). Calibration. */
export const PROMISE_HEARD_SHARE = 0.5;
/** Share of last quarter's communication gap that stays; the rest is this quarter's over-promising
 * (link 1, gap 4; link 14: what customers learned about a promise fades over quarters).
 * Calibration. */
export const COMMUNICATION_GAP_MEMORY = 0.5;

// ── Link 2 and 3: five dimensions, Kano asymmetry ──────────────────────────────────────────────
/** Reliability weighs most (Parasuraman et al. 1988: ~32% of importance vs ~22/11/16/22). */
export const DIMENSION_IMPORTANCE = {
  reliability: 0.32,
  assurance: 0.19,
  tangibles: 0.11,
  empathy: 0.16,
  responsiveness: 0.22,
} as const;
/** Kano (1984): must-be punishes when missing, adds little when present; delighters the reverse.
 * Multipliers on negative / positive disconfirmation. */
export const KANO = {
  mustBe: { loss: 1.6, gain: 0.3 },
  linear: { loss: 1, gain: 1 },
  delighter: { loss: 0.3, gain: 1.5 },
} as const;
/** A removed must-be touchpoint is felt as missing (Kano): this shortfall at that step. */
export const MISSING_MUST_BE = 0.45;
/** Individual spread of expectations around the segment's (uniform ± this per dimension). */
export const EXPECTATION_SPREAD = 0.12;
/** Spread of one contact's perceived quality (uniform ± this). */
export const CONTACT_NOISE = 0.16;

// ── Link 4: effort ─────────────────────────────────────────────────────────────────────────────
/** Effort a typical journey takes: loyalty, answers and churn react to effort above it. */
export const EFFORT_TYPICAL = 0.28;
/** Satisfaction lost per unit of effort at a touchpoint. */
export const EFFORT_TO_SATISFACTION = 0.25;
/** Effort of a channel switch because the preferred channel is closed or cannot serve. */
export const SWITCH_EFFORT = 0.22;
/** Effort of repeating information between two unconnected channels (silo; reference article:
 * 58% of organisations run channels in silos). */
export const SILO_EFFORT = 0.18;
/** Effort per hand-off between departments; a cross-department council halves it. */
export const HANDOFF_EFFORT = 0.06;
/** Wait (minutes) that counts as full effort. */
export const WAIT_FULL_EFFORT_MINUTES = 30;
/** Share of the wait-effort: a wait hurts responsiveness as well as effort. */
export const WAIT_EFFORT = 0.3;
/** Load above which queues build (queueing: waits explode as load nears 1). */
export const LOAD_CEILING = 0.95;
/** Queue factor added per unit of load above `LOAD_CEILING`: once demand passes capacity, waits
 * pile up (link 4: waits when a channel is over capacity; link 11: demand above capacity).
 * Calibration. */
export const QUEUE_OVERFLOW = 200;
/** The M/M/1 queue factor ρ/(1−ρ) at 70% load, where a channel waits its scenario's base wait ("at
 * a comfortable load"); waits scale from it. Calibration. */
export const QUEUE_REFERENCE = 0.7 / 0.3;
/** A cross-department council multiplies hand-off effort by this (link 10: a council across
 * departments shrinks the delivery gap; link 4: transfers cost effort). Calibration. */
export const COUNCIL_HANDOFF_FACTOR = 0.5;

// ── Link 5: channels ───────────────────────────────────────────────────────────────────────────
/** An unfunded channel runs at this share of its quality; funding per contact lifts the rest with
 * diminishing returns (great at a few beats average at many; McKinsey 2015). */
export const CHANNEL_FLOOR = 0.72;
/** How strongly the channel's quality moves perceived quality (around the touchpoint's own). */
export const CHANNEL_WEIGHT = 0.6;
/** The channel quality at which it neither adds nor subtracts. */
export const CHANNEL_NEUTRAL = 0.55;
/** Connection moves this share toward its target per quarter with no owner; more with governance
 * (link 10, link 14: acting with delay). */
export const CONNECTION_RATE = { none: 0.15, team: 0.25, ceo: 0.5 } as const;
export const CONNECTION_COUNCIL_BONUS = 0.15;
/** Great service on one channel attracts customers: appeal per unit of the best channel's quality
 * above neutral (reference article; modest). */
export const CHANNEL_EXCELLENCE_APPEAL = 0.6;

// ── Link 6 and 7: journey, peak–end ────────────────────────────────────────────────────────────
/** Remembered experience = mean, peak and end (Kahneman et al. 1993; Redelmeier & Kahneman 1996). */
export const PEAK_END = { mean: 0.3, peak: 0.35, end: 0.35 } as const;
/** A negative moment's intensity counts this much more when picking the peak (CEB 2013: a service
 * contact is ~4× more likely to cause disloyalty than loyalty; kept at 2 in the memory). */
export const NEGATIVE_INTENSITY = 2;
/** Quality added at the touchpoint designed as peak, and at the designed end (when passed). */
export const DESIGNED_PEAK = 0.08;
export const DESIGNED_END = 0.06;

// ── Link 8 and 9: listening, leaders ───────────────────────────────────────────────────────────
/** Knowledge gap without any listening (Bain 2005: 80% think they excel, 8% of customers agree). */
export const KNOWLEDGE_GAP_BASE = 0.7;
export const KNOWLEDGE_FROM_SURVEYS = 0.3;
export const KNOWLEDGE_FROM_RESEARCH = { light: 0.1, deep: 0.2 } as const;
export const KNOWLEDGE_FROM_LEADERS_PER_DAY = 0.05;
export const KNOWLEDGE_FROM_LOOP = 0.08;
/** Responses per quarter that count as a full survey programme. */
export const RESPONSES_FOR_FULL_COVERAGE = 400;
/** Gaps move this share toward their target per quarter (link 14). */
export const KNOWLEDGE_RATE = 0.5;
/** Closing the loop: customers who see feedback acted on respond more (reference article 000;
 * CustomerGauge 2022) — response rate × (1 + this × trust). */
export const LOOP_RESPONSE_GAIN = 0.6;
export const LOOP_TRUST_RATE = 0.4;
/** Followed-up respondents remember better (CustomerGauge 2013: NPS +34 vs +23). */
export const LOOP_RECOVERY = 0.12;
/** Survey fatigue per invitation per active customer per quarter. */
export const FATIGUE_PER_INVITATION = 1.2;
export const FATIGUE_RATE = 0.5;
/** An investment is wasted in proportion to the knowledge gap (you fix what you think matters). */
export const KNOWLEDGE_WASTE = 0.4;
/** The knowledge gap cannot close below this: listening never shows everything (link 8, link 9).
 * Calibration. */
export const KNOWLEDGE_GAP_FLOOR = 0.05;
/** Survey fatigue never passes this share: some customers always answer (quarter step 7: response
 * by fatigue and closing the loop). Calibration. */
export const FATIGUE_MAX = 0.9;

// ── Link 10: governance ────────────────────────────────────────────────────────────────────────
export const STANDARDS_GAP_BASE = 0.45;
/** A CX team without mandate does little; a CEO-led owner a lot (Dimension Data 2017: ~36% have a
 * board-level CX executive). */
export const STANDARDS_FROM_OWNER = { none: 0, team: 0.05, ceo: 0.25 } as const;
export const STANDARDS_FROM_COUNCIL = 0.1;
export const STANDARDS_FROM_LEADERS_PER_DAY = 0.025;
export const STANDARDS_FROM_KNOWLEDGE_GAP = 0.25;
export const GOVERNANCE_RATE = 0.3;
/** Knowledge gap at which it neither widens nor narrows the standards gap: standards are written
 * from what the company believes customers want (SERVQUAL gap 1 feeds gap 2; links 8–10).
 * Calibration. */
export const KNOWLEDGE_GAP_PIVOT = 0.5;
/** The standards and delivery gaps cannot close below this (link 10: governance shrinks them, it
 * does not remove them). Calibration. */
export const GAP_FLOOR = 0.03;
/** Quality lost on reliability and assurance per unit of standards gap. */
export const STANDARDS_GAP_QUALITY = 0.12;
export const DELIVERY_GAP_BASE = 0.42;
export const DELIVERY_FROM_ENGAGEMENT = 0.25;
export const DELIVERY_FROM_TRAINING = 0.08;
export const DELIVERY_FROM_EMPOWERMENT = { low: 0, medium: 0.04, high: 0.08 } as const;
export const DELIVERY_FROM_COUNCIL = 0.08;
export const DELIVERY_FROM_OWNER = { none: 0, team: 0.02, ceo: 0.06 } as const;
export const DELIVERY_FROM_OVERLOAD = 0.3;
/** Quality lost on reliability and responsiveness per unit of delivery gap. */
export const DELIVERY_GAP_QUALITY = 0.14;

// ── Link 11: culture and the service-profit chain ──────────────────────────────────────────────
export const ENGAGEMENT_BASE = 48;
/** Engagement moves this share toward its target per quarter (culture acts with lag). */
export const ENGAGEMENT_RATE = 0.35;
/** Hiring for attitude changes the workforce slowly: share renewed per quarter. */
export const ATTITUDE_HIRING_RATE = 0.12;
/** Share of the workforce hired for attitude at which attitude neither adds to nor takes from
 * engagement (link 11). Calibration. */
export const ATTITUDE_HIRES_TYPICAL = 0.25;
export const ENGAGEMENT_FROM_ATTITUDE = 20;
export const ENGAGEMENT_FROM_TRAINING = 10;
export const TRAINING_REFERENCE = 600;
export const ENGAGEMENT_FROM_EMPOWERMENT = { low: 0, medium: 5, high: 9 } as const;
export const ENGAGEMENT_FROM_WELLBEING = 8;
export const WELLBEING_REFERENCE = 500;
export const ENGAGEMENT_FROM_STAFFING = 16;
export const ENGAGEMENT_FROM_OWNER = { none: 0, team: 1, ceo: 3 } as const;
/** Overload ("more with the same means") erodes engagement: per unit of human load above 1. */
export const ENGAGEMENT_FROM_OVERLOAD = 45;
/** Engagement → quality: Sears (Rucci et al. 1998): 5 units attitude → 1.3 units impression. Quality
 * per 50 engagement points on empathy, assurance, responsiveness of human channels. */
export const ENGAGEMENT_TO_QUALITY = 0.1;
/** Digital channels feel engagement less (back office only). */
export const ENGAGEMENT_DIGITAL_SHARE = 0.3;

// ── Link 12 and 13: price, loyalty, money ──────────────────────────────────────────────────────
export const PRICE_FACTOR = { low: 0.86, mid: 1, premium: 1.16 } as const;
/** Appeal to new customers per unit of price sensitivity: low fares win share regardless of NPS
 * (Ryanair). */
export const PRICE_APPEAL = { low: 0.55, mid: 0, premium: -0.45 } as const;
/** Existing price-sensitive customers leave a premium price more easily. */
export const PRICE_CHURN = { low: -0.02, mid: 0, premium: 0.03 } as const;
/** Promoters spend a little more and detractors a little less (XM Institute 2023: promoters say
 * they will buy more 2.6–6.7× as often; contested → modest). */
export const SPEND_PROMOTER = 0.06;
export const SPEND_DETRACTOR = -0.06;
export const SPEND_PER_LOYALTY = 0.12;
/** Churn per quarter for a customer at loyalty 0.5, no effort. */
export const CHURN_BASE = 0.06;
export const CHURN_PER_DISLOYALTY = 0.16;
/** Effort → disloyalty (CEB 2013: 96% vs 9%): churn per unit of last quarter's effort. */
export const CHURN_PER_EFFORT = 0.12;
/** Disappointment: churn per unit of negative remembered experience. */
export const CHURN_PER_DISAPPOINTMENT = 0.15;
export const CHURN_MAX = 0.8;
/** Churn per quarter never falls below this: some customers always leave (link 13). Calibration. */
export const CHURN_MIN = 0.01;
/** Loyalty moves this share toward the quarter's experience. */
export const LOYALTY_RATE = 0.35;
export const LOYALTY_PER_EXPERIENCE = 1.6;
export const LOYALTY_PER_EFFORT = 0.9;
/** Appeal: promise, reputation, word of mouth, targeting, customer promises (link 13). */
export const APPEAL_PER_PROMISE = 0.45;
export const APPEAL_PER_REPUTATION = 0.5;
export const APPEAL_PER_WORD_OF_MOUTH = 0.8;
export const APPEAL_TARGETED = 0.25;
export const APPEAL_UNTARGETED = -0.1;
/** New customers start at this share of their segment's loyalty: loyalty follows experience
 * (link 11: satisfaction → loyalty), which they have not had yet. Calibration. */
export const NEW_CUSTOMER_LOYALTY = 0.8;
/** Width of a customer's own price sensitivity around the segment's (uniform, ± half of it): who
 * reacts to price varies within a segment (link 12). Calibration. */
export const PRICE_SENSITIVITY_RANGE = 0.3;

// ── Link 14: delays ────────────────────────────────────────────────────────────────────────────
/** A reputation is slow to build and quick to lose. */
export const REPUTATION_UP_RATE = 0.15;
export const REPUTATION_DOWN_RATE = 0.4;
/** Reputation target per point of NPS (around 50). */
export const REPUTATION_PER_NPS = 0.6;

// ── Link 15: most initiatives fail ─────────────────────────────────────────────────────────────
/** Effectiveness of an investment: a base plus owner, measurement and link to the promise
 * (70–80% of CX initiatives miss their goals). */
export const EFFECTIVENESS_BASE = 0.2;
export const EFFECTIVENESS_OWNER = { none: 0, team: 0.15, ceo: 0.3 } as const;
export const EFFECTIVENESS_MEASURED = 0.25;
export const EFFECTIVENESS_LINKED = 0.25;
/** A touchpoint counts as linked to the brand promise when the promise speaks to the touchpoint's
 * weightiest dimension at least this share as strongly as to its own main one (link 15: an
 * investment with no link to the promise is mostly wasted). Calibration. */
export const PROMISE_LINK_SHARE = 0.5;
/** Quality a touchpoint can gain from investment at full effectiveness, and the spend (k€) that
 * buys about two thirds of it (Kano/CEB: exceeding expectations gains little for 10–20% cost). */
export const INVESTMENT_MAX_QUALITY = 0.12;
export const INVESTMENT_REFERENCE = 900;
/** Lasting quality of a redesign at full effectiveness, and its effort relief. */
export const REDESIGN_QUALITY = 0.06;
export const REDESIGN_EFFORT_RELIEF = 0.12;
/** Lasting quality cannot exceed this. */
export const MAX_LASTING_QUALITY = 0.2;
/** Lasting effort relief cannot take away more than this share of a touchpoint's design effort
 * (link 4: some effort always remains). Calibration. */
export const MAX_EFFORT_RELIEF = 0.8;

// ── A new game's starting state ────────────────────────────────────────────────────────────────
/** Communication gap at the start: a typical company over-promises a little (link 1, gap 4).
 * Calibration. */
export const START_COMMUNICATION_GAP = 0.2;
/** Human-channel load of last quarter at the start: busy but under capacity, so overload erodes
 * nothing in the first quarter (link 11). Calibration. */
export const START_OVERLOAD = 0.85;
/** Promoter and detractor shares before the first quarter: equal, so word of mouth starts neutral
 * (link 13). Calibration. */
export const START_PROMOTERS = 0.3;
export const START_DETRACTORS = 0.3;
/** Share of the workforce hired for attitude at the start, when the company already hires for it
 * and when it does not (link 11; link 14: culture changes slowly). Calibration. */
export const START_ATTITUDE_HIRES = { hiring: 0.5, notHiring: 0.1 } as const;
/** Trust from closing the loop at the start for a company that already does (link 8). Calibration. */
export const START_LOOP_TRUST = 0.5;
/** Width of the starting customers' loyalty around their segment's (uniform, ± half of it).
 * Calibration. */
export const START_LOYALTY_SPREAD = 0.3;

// ── Presentation ───────────────────────────────────────────────────────────────────────────────
/** Customers whose path the Run screen animates. */
export const PATH_SAMPLE = 40;
/** Verbatim comments per quarter at most. */
export const MAX_VERBATIMS = 6;
/** How the drivers panel shares engagement's and the gaps' effect on satisfaction out over the
 * dimensions they touch: a display approximation (engagement acts on assurance, empathy and
 * responsiveness, link 11; the standards and delivery gaps on reliability, assurance and
 * responsiveness, link 10), not the touchpoints' own weights. No effect on the simulation. */
export const DRIVER_ENGAGEMENT_SHARE = 0.6;
export const DRIVER_GAP_WEIGHTS = {
  reliability: 0.55,
  assurance: 0.2,
  responsiveness: 0.25,
} as const;

/** Responsiveness lost at a full-effort wait (waits are felt as slowness, not only effort). */
export const WAIT_RESPONSIVENESS = 0.15;
