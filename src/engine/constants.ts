/**
 * Every strength of an effect in the model, with the finding it comes from. "Link n" refers to the
 * numbered causal links of the simulation design (SIMULATION.md: the links, the findings behind
 * them and the ranges real companies reach); docs/engine.md maps each link to the code and these
 * constants. "Calibration" marks a value that no finding sets: it is chosen so the scenarios land in
 * the design's calibration ranges (a do-nothing company near its sector's average, the best
 * strategies in the leaders' range, never beyond). Where a finding is contested, the effect is kept
 * modest. Scales: quality and expectations 0–1, effort 0–1, engagement and reputation 0–100, money
 * in k€.
 */

// ── Metrics (exact definitions) ────────────────────────────────────────────────────────────────
/** NPS: answers 9–10 are promoters (SIMULATION.md metrics; Reichheld 2003). */
export const PROMOTER_FROM = 9;
/** NPS: answers 0–6 are detractors, 7–8 passives (SIMULATION.md metrics). */
export const DETRACTOR_UP_TO = 6;
/** The 0–10 "recommend" answer of a customer whose remembered journey met expectations exactly, at
 * typical effort and average loyalty, before the individual spread and the reserved raters'
 * ceiling. Calibration, with `RESERVED_RATERS`: do-nothing lands at the sector's NPS. */
export const RECOMMEND_NEUTRAL = 10.8;
/** Points of the 0–10 answer per unit of remembered disconfirmation (link 1: satisfaction follows
 * perceived minus expected, Oliver; links 6–7: the remembered journey). Strength: calibration. */
export const RECOMMEND_PER_EXPERIENCE = 10;
/** Points of the 0–10 answer lost per unit of a journey's mean effort above `EFFORT_TYPICAL`
 * (link 4: effort drives disloyalty, CEB/Gartner 2013). Strength: calibration. */
export const RECOMMEND_PER_EFFORT = 3;
/** Points of the 0–10 answer added at full loyalty (taken away at none), linear around 0.5: NPS is
 * a relationship metric (SIMULATION.md metrics), so a loyal customer recommends more readily.
 * Calibration. */
export const RECOMMEND_PER_LOYALTY = 2.2;
/** Spread of individual answers (uniform ± this), so scores form a distribution. Calibration. */
export const RECOMMEND_NOISE = 3.4;
/** Share of customers who keep the top marks for the exceptional and answer at most
 * `RESERVED_TOP` however good the journey (response styles differ by person and country:
 * Baumgartner & Steenkamp 2001). Why no real company's NPS nears +100: calibration to the
 * SIMULATION.md ranges (Southwest +48 to +66, JetBlue +60, Marriott +62). */
export const RESERVED_RATERS = 0.31;
/** The highest answer a reserved rater gives (see `RESERVED_RATERS`). Calibration. */
export const RESERVED_TOP = 8;
/** CSAT: a contact counts top-2-box (4 or 5 of 5; SIMULATION.md metrics) above this satisfaction.
 * Calibration: the do-nothing airline's CSAT in the 70s (airline ACSI 69–77, SIMULATION.md
 * ranges). */
export const CSAT_TOP2_ABOVE = -0.055;
/** CES 2.0 (1–7): ease = 7 − this × effort at a service contact (link 4; SIMULATION.md metrics:
 * CES is the strongest predictor of loyalty in service, CEB/Gartner 2013). Strength: calibration. */
export const CES_PER_EFFORT = 5;
/** Response rate of relationship (NPS) e-mail surveys, B2C: 13% (Satmetrix 2015). */
export const RESPONSE_RELATIONSHIP = 0.13;
/** Response rate of transactional (CSAT, CES) e-mail surveys, B2C: 16% (Satmetrix 2015). */
export const RESPONSE_TRANSACTIONAL = 0.16;
/** z value of a 95% confidence interval, for the margins of error small samples must show
 * (SIMULATION.md metrics). */
export const Z95 = 1.96;

// ── Link 1: promise → expectations; credibility; gap 4 ─────────────────────────────────────────
/** Expectation added per 50 reputation points above 50 (link 1: reputation and word of mouth move
 * expectations; Zeithaml, Berry & Parasuraman 1993). Strength: calibration. */
export const REPUTATION_TO_EXPECTATION = 0.03;
/** Expectation moved by the price position: a low fare lowers what customers expect (link 12:
 * price and value are separate from satisfaction; link 1). Calibration. */
export const PRICE_EXPECTATION = { low: -0.06, mid: 0, premium: 0.05 } as const;
/** Quality delivered by the price position, per dimension: a low fare pays for less room, fewer
 * staff and less care, a premium price for more (link 12: price and value are separate from
 * satisfaction; a low-cost promise kept well wins share with a middling NPS, Ryanair). It moves
 * what is delivered about half as much again as `PRICE_EXPECTATION` moves what is expected, so
 * cheap does not delight by itself and a premium promise kept well earns its NPS. Calibration. */
