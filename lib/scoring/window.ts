import type { Content, Role } from '@/lib/content/schema'
import {
  BASE_WINDOW,
  CITE_TYPICAL_WINDOW,
  READINESS,
  READINESS_PM_SKILL_SHARE,
  TYPICAL_WEEKS,
  WINDOW_LIMITS,
} from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import type { EngineIndex } from '@/lib/scoring/engine-index'
import { isOverConfident } from '@/lib/scoring/flags'
import type { Readiness, SkillResult, TransitionWindow } from '@/lib/scoring/result-schema'
import { article, displayName } from '@/lib/scoring/text'

const LABELS: Record<Readiness['band'], string> = {
  ready: 'Ready to start applying',
  close: 'Close',
  building: 'Building up',
  early: 'Early days',
}

export type ReadinessFit = {
  fit: number
  /** Skills (display names) counted at their evidence score because the self-rating ran well ahead of it. */
  atEvidence: string[]
}
const NO_NAMES: string[] = []

/**
 * Blended skill fit for readiness: all the role's skills, and separately the PM-specific ones, weighted by the role.
 * Where a self-rating runs well ahead of the evidence, the skill counts at its evidence score: the over-confidence
 * flag tells the user to treat it as something to prove, so readiness must not bank it either.
 */
export function readinessFit(content: Content, index: EngineIndex, role: Role, skills: SkillResult[]): ReadinessFit {
  let all = 0
  let allW = 0
  let pm = 0
  let pmW = 0
  let atEvidence = NO_NAMES
  for (const { i, w } of index.roleLeans.get(role.id) ?? []) {
    const s = skills[i]
    let score = s?.score ?? 50
    if (s && isOverConfident(s) && s.evidenceScore < score) {
      score = s.evidenceScore
      if (atEvidence === NO_NAMES) atEvidence = []
      atEvidence.push(index.skillDisplayNames[i] ?? s.name)
    }
    all += w * score
    allW += w
    if (content.skills[i]?.engineerCommonality !== 'usually-strong') {
      pm += w * score
      pmW += w
    }
  }
  const avgAll = allW > 0 ? all / allW : 50
  const avgPm = pmW > 0 ? pm / pmW : avgAll
  return { fit: (1 - READINESS_PM_SKILL_SHARE) * avgAll + READINESS_PM_SKILL_SHARE * avgPm, atEvidence }
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

export function readinessFor({ fit, atEvidence }: ReadinessFit, roleName: string): Readiness {
  const f = Math.round(fit)
  const role = displayName(roleName)
  const band: Readiness['band'] =
    f >= READINESS.ready ? 'ready' : f >= READINESS.close ? 'close' : f >= READINESS.building ? 'building' : 'early'
  const as = `${article(role)} ${role}`
  let why =
    band === 'ready'
      ? `Your skills already cover most of what ${as} needs (skill fit ${f} of 100); what's left is product experience you can point to.`
      : band === 'close'
        ? `Your skills cover much of what ${as} needs (skill fit ${f} of 100), with a few clear gaps to close.`
        : band === 'building'
          ? `You have a base to build on (skill fit ${f} of 100 for ${as}), but several skills the role needs are still gaps.`
          : `Most of the skills ${as} relies on are still to build (skill fit ${f} of 100).`
  if (atEvidence.length > 0)
    why += ` For ${list(atEvidence)}, this counts what you have done rather than your self-rating, which ran well ahead of it.`
  return { band, label: LABELS[band], why }
}

/** Where you stand, as the window's starting point says it ("From where you are now — close to ready — …"). */
const STANDING: Record<Readiness['band'], string> = {
  ready: 'ready to start applying',
  close: 'close to ready',
  building: 'with a base to build on',
  early: 'at an early stage',
}

/** The transition window: a base from readiness, then each answer or path that lengthens or shortens it, with why. */
export function estimateWindow(
  content: Content,
  index: EngineIndex,
  chosen: Chosen[],
  readiness: Readiness,
  pathId: string,
): TransitionWindow {
  const [baseMin, baseMax] = BASE_WINDOW[readiness.band]
  let min: number = baseMin
  let max: number = baseMax
  const base = `From where you are now (${STANDING[readiness.band]}), expect about ${baseMin}–${baseMax} weeks`
  const reasons: TransitionWindow['reasons'] = [{ effect: 'neutral', text: `${base}.` }]
  const path = content.paths.find((p) => p.id === pathId)
  if (path?.extraWeeks) {
    min += path.extraWeeks.min
    max += path.extraWeeks.max
    reasons.push({
      effect: 'longer',
      text: `${path.extraWeeks.reason} (+${path.extraWeeks.min}–${path.extraWeeks.max} weeks)`,
    })
  }
  for (const c of chosen) {
    const w = c.effects.windowWeeks
    if (w === 0) continue
    min += w
    max += w
    reasons.push({
      effect: w > 0 ? 'longer' : 'shorter',
      text: `${c.effects.rationale} (${w > 0 ? '+' : '−'}${Math.abs(w)} weeks)`,
    })
  }
  if (reasons.length > 1) reasons[0] = { effect: 'neutral', text: `${base}; the points below adjust it.` }
  min = Math.max(WINDOW_LIMITS.min, Math.min(WINDOW_LIMITS.max - WINDOW_LIMITS.minSpan, min))
  max = Math.max(min + WINDOW_LIMITS.minSpan, Math.min(WINDOW_LIMITS.max, max))
  const [typMin, typMax] = TYPICAL_WEEKS
  const months = (w: number) => Math.max(1, Math.round(w / 4.33))
  const range = `About ${min}–${max} weeks (${months(min)}–${months(max)} months)`
  const summary =
    max < typMin
      ? `About ${min}–${max} weeks: quicker than the typical 3–9 months.`
      : min > typMax
        ? `${range}: longer than the typical 3–9 months.`
        : max > typMax
          ? `${range}: it could run past the typical 3–9 months.`
          : `${range}: within the typical 3–9 months.`
  return {
    minWeeks: min,
    maxWeeks: max,
    summary,
    reasons,
    sources: path?.extraWeeks
      ? index.citationsUnion([index.citations(CITE_TYPICAL_WINDOW), index.citations(path.sources)])
      : index.citations(CITE_TYPICAL_WINDOW),
  }
}
