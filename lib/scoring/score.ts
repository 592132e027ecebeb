import type { Answers } from '@/lib/content/answers'
import type { Content } from '@/lib/content/schema'
import { CITE_RELIABILITY } from '@/lib/scoring/calibration'
import { chosenEffects } from '@/lib/scoring/chosen'
import { type EngineIndex, engineIndex } from '@/lib/scoring/engine-index'
import { flatRatingsFlag, overConfidenceFlags, ratingsAreFlat, timelineFlag } from '@/lib/scoring/flags'
import { findStrengths, rankGaps } from '@/lib/scoring/gaps'
import { writeHeadline } from '@/lib/scoring/headline'
import { judgeMotivation } from '@/lib/scoring/motivation'
import { recommendPath } from '@/lib/scoring/path'
import type { AssessmentResult, Flag, SourceCitation } from '@/lib/scoring/result-schema'
import { bestFirstRole, scoreRoles } from '@/lib/scoring/roles'
import { scoreSkills } from '@/lib/scoring/skills'
import { displayName } from '@/lib/scoring/text'
import { estimateWindow, readinessFit, readinessFor } from '@/lib/scoring/window'

/** Facts read straight from answers. Answers must already be validated (validateAnswers). */
export function readInputs(content: Content, answers: Answers): AssessmentResult['inputs'] {
  const { feeds } = engineIndex(content)
  const hours = feeds['hours-per-week'] && answers[feeds['hours-per-week'].id]
  const years = feeds['years-experience'] && answers[feeds['years-experience'].id]
  const timeline = feeds['target-timeline']
  const picked = timeline && answers[timeline.id]
  const targetWeeks =
    timeline?.kind === 'single' && typeof picked === 'string'
      ? (timeline.options.find((o) => o.id === picked)?.targetWeeks ?? null)
      : null
  if (typeof hours !== 'number') throw new Error('scoreAssessment: answers lack hours per week; validate them first')
  return { hoursPerWeek: hours, yearsExperience: typeof years === 'number' ? years : null, targetWeeks }
}

function reliability(index: EngineIndex, flat: boolean, overConfident: number): AssessmentResult['reliability'] {
  const improveBy = [
    'Go through this readout with your manager or a PM, starting with the skills you rated highest.',
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
    note: 'This readout rests entirely on your own answers. Answers about what you have actually done count double a self-rating, because people judge their own skills only roughly; still, nobody has checked them.',
    improveBy,
    sources: index.citations(CITE_RELIABILITY),
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
  const path = recommendPath(content, index, chosen)
  const overConfidence = overConfidenceFlags(content, skills, path.pathId)
  const readiness = readinessFor(
    bestRole ? readinessFit(content, index, bestRole, skills) : { fit: 50, atEvidence: [] },
    best.name,
  )
  const window = estimateWindow(content, index, chosen, readiness, path.pathId)
  const { verdict, flags: motivationFlags } = judgeMotivation(index, chosen)
  const timeline = timelineFlag(index, inputs.targetWeeks, window)
  const flags: Flag[] = [
    ...(flat ? [flatRatingsFlag(index)] : []),
    ...overConfidence,
    ...motivationFlags,
    ...(timeline ? [timeline] : []),
  ]
  const strengths = findStrengths(index, skills, best)
  const gaps = rankGaps(index, skills, roles, best.roleId)
  const headline = writeHeadline({
    verdict,
    readiness,
    roleName: best.name,
    route: content.paths.find((p) => p.id === path.pathId)?.route ?? `via ${displayName(path.name)}`,
    window,
    hoursPerWeek: inputs.hoursPerWeek,
    strengths,
    gaps,
    flat,
    overConfident: overConfidence.length,
  })

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