export const PRICE_DELIVERED = {
  low: {
    reliability: 0,
    assurance: -0.09,
    tangibles: -0.27,
    empathy: -0.21,
    responsiveness: -0.06,
  },
  mid: { reliability: 0, assurance: 0, tangibles: 0, empathy: 0, responsiveness: 0 },
  premium: {
    reliability: 0.03,
    assurance: 0.1,
    tangibles: 0.18,
    empathy: 0.13,
    responsiveness: 0.06,
  },
} as const;
/** Operating cost by price position, × the scenario's fixed and per-customer costs: a low-cost
 * operation runs leaner, a premium one pays for the room, staff and care its price promises
 * (link 12: a low-cost promise wins on cost; price and value are separate from satisfaction).
 * Close to `PRICE_FACTOR`, so neither position wins on margin alone. Calibration. */
export const PRICE_COST_TO_SERVE = { low: 0.86, mid: 1, premium: 1.13 } as const;
/** Credibility at which customers neither trust nor distrust what the brand says (every level
 * starts here). Calibration. */
export const CREDIBILITY_NEUTRAL = 0.6;
/** Assurance perceived per unit of credibility above `CREDIBILITY_NEUTRAL` (lost below it): a
 * brand whose promise keeps changing or is not kept is trusted less (link 1: changing the promise
 * costs credibility; a promise that is not believed costs trust). Calibration. */
export const CREDIBILITY_TO_TRUST = 0.25;
/** Credibility moves this share of the way to how well the promise is kept, per quarter (link 1: a
 * consistent promise builds credibility; link 14: slowly). Calibration. */
export const CREDIBILITY_RATE = 0.3;
/** Credibility lost when the brand promise changes (link 1: changing it costs credibility).
 * Calibration. */
export const CREDIBILITY_CHANGE_COST = 0.2;
/** Reliability delivered is this much lower in a quarter the brand promise changes: staff are
 * unsure what to deliver (link 1: a promise that keeps changing is not believed, costs trust and
 * confuses staff). Below the standards gap's full weight (`STANDARDS_GAP_QUALITY`). Calibration. */
export const PROMISE_CHANGE_CONFUSION = 0.05;
/** Credibility lost per customer promise added or dropped (link 1). Calibration. */
export const CREDIBILITY_CUSTOMER_PROMISE_CHANGE = 0.04;
/** A brand promise that does not fit the price position is believed and kept this much (its
 * appeal to new customers and the credibility target are multiplied by it): link 12, a low-cost
 * promise works when it is kept (Ryanair); link 1. Calibration. */
export const INCOHERENT_PROMISE_KEPT = 0.6;
/** Communication gap per unit of promised-but-not-delivered quality (link 1: over-promising opens
 * SERVQUAL gap 4). Calibration. */
export const OVERPROMISE_TO_GAP = 5;
/** The credibility target falls by this per unit of communication gap (link 1: a promise not kept
 * is believed less). Calibration. */
export const GAP4_TO_CREDIBILITY = 0.9;
/** Customers take in this share of what the brand promise says even when they do not believe it;
 * the rest scales with credibility (link 1: the promise raises expectations). At 1: a promise sets
 * expectations whether or not it is believed; lost credibility costs trust (`CREDIBILITY_TO_TRUST`)
 * and appeal, never lowers what customers expect (which would reward changing it). Calibration. */
export const PROMISE_HEARD_SHARE = 1;
/** Share of last quarter's communication gap that stays; the rest is this quarter's over-promising
 * (link 1, gap 4; link 14: what customers learned about a promise fades over quarters).
 * Calibration. */
export const COMMUNICATION_GAP_MEMORY = 0.5;

// ── Link 2 and 3: five dimensions, Kano asymmetry ──────────────────────────────────────────────
/** Weight of each SERVQUAL dimension in perceived quality (link 2: reliability weighs most). The
 * split is the one usually quoted from the SERVQUAL studies (Parasuraman, Zeithaml & Berry:
 * reliability 32, responsiveness 22, assurance 19, empathy 16, tangibles 11 of 100 importance
 * points); SIMULATION.md states only that reliability leads. */
export const DIMENSION_IMPORTANCE = {
  reliability: 0.32,
  assurance: 0.19,
  tangibles: 0.11,
  empathy: 0.16,
  responsiveness: 0.22,
} as const;
/** Multipliers on negative (loss) and positive (gain) disconfirmation by Kano shape (link 3:
 * must-be punishes when missing and adds little when present, one-dimensional is linear,
 * delighters only add; Kano 1984). Factors: calibration. */
export const KANO = {
  mustBe: { loss: 1.6, gain: 0.3 },
  linear: { loss: 1, gain: 1 },
  delighter: { loss: 0.3, gain: 1.5 },
} as const;
/** Shortfall felt at a removed must-be touchpoint (link 3: must-be punishes when missing; link 6:
 * one bad touchpoint spoils the whole). Calibration. */
export const MISSING_MUST_BE = 0.45;
/** A must-be touchpoint weighs at least this much when the memory picks its peak, so one that
 * disappoints spoils the journey whatever its own intensity (link 6: one bad touchpoint spoils the
 * whole; link 3). Calibration. */
export const MUST_BE_PEAK_INTENSITY = 2.5;
/** A customer's own expectations around the segment's (uniform ± this per dimension): customers
 * differ. Calibration. */
