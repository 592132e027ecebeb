import type { QuestionCategory } from '@/lib/content/schema'

// Every number the scoring uses lives here, with where it came from. Change them here, then re-run the persona tests.

/**
 * Answers about behaviour (evidence, scenarios, the crosswalk) outweigh self-ratings: self-ratings track
 * performance only weakly (r ≈ .2–.3 in the self-assessment literature), so an item about what you did counts double
 * a self-rating. Scenarios and the crosswalk sit between: observable, but hypothetical or coarse.
 */
export const CATEGORY_WEIGHT: Record<QuestionCategory, number> = {
  evidence: 2,
  scenario: 1.5,
  crosswalk: 1.5,
  anchored: 1,
  context: 1,
  motivation: 0,
}

/** Categories that count as evidence of behaviour (vs. self-rating) for confidence and over-confidence. */
export const EVIDENCE_CATEGORIES: ReadonlySet<QuestionCategory> = new Set(['evidence', 'scenario', 'crosswalk'])

/**
 * Each skill score is pulled towards a prior — where engineers typically start, per the articles — by this many
 * category-weighted answer points (about one evidence question's worth). With little evidence the score stays near
 * the prior; with a lot, the answers dominate. It also keeps a handful of perfect answers from reading as 100.
 */
export const PRIOR_WEIGHT = 6
export const PRIOR_BY_COMMONALITY = { 'usually-strong': 60, mixed: 50, 'usually-gap': 40 } as const

/** Skill score bands (0–100). */
export const LEVELS = { strong: 70, solid: 55, developing: 40 } as const
/** Skills at or above this are shown as strengths; below `gap` they are gaps. */
export const STRENGTH_MIN = 60
export const GAP_BELOW = 55
/** A readout always names at least this many gaps: even strong candidates have a weakest area worth working on. */
export const MIN_GAPS = 3
/** The readout lists at most this many gaps; the rest show in the skill profile. Eight is already a lot to act on. */
export const MAX_GAPS = 8
/** The plan must address this many of the top gaps. */
export const TOP_GAPS = 5

/** Self-rating more than this many points above the evidence, on a self-rating of at least SELF_HIGH, is over-confidence. */
export const OVERCONFIDENCE_MARGIN = 30
export const SELF_HIGH = 60
/**
 * Flat ratings: the U.S. Department of Labor's Skills Matcher warns that rating "most or all" skills at the same level
 * makes its matches unreliable. We flag when all but at most one self-rating share a level.
 */
export const FLAT_MAX_DIFFERENT = 1

/** Role fit blends skill fit with stated interest; interest matters, but skills decide what you can do first. */
export const ROLE_SKILL_SHARE = 0.7
/** Each point of interest (from answers) moves the 0–100 interest score by this much around a neutral 50. */
export const AFFINITY_POINT = 8
/** The articles advise consumer and growth roles after a first PM role, so they rank lower as a first move. */
export const LATER_ROLE_PENALTY = 8

/**
 * Readiness from the best role's skill fit, weighting the PM-specific skills (those engineers don't usually bring)
 * more: the articles say the skills gap is small but the mindset shift is real, so technical strength alone
 * shouldn't read as "ready".
 */
export const READINESS_PM_SKILL_SHARE = 0.6
/** Readiness bands over that blended fit. */
export const READINESS = { ready: 70, close: 58, building: 45 } as const
/**
 * Base window by readiness, in weeks. AICareerPivot gives 3–9 months (13–39 weeks) as typical; readier people sit
 * at the short end, and people with most skills still to build run past it.
 */
export const BASE_WINDOW = {
  ready: [8, 16],
  close: [13, 26],
  building: [20, 39],
  early: [30, 52],
} as const satisfies Record<string, readonly [number, number]>
export const WINDOW_LIMITS = { min: 4, max: 78, minSpan: 4 } as const
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
} as const

/** Facts the engine states that come from one specific source (cited by id; missing ids cite nothing). */
export const CITED = {
  /** The typical 3–9 month window. */
  typicalWindow: 'acp-how-to-why',
  /** The warning about flat self-ratings. */
  flatRatings: 'cos-skills-matcher',
  /** Taking stock against a real job listing with a manager — a way to make a self-assessment more reliable. */
  listingReview: 'dice-jumping-in',
} as const

// Stable arrays (one object each) so citation lookups hit the per-array cache.
export const CITE_TYPICAL_WINDOW: readonly string[] = [CITED.typicalWindow]
export const CITE_FLAT_RATINGS: readonly string[] = [CITED.flatRatings]
export const CITE_RELIABILITY: readonly string[] = [CITED.listingReview, CITED.flatRatings]
