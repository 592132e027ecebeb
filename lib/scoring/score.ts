import type { Answers } from '@/lib/content/answers'
import type { Content } from '@/lib/content/schema'
import { CITED } from '@/lib/scoring/calibration'
import { chosenEffects, type EngineIndex, engineIndex } from '@/lib/scoring/engine-index'
import { flatRatingsFlag, overConfidenceFlags, ratingsAreFlat, timelineFlag } from '@/lib/scoring/flags'
import { findStrengths, rankGaps } from '@/lib/scoring/gaps'
import { judgeMotivation } from '@/lib/scoring/motivation'
import { recommendPath } from '@/lib/scoring/path'
import type { AssessmentResult, Flag, SourceCitation } from '@/lib/scoring/result-schema'
import { bestFirstRole, scoreRoles } from '@/lib/scoring/roles'
import { scoreSkills } from '@/lib/scoring/skills'
import { displayName } from '@/lib/scoring/text'
import { estimateWindow, readinessFit, readinessFor } from '@/lib/scoring/window'

/** Facts read straight from answers. Answers must already be validated (validateAnswers). */
export function readInputs(content: Content, answers: Answers): AssessmentResult['inputs'] {
  let hoursPerWeek: number | null = null
  let yearsExperience: number | null = null
  let targetWeeks: number | null = null
  for (const q of content.questions) {
    const a = answers[q.id]
    if (q.feeds === 'hours-per-week' && typeof a === 'number') hoursPerWeek = a
    if (q.feeds === 'years-experience' && typeof a === 'number') yearsExperience = a
    if (q.feeds === 'target-timeline' && q.kind === 'single' && typeof a === 'string')
      targetWeeks = q.options.find((o) => o.id === a)?.targetWeeks ?? null
  }
  if (hoursPerWeek === null) throw new Error('scoreAssessment: answers lack hours per week; validate them first')
  return { hoursPerWeek, yearsExperience, targetWeeks }
}

function reliability(index: EngineIndex, flat: boolean, overConfident: number): AssessmentResult['reliability'] {
  const improveBy = [
    'Go through this readout with your manager or a PM, starting with the skills you rated highest.',
    'Take stock against a real PM job listing with someone in product: which requirements can you show evidence for?',
    'Retake the assessment after the first phase of your plan, when you have new evidence such as customer interviews or a proposal.',
  ]
  if (flat)
    improveBy.unshift('Rate each skill on its own descriptions; near-identical ratings make the matches unreliable.')
  if (overConfident > 0)
    improveBy.unshift(
      'Find an example for each skill where your self-rating ran ahead of your evidence, or lower the rating.',
    )
  return {
    note: 'This readout rests entirely on your own answers. Answers about what you have actually done count double a self-rating, because people judge their own skills only roughly; still, nobody has checked them.',
    improveBy,
    sources: index.citations([CITED.listingReview, CITED.flatRatings]),
  }
}

/** Scores validated answers: a self-contained, explained readout. Pure: same input, same output. */
export function scoreAssessment(content: Content, answers: Answers): AssessmentResult {
  const index = engineIndex(content)
  const inputs = readInputs(content, answers)
  const chosen = chosenEffects(content, answers)
  const flat = ratingsAreFlat(chosen)
  const skills = scoreSkills(content, index, chosen, flat)
  const roles = scoreRoles(content, index, chosen, skills)
  const best = bestFirstRole(roles)
  const bestRole = content.roles.find((r) => r.id === best.roleId)
  const scores = new Map(skills.map((s) => [s.skillId, s]))
  const readiness = readinessFor(bestRole ? readinessFit(content, bestRole, scores) : 50, best.name)
  const path = recommendPath(content, index, chosen)
  const window = estimateWindow(content, index, chosen, readiness, path.pathId)
  const { verdict, flags: motivationFlags } = judgeMotivation(index, chosen)
  const overConfidence = overConfidenceFlags(content, skills)
  const timeline = timelineFlag(index, inputs.targetWeeks, window)
  const flags: Flag[] = [
    ...(flat ? [flatRatingsFlag(index)] : []),
    ...overConfidence,
    ...motivationFlags,
    ...(timeline ? [timeline] : []),
  ]
  const strengths = findStrengths(index, skills)
  const gaps = rankGaps(index, skills, roles, best.roleId)

  const route = `${displayName(best.name)} via ${displayName(path.name)}`
  const headline =
    verdict.kind === 'go'
      ? `${readiness.label}. Your best first PM role is ${route}, in about ${window.minWeeks}–${window.maxWeeks} weeks at ${inputs.hoursPerWeek} hours a week.`
      : `${verdict.headline} If you do go ahead, the best fit is ${route}, in about ${window.minWeeks}–${window.maxWeeks} weeks.`

  const rel = reliability(index, flat, overConfidence.length)
  const cited: SourceCitation[][] = [
    ...skills.map((s) => s.sources),
    ...roles.map((r) => r.sources),
    path.sources,
    window.sources,
    verdict.sources,
    ...flags.map((f) => f.sources),
    rel.sources,
  ]
  return {
    headline,
    verdict,
    readiness,
    window,
    skills,
    strengths,
    gaps,
    roles,
    bestRoleId: best.roleId,
    path,
    flags,
    reliability: rel,
    inputs,
    sources: index.citationsUnion(cited),
  }
}