export const EXPECTATION_SPREAD = 0.12;
/** Spread of one contact's perceived quality (uniform ± this): no two contacts are alike.
 * Calibration. */
export const CONTACT_NOISE = 0.3;
/** Of a contact's 256 noise draws, this many are incidents: something goes wrong whatever the
 * design (a delay, a mislaid bag, a bad day), about 6% of contacts. So no touchpoint pleases
 * everyone (touchpoint CSAT tops out near 96%, issue calibration "roughly 20–95%"; ACSI's best
 * companies reach 80–82 out of 100), and a negative moment is far likelier than a delight to be
 * the one remembered (link 3: a service contact is 4× likelier to cause disloyalty than loyalty).
 * Incidents take the lowest draws, which fall below the CSAT line anyway at a middling touchpoint:
 * they change only the best ones. Calibration. */
export const CONTACT_INCIDENTS = 15;
/** How much further an incident falls than the worst ordinary contact. Calibration. */
export const INCIDENT_DROP = 0.1;

// ── Link 4: effort ─────────────────────────────────────────────────────────────────────────────
/** Effort a typical journey takes: answers, loyalty and churn react to effort above it (link 4).
 * Calibration. */
export const EFFORT_TYPICAL = 0.28;
/** Satisfaction lost per unit of effort at a touchpoint (link 4: effort → disloyalty, CEB/Gartner
 * 2013). Strength: calibration. */
export const EFFORT_TO_SATISFACTION = 0.25;
/** Effort of a channel switch because the preferred channel is closed or cannot serve (link 4:
 * switching channels, a preferred channel that is closed). Calibration. */
export const SWITCH_EFFORT = 0.22;
/** Effort of repeating information between two unconnected channels (link 4: silos; link 5: 58% of
 * organisations run their channels in silos, reference article). Calibration. */
export const SILO_EFFORT = 0.18;
/** Effort per hand-off between departments (link 4: transfers). Calibration. */
export const HANDOFF_EFFORT = 0.06;
/** Wait (minutes) that counts as a full-effort wait (link 4: waits when a channel is over
 * capacity). Calibration. */
export const WAIT_FULL_EFFORT_MINUTES = 30;
/** Effort added by a full-effort wait (link 4). Calibration. */
export const WAIT_EFFORT = 0.3;
/** Responsiveness lost at a full-effort wait: a wait is felt as slowness, not only as effort
 * (link 2: responsiveness). Calibration. */
export const WAIT_RESPONSIVENESS = 0.15;
/** Longest wait (minutes) a customer sits through: past it they abandon, so the wait's effort
 * grows without a ceiling short of abandonment (link 4: waits when a channel is over capacity).
 * Calibration. */
export const WAIT_PATIENCE_MINUTES = 30;
/** Most tries at an overloaded queue before a customer switches channel or gives up. At a load L
 * a try gets through about once in L, so customers try again, each time sitting through the wait:
 * the effort of a queue grows with its load up to this many waits (link 4: waits when a channel is
 * over capacity; repeat contacts). Calibration. */
export const QUEUE_ATTEMPTS = 3;
/** Effort of a contact abandoned in the queue: the customer tried, failed and must try again or
 * elsewhere (link 4: effort, switching; CEB/Gartner 2013). Calibration. */
export const ABANDON_EFFORT = 0.6;
/** Share of service contacts (a rebooking, a complaint) that needed a person and are not resolved
 * when the customer lands in self-service instead, because the human channel is closed or its
 * queue overflows: they give up as if they had abandoned (links 3–4: a preferred channel that is
 * closed, switching, a service contact 4× likelier to cause disloyalty; Gartner 2019 found only
 * 9% of customers solve their issue completely in self-service). Calibration. */
export const SELF_SERVICE_UNRESOLVED = 0.7;
/** Shortfall felt at an abandoned contact: the need was not met (link 3: a service contact is
 * about 4× likelier to cause disloyalty; link 4). Calibration. */
export const ABANDON_SHORTFALL = 0.5;
/** Load above which the queue stops following the M/M/1 curve and piles up (link 4: waits when a
 * channel is over capacity). Calibration. */
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
 * diminishing returns (link 5: a budget spread over many channels lowers each channel's quality —
 * great at a few beats average at many). Calibration. */
export const CHANNEL_FLOOR = 0.72;
/** How strongly the serving channel's quality moves perceived quality around the touchpoint's own
 * (link 5). Calibration. */
export const CHANNEL_WEIGHT = 0.6;
/** The channel quality at which a channel neither adds nor subtracts (link 5). Calibration. */
export const CHANNEL_NEUTRAL = 0.55;
/** Connection moves this share toward its target per quarter, by CX owner (link 10: governance
 * connects channels; link 14: with delay; link 15: with no owner the project stalls and its money
 * is wasted — only 8% of organisations connect all their channels). Calibration. */
export const CONNECTION_RATE = { none: 0, team: 0.2, executive: 0.3, ceo: 0.35 } as const;
/** Added to the connection rate by a cross-department council (link 10). Calibration. */
export const CONNECTION_COUNCIL_BONUS = 0.1;
/** Cost per quarter of connecting one channel while the project runs (connection below
 * `CONNECTION_DONE`), as a share of the quarter's CX budget: integrating systems and processes is a
 * project sized to the company (link 5: only 8% of organisations connect all channels). After it,
 * the level's `connectionCost` keeps it running. Calibration. */
