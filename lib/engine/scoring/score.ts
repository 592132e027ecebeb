import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { CITED } from '@/lib/engine/scoring/calibration'
import { byQuestion, chosenEffects } from '@/lib/engine/scoring/chosen'
import { flatRatingsFlag, overConfidenceFlags, pathConflictFlag, ratingsAreFlat } from '@/lib/engine/scoring/flags'
import { findStrengths, rankGaps, roleLeans } from '@/lib/engine/scoring/gaps'
import { judgeMotivation } from '@/lib/engine/scoring/motivation'
import { recommendPath } from '@/lib/engine/scoring/path'
import {
  type AnswerShown,
  type AssessmentResult,
  RESULT_VERSION,
  type RoleFit,
  type SkillResult,
} from '@/lib/engine/scoring/result-schema'
import { bestFirstRole, scoreRoles } from '@/lib/engine/scoring/roles'
import { scoreSkills } from '@/lib/engine/scoring/skill-score'
import { baseWindow, readinessFit, readinessFor } from '@/lib/engine/scoring/window'

/** Everything but the parts that depend on the plan (the window's final length, the timeline flag, the headline). */
export type Scored = Omit<AssessmentResult, 'headline' | 'sources'> & {
  /** Self-ratings nearly all at one level, and how many skills are over-confident: the headline needs both. */
  flat: boolean
}

/** Facts read straight from answers. Answers must already be validated (validateAnswers). */
export function readInputs(content: Content, answers: Answers): AssessmentResult['inputs'] {
  const fed = (feed: string) => content.questions.find((q) => q.feeds === feed)
  const hours = answers[fed('hours-per-week')?.id ?? '']
  const years = answers[fed('years-experience')?.id ?? '']
  const timeline = fed('target-timeline')
  const picked = timeline ? answers[timeline.id] : undefined
  const targetWeeks =
    timeline?.kind === 'single' && typeof picked === 'string'
      ? (timeline.options.find((o) => o.id === picked)?.targetWeeks ?? null)
      : null
  if (typeof hours !== 'number') throw new Error('scoreAnswers: answers lack hours per week; validate them first')
  return { hoursPerWeek: hours, yearsExperience: typeof years === 'number' ? years : null, targetWeeks }
}

function reliability(flat: boolean, overConfident: number): AssessmentResult['reliability'] {
  const improveBy = [
    'Go through this readout with someone who has seen your work (a manager, a lead or a PM), starting with the skills you rated highest.',
    'Take stock against a real PM job listing with someone in product: which requirements can you show evidence for?',
    'Retake the assessment once your plan has given you new evidence, such as customer interviews or a proposal.',
  ]
  if (flat)
    improveBy.unshift('Rate each skill on its own descriptions; near-identical ratings make the matches unreliable.')
  if (overConfident > 0)
    improveBy.unshift(
      'Find an example for each skill where your self-rating ran ahead of your evidence, or lower the rating.',
    )
  return {
    note: 'This readout rests entirely on your own answers. Answers about what you have actually done count most, scenarios less and self-ratings least, because people judge their own skills only roughly; still, nobody has checked them.',
    improveBy,
    sources: [CITED.listingReview, CITED.flatRatings],
  }
}

/** Every answer that fed a skill, once, as the user saw it. */
function answersShown(content: Content, answers: Answers): AnswerShown[] {
  const chosen = byQuestion(chosenEffects(content, answers))
  return [...chosen].map(([q, picks]) => ({
    questionId: q.id,
    label: q.shortLabel,
    prompt: q.prompt,
    answer: picks.map((c) => c.label).join('; '),
    kind: q.category,
  }))
}

/** Scores validated answers. Pure: same input, same output. Use assess(), which also sizes the plan. */
export function scoreAnswers(content: Content, answers: Answers): Scored {
  const inputs = readInputs(content, answers)
  const chosen = chosenEffects(content, answers)
  // Flatness is judged against what was done, which the first pass gives; only confidence changes in the second.
  const unflagged = scoreSkills(content, chosen, false)
  const flat = ratingsAreFlat(chosen, unflagged)
  const skills = flat ? scoreSkills(content, chosen, true) : unflagged
  const roles = scoreRoles(content, answers, chosen, skills)
  const best = bestFirstRole(roles)
  const bestRole = content.roles.find((r) => r.id === best.roleId)
  const readiness = readinessFor(
    bestRole ? readinessFit(content, bestRole, skills) : { fit: 50, atEvidence: [] },
    best.name,
  )
  // Readiness weighs in the route: someone ready to apply needs no detour through another engineering job.
  const path = recommendPath(content, answers, chosen, readiness.band)
  const overConfidence = overConfidenceFlags(content, skills, path.pathId, answers)
  const { verdict, flags: motivationFlags } = judgeMotivation(content, chosen)
  const conflict = pathConflictFlag(path, chosen)
  return {
    version: RESULT_VERSION,
    verdict,
    readiness,
    window: baseWindow(content, chosen, readiness, path.pathId),
    answers: answersShown(content, answers),
    skills,
    // Strengths and gaps share one set of wordings for how the role leans on a skill, so none repeats.
    ...strengthsAndGaps(content, skills, roles, best),
    roles,
    bestRoleId: best.roleId,
    path,
    flags: [
      ...(flat ? [flatRatingsFlag()] : []),
      ...overConfidence,
      ...motivationFlags,
      ...(conflict ? [conflict] : []),
    ],
    reliability: reliability(flat, overConfidence.length),
    inputs,
    flat,
  }
}

function strengthsAndGaps(
  content: Content,
  skills: readonly SkillResult[],
  roles: readonly RoleFit[],
  best: RoleFit,
): Pick<AssessmentResult, 'strengths' | 'gaps'> {
  const leans = roleLeans()
  return {
    strengths: findStrengths(content, skills, best, leans),
    gaps: rankGaps(content, skills, roles, best.roleId, leans),
  }
}
