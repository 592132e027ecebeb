import type { QuestionCategory } from '@/lib/engine/content/schema'

// Every number the scoring and the plan's sizing use, with where it came from. Change them here, then re-run the
// persona tests (tests/unit/personas.test.ts). How they combine is in lib/engine/scoring/skill-score.ts.

/**
 * The evidence hierarchy. A question's option weights (content/questions.json, −3..3 per skill) are multiplied by
 * the weight of the question's kind:
 * - what you did — how often you really did something (`behaviour`, ×2) and engineering work ticked from a list
 *   (`crosswalk`, ×1.5: a tick is real, a missing tick is weak evidence);
 * - what you would do — everyday scenarios (`scenario`, ×2 on options of ±1, so one scenario moves a skill about a
 *   fifth as much as one behaviour question); situational-judgement items predict performance better than
 *   self-ratings but worse than a record of behaviour;
 * - how you rate yourself — five observable levels (`self-rating`, ×0.4): self-ratings track real skill only loosely
 *   (r ≈ .2–.3 in the self-assessment literature), so one counts for less than one scenario;
 * - background (`context`, ×1) such as years as an engineer; motivation feeds the verdict only (×0).
 * A "never" on a real behaviour caps the skill it evidences (content: `caps`), whatever the other answers say.
 */
export const KIND_WEIGHT: Record<QuestionCategory, number> = {
  behaviour: 2,
  crosswalk: 1.5,
  scenario: 2,
  'self-rating': 0.4,
  context: 1,
  motivation: 0,
}

/**
 * A scenario's options are all reasonable moves, each showing a different emphasis, and none lowers a skill: picking
 * one is a small signal for the skills it shows, and not picking one says nothing (lib/engine/scoring/skill-score.ts leaves
 * out any answer that could only have raised a skill and didn't).
 * A ticked list (crosswalk) counts each tick as evidence for the skills it shows, up to CROSSWALK_FULL_TICKS ticks'
 * worth per skill, and an explicit "none of these" against them; a missing tick says nothing.
 */
export const CROSSWALK_FULL_TICKS = 2

/** Kinds that count as what you actually did: the "evidence" a self-rating is compared with. */
export const DID_KINDS: ReadonlySet<QuestionCategory> = new Set(['behaviour', 'crosswalk'])

/**
 * Each skill starts where engineers usually start, per the articles, and answers move it from there. The starting
 * point weighs as much as PRIOR_WEIGHT points of weighted answer range (about half of one behaviour question): with
 * little evidence the score stays near it, and a handful of perfect answers doesn't read as 100.
 */
export const PRIOR_WEIGHT = 6
export const PRIOR_BY_COMMONALITY = { 'usually-strong': 60, mixed: 50, 'usually-gap': 40 } as const

/**
 * Confidence comes from how many independent answers feed a skill, and of which kind: an answer about what you did
 * counts 1, a scenario 0.5, a self-rating or a background answer 0.25. One answer can never give "high".
 */
export const CONFIDENCE_POINTS: Record<QuestionCategory, number> = {
  behaviour: 1,
  crosswalk: 1,
  scenario: 0.5,
  'self-rating': 0.25,
  context: 0.25,
  motivation: 0,
}
/** High needs this many points, of which at least HIGH_MIN_DID answers about what you did; medium needs MEDIUM. */
export const CONFIDENCE = { high: 2.5, highMinDid: 2, medium: 1.25, mediumMinDid: 1 } as const
/** A self-rating this far from what you did (either way) lowers confidence by one level. */
export const DISAGREEMENT = 35

/** Skill score bands (0–100). */
export const LEVELS = { strong: 70, solid: 55, developing: 40 } as const
/** Skills at or above this are shown as strengths; below `GAP_BELOW` they are gaps. */
export const STRENGTH_MIN = 60
export const GAP_BELOW = 55
/**
 * A severe gap: the evidence puts the skill well below the bar. It is always listed among the gaps, however little
 * the best role leans on it (the list's order still follows the role), and gets a plan step when spare hours allow.
 * 40 is where the skill's level reads "gap" (LEVELS.developing), 15 points under GAP_BELOW, and the starting point
 * for the skills engineers usually lack (PRIOR_BY_COMMONALITY['usually-gap']): below it, the person's own answers
 * (a "never" on a real behaviour, a "none of these") have pulled the skill under where most engineers start, which
 * no role makes unimportant. Between 40 and 55 the gap is real but may give way to gaps the role leans on more.
 */
export const SEVERE_GAP_BELOW = 40
/** The readout lists at most this many strengths, and gaps between MIN_GAPS and MAX_GAPS. */
export const MAX_STRENGTHS = 5
export const MIN_GAPS = 3
export const MAX_GAPS = 6
/** The plan must address this many of the top gaps. */
export const TOP_GAPS = 5