export const CONNECTION_PROJECT_SHARE = 0.015;
/** Connection from which a channel counts as connected and only upkeep is paid. Calibration. */
export const CONNECTION_DONE = 0.9;
/** Effort added per unit of the serving channel's quality below `CHANNEL_NEUTRAL` (taken away
 * above it): a channel run well is easier to use (link 5: great at a few beats average at many;
 * link 4). Calibration. */
export const CHANNEL_QUALITY_EFFORT = 0.6;
/** Appeal to new customers per unit of the best open channel's quality above `CHANNEL_NEUTRAL`
 * (link 5: great service on one channel attracts customers). Kept modest; calibration. */
export const CHANNEL_EXCELLENCE_APPEAL = 0.6;

// ── Link 6 and 7: journey, peak–end ────────────────────────────────────────────────────────────
/** Remembered experience = these weights on the mean, the most intense and the last contact
 * (link 7: peak and end weigh far more than the average; Kahneman et al. 1993, Redelmeier &
 * Kahneman 1996). Weights: calibration. */
export const PEAK_END = { mean: 0.3, peak: 0.35, end: 0.35 } as const;
/** A negative moment's intensity counts this much more when picking the peak (link 3: a service
 * contact is ~4× more likely to cause disloyalty than loyalty, CEB 2013; kept at 2, modest). */
export const NEGATIVE_INTENSITY = 2;
/** Quality added at the touchpoint designed as the peak, at full effectiveness (link 7).
 * Calibration. */
export const DESIGNED_PEAK = 0.08;
/** Quality added at the touchpoint designed as the end, at full effectiveness (link 7).
 * Calibration. */
export const DESIGNED_END = 0.06;

// ── Link 8 and 9: listening, leaders ───────────────────────────────────────────────────────────
/** Knowledge gap (SERVQUAL gap 1) without any listening (link 9: 80% of firms believe they deliver
 * a superior experience, 8% of their customers agree, Bain 2005). Calibration. */
export const KNOWLEDGE_GAP_BASE = 0.7;
/** Knowledge gap closed by a full survey programme (link 8: a VoC programme shrinks the knowledge
 * gap). Calibration. */
export const KNOWLEDGE_FROM_SURVEYS = 0.3;
/** Knowledge gap closed by research, the quarter after it is bought (link 8; link 14: research
 * takes a quarter to pay off). Calibration. */
export const KNOWLEDGE_FROM_RESEARCH = { light: 0.1, deep: 0.2 } as const;
/** Knowledge gap closed per leaders' day in contact with customers (link 9). Calibration. */
export const KNOWLEDGE_FROM_LEADERS_PER_DAY = 0.05;
/** Knowledge gap closed by following up with respondents (link 8: closing the loop). Calibration. */
export const KNOWLEDGE_FROM_LOOP = 0.08;
/** Responses per quarter that count as a full survey programme (link 8): about what a ±5-point
 * margin on a share needs (1.96 · √(0.25 / 400) ≈ 0.05). Calibration. */
export const RESPONSES_FOR_FULL_COVERAGE = 400;
/** The knowledge gap moves this share toward its target per quarter (link 14: delays).
 * Calibration. */
export const KNOWLEDGE_RATE = 0.5;
/** Closing the loop: response rate × (1 + this × trust) (link 8: customers who see feedback acted
 * on respond again, reference article 000). Calibration. */
export const LOOP_RESPONSE_GAIN = 0.6;
/** Trust from closing the loop moves this share toward 1 (the company follows up) or 0 per quarter
 * (link 8; link 14). Calibration. */
export const LOOP_TRUST_RATE = 0.4;
/** Added to the remembered experience of a followed-up respondent (link 8: NPS +34 vs +23 for
 * firms that follow up, CustomerGauge 2013; ~3× as many promoters at the next survey,
 * CustomerGauge 2022). Strength: calibration, modest. */
export const LOOP_RECOVERY = 0.12;
/** Survey fatigue target per invitation per active customer per quarter (quarter step 7: response
 * by fatigue and closing the loop). Calibration. */
export const FATIGUE_PER_INVITATION = 1.2;
/** Fatigue moves this share toward its target per quarter. Calibration. */
export const FATIGUE_RATE = 0.5;
/** An investment's effectiveness falls by this per unit of knowledge gap: you fix what you think
 * matters (links 8–9: the knowledge gap; link 15: most initiatives fail). Calibration. */
export const KNOWLEDGE_WASTE = 0.4;
/** The knowledge gap cannot close below this: listening never shows everything (link 8, link 9).
 * Calibration. */
export const KNOWLEDGE_GAP_FLOOR = 0.05;
/** Survey fatigue never passes this share: some customers always answer (quarter step 7: response
 * by fatigue and closing the loop). Calibration. */
export const FATIGUE_MAX = 0.9;

// ── Link 10: governance ────────────────────────────────────────────────────────────────────────
/** Standards gap (SERVQUAL gap 2) without governance (link 10). Calibration. */
export const STANDARDS_GAP_BASE = 0.45;
/** Standards gap closed by the CX owner: a team without mandate does little, a CEO-led owner a lot
 * (link 10; only ~36% of organisations had a board-level CX executive, Dimension Data 2017).
 * Calibration. */
export const STANDARDS_FROM_OWNER = { none: 0, team: 0.05, executive: 0.18, ceo: 0.25 } as const;
/** The CX owners in the game: nobody, a CX team without mandate, a CX executive on the board with
 * a mandate across departments, the CEO (link 10: a CX owner with mandate shrinks the gaps, a team
 * without one has little effect; only ~36% of organisations had a board-level CX executive,
 * Dimension Data 2017; reference article 004, Laire: does your CX manager have a mandate?). The
 * executive's effects sit between the team's and the CEO's: a mandate, without the CEO's own
 * weight. Their cost is the mean of the level's team and CEO costs (`ownerCost`), so it is scaled
 * to the company. */
export const OWNERS = ['none', 'team', 'executive', 'ceo'] as const;
/** Standards gap closed by a service blueprint and standards project (SERVQUAL gap 2, the
 * specification gap: what customers need turned into service specifications; link 10, reference
 * article 004), acting from the quarter after it is decided (link 14), times how far its owner
 * carries it (`BLUEPRINT_BY_OWNER`). Calibration. */
export const STANDARDS_FROM_BLUEPRINT = 0.1;
/** Share of `STANDARDS_FROM_BLUEPRINT` a project achieves by CX owner: without an owner it is
 * written and shelved (link 15: an investment with no owner is mostly wasted); a team without
 * mandate gets part of it adopted (link 10). Calibration. */
export const BLUEPRINT_BY_OWNER = { none: 0, team: 0.4, executive: 1, ceo: 1 } as const;
/** What the blueprint and standards project costs per quarter while it runs, as a share of the
 * quarterly CX budget (mapping journeys, writing standards with the front line), so it means the
 * same in every scenario. Calibration. */
export const BLUEPRINT_BUDGET_SHARE = 0.01;
/** Standards gap closed by a council across departments (link 10). Calibration. */
export const STANDARDS_FROM_COUNCIL = 0.1;
/** Standards gap closed per leaders' day with customers (link 9: raises commitment to standards,
 * gap 2). Calibration. */
export const STANDARDS_FROM_LEADERS_PER_DAY = 0.025;
/** Standards gap added per unit of knowledge gap above `KNOWLEDGE_GAP_PIVOT` (SERVQUAL: standards
 * are set from what the company believes customers want, so gap 1 feeds gap 2; links 8–10).
 * Calibration. */
export const STANDARDS_FROM_KNOWLEDGE_GAP = 0.25;
/** The standards and delivery gaps move this share toward their targets per quarter (link 14:
 * governance acts over quarters). Calibration. */
export const GOVERNANCE_RATE = 0.3;
/** Knowledge gap at which it neither widens nor narrows the standards gap: standards are written
 * from what the company believes customers want (SERVQUAL gap 1 feeds gap 2; links 8–10).
 * Calibration. */
export const KNOWLEDGE_GAP_PIVOT = 0.5;
/** The standards and delivery gaps cannot close below this (link 10: governance shrinks them, it
 * does not remove them). Calibration. */
export const GAP_FLOOR = 0.03;
/** Quality lost on reliability and assurance per unit of standards gap (link 10; link 2).
 * Calibration. */
export const STANDARDS_GAP_QUALITY = 0.12;
/** Delivery gap (SERVQUAL gap 3) without culture or governance (links 10–11). Calibration. */
export const DELIVERY_GAP_BASE = 0.42;
/** Delivery gap closed per 50 engagement points above 50 (link 11: engagement → service quality
 * delivered, Heskett et al. 1994). Calibration. */
export const DELIVERY_FROM_ENGAGEMENT = 0.25;
/** Delivery gap closed by training, saturating at `TRAINING_REFERENCE` (link 11). Calibration. */
export const DELIVERY_FROM_TRAINING = 0.08;
/** Delivery gap closed by empowering front-line staff (link 11). Calibration. */
export const DELIVERY_FROM_EMPOWERMENT = { low: 0, medium: 0.04, high: 0.08 } as const;
/** Delivery gap closed by a council across departments (link 10: a council shrinks the delivery
 * gap). Calibration. */
export const DELIVERY_FROM_COUNCIL = 0.08;
/** What a customer driver's licence costs per quarter, as a share of the quarterly CX budget: every
 * employee's day a year in customer contact (Aegon, reference article 000), paid in time.
 * Calibration. */
export const DRIVERS_LICENCE_BUDGET_SHARE = 0.02;
/** What reading and logging complaints costs per quarter, as a share of the quarterly CX budget:
 * a listening post (link 8) run by people in service, sized to the company like research (the
 * levels price light research at about 0.85% of the budget). Calibration. */
export const COMPLAINTS_BUDGET_SHARE = 0.005;
/** What following review sites costs per quarter, as a share of the quarterly CX budget: reading
 * and logging public reviews (link 8; reviews from promoters and detractors, step 8). Smaller than
 * complaints: no case to answer. Calibration. */