/** Self-rating at least SELF_HIGH (level 4 of 5) and this many points above what you did is over-confidence. */
export const OVERCONFIDENCE_MARGIN = 30
export const SELF_HIGH = 75
/**
 * Flat ratings: the U.S. Department of Labor's Skills Matcher warns that rating "most or all" skills at the same level
 * makes its matches unreliable. We flag when all but at most one self-rating share a level.
 */
export const FLAT_MAX_DIFFERENT = 1
/** …unless the answers about what was done are level too: flat ratings only mislead where these spread this far. */
export const FLAT_SPREAD = 25
/** What-you-did scores in words: below each bound, the next band of words ("near the bottom", "lower part", "middle"). */
export const DID_WORDS_BELOW = [20, 40, 60] as const
/** A test that fits in a week or two of spare hours counts as quick (the over-confidence flag's suggestion). */
export const QUICK_TEST_HOURS = 8
/** An answer that weighs this much against the recommended path (content: −6..6) is one the path goes against. */
export const PATH_AGAINST_AT = -3

/** Role fit blends skill fit with stated interest; interest matters, but skills decide what you can do first. */
export const ROLE_SKILL_SHARE = 0.7
/** Each point of interest (from answers) moves the 0–100 interest score by this much around a neutral 50. */
export const AFFINITY_POINT = 8
/** A role is realistic when its skill fit is within this many points of the best open first-move role's. */
export const REALISTIC_MARGIN = 8
/** The articles advise consumer and growth roles after a first PM role, so they rank lower as a first move. */
export const LATER_ROLE_PENALTY = 8
/**
 * A role's weight on a skill (content: a role's `leansOn`, 1–3) at which the role "leans on it heavily": the top of
 * the scale. Gaps rank by how far below 100 the skill sits, times its relevance: the best role's weight over this,
 * or the runner-up's at `runnerUpShare` of that; `floor` of the distance counts even for a skill neither role names.
 */
export const ROLE_LEANS_HEAVILY = 3
export const GAP_IMPORTANCE = { runnerUpShare: 0.6, floor: 0.35 } as const

/**
 * Readiness from the best role's skill fit, weighting the PM-specific skills (those engineers don't usually bring)
 * more: the articles say the skills gap is small but the mindset shift is real, so technical strength alone
 * shouldn't read as "ready".
 */
export const READINESS_PM_SKILL_SHARE = 0.6
export const READINESS = { ready: 70, close: 58, building: 45 } as const
/**
 * Base window by readiness, in weeks. AICareerPivot gives 3–9 months (13–39 weeks) as typical; readier people sit
 * at the short end, and people with most skills still to build run past it. Paths and answers then adjust it, and the
 * plan's own length at the person's hours can only lengthen it (lib/engine/scoring/assess.ts).
 */
export const BASE_WINDOW = {
  ready: [8, 16],
  close: [13, 26],
  building: [20, 39],
  early: [30, 52],
} as const satisfies Record<string, readonly [number, number]>
export const WINDOW_LIMITS = { min: 4, max: 104, minSpan: 4 } as const
/**
 * Weeks the window allows after the plan's move step (asking for the role, sending applications) for conversations,
 * interviews and an offer: about a month and a half. Our own estimate, not the articles'; the readiness-based window
 * is usually longer anyway, and then this adds nothing.
 */
export const FOLLOW_THROUGH_WEEKS = 6
export const TYPICAL_WEEKS = [13, 39] as const

/**
 * Motivation thresholds over signal totals. With our questions: pull ranges 0–12, status 0–7, deep-tech 0–5.
 * "Not for you" needs both a clear warning and little of the pull the articles describe; "not now" is a clear
 * warning alongside real pull (test it cheaply first) or almost no pull at all.
 */
export const MOTIVATION = {
  weakPull: 3,
  deepTechWarning: 3,
  deepTechStrong: 4,
  statusWarning: 4,
  statusStrong: 5,
  noPull: 2,
  /** A deep-tech or status total at this level is worth a flag at all (an info; at its warning level, a warning). */
  flagAt: 2,
} as const

/** An action this small doesn't count as addressing a top gap on its own. */
export const SUBSTANTIAL_HOURS = 4
/** Leave slack in the weekly budget when adding optional steps: weeks rarely go to plan. */
export const OPTIONAL_BUDGET_SHARE = 0.85
/** Ongoing steps (applying, following up) continue at this many hours a week after their main effort, by default. */
export const FOLLOW_UP_HOURS = 2

/** Facts the engine states that come from one specific source (cited by id). */
export const CITED = {
  /** The typical 3–9 month window. */
  typicalWindow: 'acp-how-to-why',
  /** The warning about flat self-ratings. */
  flatRatings: 'cos-skills-matcher',
  /** Taking stock against a real job listing with a manager — a way to make a self-assessment more reliable. */
  listingReview: 'dice-jumping-in',
} as const