export const REVIEW_SITES_BUDGET_SHARE = 0.0025;
/** Knowledge gap closed by every employee's day in customer contact (link 9, widened from leaders
 * to all staff; reference article 000, Aegon). Below one leader's day per quarter's effect on the
 * standards: staff hear customers, leaders set standards. Calibration. */
export const KNOWLEDGE_FROM_LICENCE = 0.03;
/** Delivery gap closed by the licence: staff who met customers commit to what they need (link 9:
 * commitment to standards; link 11). Calibration. */
export const DELIVERY_FROM_LICENCE = 0.04;
/** Fewest answers a measured score is reported from; fewer say "not enough answers" instead of a
 * number (truth 4: a score is never 0.0 from an empty or tiny sample; at 5 answers an NPS margin
 * is already about ±50). Calibration. */
export const MIN_ANSWERS = 5;
/** Delivery gap closed by targets used as goals while the loop is closed: staff know what good
 * looks like and hear what customers said (link 8; reference article 000: set goals that steer the
 * business forward). Kept small: targets alone improve nothing. Calibration. */
export const DELIVERY_FROM_GOALS = 0.04;
/** Share of the respondents below the top answer who answer one step better when targets are tied
 * to bonuses: staff ask for a good score and pick whom to ask (survey begging). The measured score
 * rises, the true one does not (link 8, measured vs true). Calibration. */
export const BONUS_GAMING_SHARE = 0.12;
/** Delivery gap closed by the CX owner (link 10: without mandate, little). Calibration. */
export const DELIVERY_FROM_OWNER = { none: 0, team: 0.02, executive: 0.045, ceo: 0.06 } as const;
/** Delivery gap added per unit of last quarter's human load above `STRETCHED_LOAD` (link 11: overload, "more with
 * the same means"). Calibration. */
export const DELIVERY_FROM_OVERLOAD = 0.3;
/** Human-channel load from which staff are stretched: engagement and delivery erode from here, not
 * only once demand passes capacity (link 11: "more with the same means"). Calibration. */
export const STRETCHED_LOAD = 0.85;
/** Quality lost on reliability and responsiveness per unit of delivery gap (links 10–11; link 2).
 * Calibration. */
export const DELIVERY_GAP_QUALITY = 0.14;

// ── Link 11: culture and the service-profit chain ──────────────────────────────────────────────
/** Engagement target (0–100) with no culture spending, typical attitude hires, low empowerment,
 * staffing 1, no owner and no overload (link 11). Calibration. */
export const ENGAGEMENT_BASE = 48;
/** Engagement moves this share toward its target per quarter (link 11: with a lag of one or more
 * quarters; link 14). Calibration. */
export const ENGAGEMENT_RATE = 0.35;
/** Hiring for attitude renews this share of the workforce per quarter (link 14: culture acts over
 * quarters). Calibration. */
export const ATTITUDE_HIRING_RATE = 0.12;
/** Share of the workforce hired for attitude at which attitude neither adds to nor takes from
 * engagement (link 11). Calibration. */
export const ATTITUDE_HIRES_TYPICAL = 0.25;
/** Engagement points per unit of workforce share hired for attitude above typical (link 11:
 * engagement is where the service-profit chain starts; quarter step 2: culture moves it).
 * Calibration. */
export const ENGAGEMENT_FROM_ATTITUDE = 20;
/** Engagement points bought by training, saturating (link 11; quarter step 2). Calibration. */
export const ENGAGEMENT_FROM_TRAINING = 10;
/** Training spend that buys about two thirds of its effect, as a share of the quarter's CX
 * budget: the same decision means the same in a bike shop and an airline. Calibration. */
export const TRAINING_REFERENCE = 0.0125;
/** Engagement points from empowering front-line staff (link 11; quarter step 2). Calibration. */
export const ENGAGEMENT_FROM_EMPOWERMENT = { low: 0, medium: 5, high: 9 } as const;
/** Engagement points bought by well-being spending, saturating (link 11; quarter step 2).
 * Calibration. */
export const ENGAGEMENT_FROM_WELLBEING = 8;
/** Well-being spend that buys about two thirds of its effect, as a share of the quarter's CX
 * budget (as `TRAINING_REFERENCE`). Calibration. */
export const WELLBEING_REFERENCE = 0.0105;
/** Engagement points per unit of staffing above/below 1 (link 11: "more with the same means"
 * erodes engagement, so more means help). Calibration. */
export const ENGAGEMENT_FROM_STAFFING = 16;
/** Engagement points from a CX owner (link 10; link 11). Kept small; calibration. */
export const ENGAGEMENT_FROM_OWNER = { none: 0, team: 1, executive: 2, ceo: 3 } as const;
/** Engagement points lost per unit of last quarter's human load above `STRETCHED_LOAD` (link 11: overload, demand
 * above capacity, erodes engagement). Calibration. */
export const ENGAGEMENT_FROM_OVERLOAD = 45;
/** Quality per 50 engagement points above 50 on empathy, assurance and responsiveness of human
 * channels (link 11: service-profit chain; Sears: 5 units of employee attitude → 1.3 units of
 * customer impression, Rucci et al. 1998). Strength: calibration, modest. */
export const ENGAGEMENT_TO_QUALITY = 0.1;
/** Digital channels feel this share of engagement's effect on quality (back office only; link 11).
 * Calibration. */
export const ENGAGEMENT_DIGITAL_SHARE = 0.3;

// ── Link 12 and 13: price, loyalty, money ──────────────────────────────────────────────────────
/** Revenue per customer by price position, × the segment's spend (link 12: price and value are
 * separate from satisfaction; link 13). Calibration. */
export const PRICE_FACTOR = { low: 0.86, mid: 1, premium: 1.16 } as const;
/** Appeal to new customers per unit of price sensitivity: low fares win share regardless of NPS
 * (link 12: Ryanair is last in satisfaction surveys yet grows). Calibration. */
export const PRICE_APPEAL = { low: 0.55, mid: 0, premium: -0.45 } as const;
/** Churn added for a customer of price sensitivity 0.5, in proportion to it: price-sensitive
 * customers leave a premium price more easily (link 12). Kept small; calibration. */
export const PRICE_CHURN = { low: -0.02, mid: 0, premium: 0.03 } as const;
/** Promoters spend this share more (link 13: promoters say they will buy more 2.6–6.7× as often as
 * detractors, XM Institute 2023; growth from NPS is contested, so modest). */
export const SPEND_PROMOTER = 0.06;
/** Detractors spend this share less (link 13, as `SPEND_PROMOTER`). */
export const SPEND_DETRACTOR = -0.06;
/** Share more spent at full loyalty (less at none), linear around 0.5 (link 13: loyalty → money).
 * Kept modest; calibration. */
export const SPEND_PER_LOYALTY = 0.12;
/** Churn per quarter for a customer at loyalty 0.5, at typical effort, not disappointed (link 13).
 * Calibration. */
export const CHURN_BASE = 0.06;
/** Churn added per unit of loyalty below 0.5 (taken away above it) (link 11: satisfaction →
 * loyalty; link 13). Calibration. */
export const CHURN_PER_DISLOYALTY = 0.16;
/** Churn per unit of last quarter's effort above typical (link 4: 96% of high-effort customers
 * become more disloyal vs 9% of low-effort ones, CEB/Gartner 2013; link 13: churn follows effort).
 * Calibration. */
export const CHURN_PER_EFFORT = 0.12;
/** Churn per unit of negative remembered experience (link 13: churn follows disconfirmation).
 * Calibration. */
export const CHURN_PER_DISAPPOINTMENT = 0.15;
/** Churn per quarter never passes this (link 13). Calibration. */
export const CHURN_MAX = 0.8;
/** Churn per quarter never falls below this: some customers always leave (link 13). Calibration. */
export const CHURN_MIN = 0.01;
/** Loyalty moves this share toward the quarter's experience (link 11: with a lag; link 14).
 * Calibration. */
export const LOYALTY_RATE = 0.35;
/** Loyalty target per unit of remembered experience (link 11: satisfaction → loyalty; link 7).
 * Calibration. */
export const LOYALTY_PER_EXPERIENCE = 1.6;
/** Loyalty target lost per unit of effort above typical (link 4: effort → disloyalty).
 * Calibration. */
export const LOYALTY_PER_EFFORT = 0.9;
/** Log-appeal to new customers per unit of the brand promise's appeal to the segment, believed in
 * proportion to credibility (link 13: new customers follow promise appeal). Calibration. */
export const APPEAL_PER_PROMISE = 0.45;
/** Log-appeal per 50 reputation points above 50 (link 13: new customers follow reviews; link 14).
 * Calibration. */
export const APPEAL_PER_REPUTATION = 0.5;
/** Log-appeal per unit of last quarter's promoter share minus detractor share (link 13: new
 * customers follow word of mouth). Calibration. */
export const APPEAL_PER_WORD_OF_MOUTH = 0.8;
/** Log-appeal of a targeted segment (link 13: promise appeal, aimed at the segment). No finding in
 * SIMULATION.md sizes it; calibration. */
export const APPEAL_TARGETED = 0.25;
/** Log-appeal of a segment left out when others are targeted (as `APPEAL_TARGETED`). Calibration. */
export const APPEAL_UNTARGETED = -0.1;
/** New customers start at this share of their segment's loyalty: loyalty follows experience
 * (link 11: satisfaction → loyalty), which they have not had yet. Calibration. */
export const NEW_CUSTOMER_LOYALTY = 0.8;
/** Width of a customer's own price sensitivity around the segment's (uniform, ± half of it): who
 * reacts to price varies within a segment (link 12). Calibration. */
export const PRICE_SENSITIVITY_RANGE = 0.3;

// ── Link 14: delays ────────────────────────────────────────────────────────────────────────────
/** Reputation moves this share toward its target per quarter when rising (link 14: a reputation
 * is slow to build). Calibration. */
export const REPUTATION_UP_RATE = 0.15;
/** … and this share when falling (link 14: quick to lose). Calibration. */
export const REPUTATION_DOWN_RATE = 0.4;
/** Reputation target = 50 + this × true NPS (quarter step 8: word of mouth and reviews from
 * promoters and detractors feed reputation). Calibration. */
export const REPUTATION_PER_NPS = 0.6;

// ── Link 15: most initiatives fail ─────────────────────────────────────────────────────────────
/** Effectiveness of an investment with no owner, no measurement and no link to the promise: most
 * of it is wasted (link 15: 70–80% of CX initiatives miss their goals). */
export const EFFECTIVENESS_BASE = 0.2;
/** Effectiveness added by a CX owner (link 15: an investment with no owner is mostly wasted;
 * link 10: a team without mandate does little). Calibration. */
export const EFFECTIVENESS_OWNER = { none: 0, team: 0.15, executive: 0.25, ceo: 0.3 } as const;
/** Effectiveness added when the touchpoint is measured (link 15: no measurement, mostly wasted).
 * Calibration. */
export const EFFECTIVENESS_MEASURED = 0.25;
/** Effectiveness added when the touchpoint is linked to the promise (link 15). Calibration. */
export const EFFECTIVENESS_LINKED = 0.25;
/** A touchpoint counts as linked to the brand promise when the promise speaks to the touchpoint's
 * weightiest dimension at least this share as strongly as to the dimension it stresses most
 * (link 15: an investment with no link to the promise is mostly wasted). Calibration. */
export const PROMISE_LINK_SHARE = 0.5;
/** Quality a touchpoint can gain from investment at full effectiveness (link 3: exceeding
 * expectations gains little loyalty at 10–20% extra cost, CEB 2013). Calibration. */
export const INVESTMENT_MAX_QUALITY = 0.12;
/** Investment in one touchpoint that buys about two thirds of `INVESTMENT_MAX_QUALITY`, as a
 * share of the quarter's CX budget (as `TRAINING_REFERENCE`). Calibration. */
export const INVESTMENT_REFERENCE = 0.019;
/** Lasting quality of a redesign at full effectiveness, landing next quarter (link 14; link 15).
 * Calibration. */
export const REDESIGN_QUALITY = 0.06;
/** Lasting share of a touchpoint's design effort a redesign removes at full effectiveness (link 4:
 * effort; link 14). Calibration. */
export const REDESIGN_EFFORT_RELIEF = 0.12;
/** Lasting quality bought for a touchpoint cannot exceed this (SIMULATION.md ranges: the best
 * strategies reach the leaders' range, never beyond). Calibration. */
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
/** Promoter share before the first quarter: equal to the detractors', so word of mouth starts
 * neutral (link 13). Calibration. */
export const START_PROMOTERS = 0.3;
/** Detractor share before the first quarter (see `START_PROMOTERS`). Calibration. */
export const START_DETRACTORS = 0.3;
/** Share of the workforce hired for attitude at the start, when the company already hires for it
 * and when it does not (link 11; link 14: culture changes slowly). Calibration. */
export const START_ATTITUDE_HIRES = { hiring: 0.5, notHiring: 0.1 } as const;
/** Trust from closing the loop at the start for a company that already does (link 8). Calibration. */
export const START_LOOP_TRUST = 0.5;
/** Width of the starting customers' loyalty around their segment's (uniform, ± half of it).
 * Calibration. */
export const START_LOYALTY_SPREAD = 0.3;

// ── Presentation (no effect on the simulation) ─────────────────────────────────────────────────
/** Customers whose path the Run screen animates. */
export const PATH_SAMPLE = 40;
/** Verbatim comments per quarter at most. */
export const MAX_VERBATIMS = 6;
/** Comments per listening post and quarter at most, so every post that heard something shows. */
export const MAX_COMMENTS_PER_POST = 3;
/** Step mood (the paths' −1…1) at or below which a survey respondent writes a complaint in the
 * comment field, and at or above which praise. Presentation. */
export const COMMENT_ANGRY = -0.35;
export const COMMENT_DELIGHTED = 0.45;
/** What a customer remembers of the quarter (peak–end, link 7; the satisfaction scale) at or below
 * which they may complain or post a bad review unasked, and at or above which a good review:
 * unsolicited feedback comes from strong feelings, mostly bad (link 3: a contact is ~4× likelier
 * to cause disloyalty than loyalty), so it shows problems and is no sample. Calibration: in the
 * levels' first quarters about 5–10% of customers remember worse than this. */
export const UNSOLICITED_BAD = -0.35;
export const UNSOLICITED_GOOD = 0.3;
/** Minutes of waiting at or above which a customer who had a bad moment names the wait. */
export const COMMENT_LONG_WAIT = 10;
/** Connection of two channels below which a switch between them means explaining again (link 5). */
export const COMMENT_SILO = 0.5;
/** Share of engagement's effect on satisfaction that the drivers panel shows: a display
 * approximation (engagement acts on assurance, empathy and responsiveness, link 11), not the
 * touchpoints' own weights. */
export const DRIVER_ENGAGEMENT_SHARE = 0.6;
/** How the drivers panel weighs the gaps' quality loss on reliability, assurance and
 * responsiveness (links 10–11): a display approximation, not the touchpoints' own weights. */
export const DRIVER_GAP_WEIGHTS = {
  reliability: 0.55,
  assurance: 0.2,
  responsiveness: 0.25,
} as const;
