import type { Content, Role } from '@/lib/engine/content/schema'
import {
  BASE_WINDOW,
  CITED,
  FOLLOW_THROUGH_WEEKS,
  READINESS,
  READINESS_PM_SKILL_SHARE,
  TYPICAL_WEEKS,
  WINDOW_LIMITS,
} from '@/lib/engine/scoring/calibration'
import type { Chosen } from '@/lib/engine/scoring/chosen'
import { isOverConfident } from '@/lib/engine/scoring/flags'
import type { Readiness, SkillResult, TransitionWindow } from '@/lib/engine/scoring/result-schema'
import { article, displayName, list, monthsOf, plural } from '@/lib/engine/scoring/text'

const LABELS: Record<Readiness['band'], string> = {
  ready: 'Ready to start applying',
  close: 'Close',
  building: 'Building up',
  early: 'Early days',
}

/**
 * Blended skill fit for readiness: all the role's skills, and separately the PM-specific ones, weighted by the role.
 * Where a self-rating runs well ahead of what you did, the skill counts at what you did: the over-confidence flag
 * tells the user to treat it as something to prove, so readiness must not bank it either.
 */
export function readinessFit(
  content: Content,
  role: Role,
  skills: readonly SkillResult[],
): { fit: number; atEvidence: string[] } {
  let all = 0
  let allW = 0
  let pm = 0
  let pmW = 0
  const atEvidence: string[] = []
  for (const { skillId, weight } of role.leansOn) {
    const s = skills.find((x) => x.skillId === skillId)
    let score = s?.score ?? 50
    if (s && isOverConfident(s) && s.didScore < score) {
      score = s.didScore
      atEvidence.push(displayName(s.name))
    }
    all += weight * score
    allW += weight
    if (content.skills.find((k) => k.id === skillId)?.engineerCommonality !== 'usually-strong') {
      pm += weight * score
      pmW += weight
    }
  }
  const avgAll = allW > 0 ? all / allW : 50
  const avgPm = pmW > 0 ? pm / pmW : avgAll
  return { fit: (1 - READINESS_PM_SKILL_SHARE) * avgAll + READINESS_PM_SKILL_SHARE * avgPm, atEvidence }
}

export function readinessFor({ fit, atEvidence }: { fit: number; atEvidence: string[] }, roleName: string): Readiness {
  const f = Math.round(fit)
  const role = displayName(roleName)
  const band: Readiness['band'] =
    f >= READINESS.ready ? 'ready' : f >= READINESS.close ? 'close' : f >= READINESS.building ? 'building' : 'early'
  const as = `${article(role)} ${role}`
  // In words only: the role's fit has its own number on the page (RoleFit.skillFit), and readiness weighs the PM
  // skills more, so a second figure here would disagree with it.
  let why = {
    ready: `Your skills already cover most of what ${as} needs; what's left is product experience you can point to.`,
    close: `Your skills cover much of what ${as} needs, with a few clear gaps to close.`,
    building: `You have a base to build on for work as ${as}, but several skills the role needs are still gaps.`,
    early: `Most of the skills ${as} relies on are still to build.`,
  }[band]
  if (atEvidence.length > 0)
    why += ` For ${list(atEvidence)} it counts what you have done, not your higher self-rating.`
  return { band, label: LABELS[band], why }
}

/** Where you stand, as the window's starting point says it. */
const STANDING: Record<Readiness['band'], string> = {
  ready: 'ready to start applying',
  close: 'close to ready',
  building: 'with a base to build on',
  early: 'at an early stage',
}

/**
 * The window before the plan is sized: a base from readiness, then the path and each answer that lengthens or
 * shortens it, with why. The plan's own length can still lengthen it (fitWindowToPlan).
 */
export function baseWindow(
  content: Content,
  chosen: readonly Chosen[],
  readiness: Readiness,
  pathId: string,
): TransitionWindow {
  const [baseMin, baseMax] = BASE_WINDOW[readiness.band]
  let min: number = baseMin
  let max: number = baseMax
  const base = `From where you are now (${STANDING[readiness.band]}), expect about ${baseMin}–${baseMax} weeks`
  const reasons: TransitionWindow['reasons'] = []
  let hoursWeeks = 0
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
    if (c.question.feeds === 'hours-per-week') hoursWeeks += w
    min += w
    max += w
    reasons.push({
      effect: w > 0 ? 'longer' : 'shorter',
      text: `${c.effects.rationale} (${w > 0 ? '+' : '−'}${w > 0 ? w : -w} weeks)`,
    })
  }
  reasons.unshift(startingPoint(base, reasons.length > 0))
  min = Math.max(WINDOW_LIMITS.min, Math.min(WINDOW_LIMITS.max - WINDOW_LIMITS.minSpan, min))
  max = Math.max(min + WINDOW_LIMITS.minSpan, Math.min(WINDOW_LIMITS.max, max))
  const sources = [CITED.typicalWindow, ...(path?.extraWeeks ? path.sources : [])]
  return {
    minWeeks: min,
    maxWeeks: max,
    summary: windowSummary(min, max),
    reasons,
    sources: [...new Set(sources)],
    basis: { minWeeks: min, maxWeeks: max, hoursWeeks },
  }
}

/**
 * The window's first reason: the estimate it starts from. When later reasons change it, the sentence says so, so the
 * starting figure reads as a step in the working and never as a second window beside the one the readout states.
 */
export function startingPoint(text: string, adjusted: boolean): TransitionWindow['reasons'][number] {
  return { effect: 'neutral', text: adjusted ? `${text}; the points below adjust it.` : `${text}.` }
}

const ADJUSTED = '; the points below adjust it.'
/** The first reason as a starting point that the reasons after it adjust (unchanged when it already says so). */
function adjustedStart(reasons: TransitionWindow['reasons']): TransitionWindow['reasons'] {
  const [first, ...rest] = reasons
  if (first?.effect !== 'neutral' || first.text.endsWith(ADJUSTED)) return reasons
  return [{ ...first, text: first.text.replace(/\.$/, ADJUSTED) }, ...rest]
}

/** The plan's move step as the window needs it: its title and the weeks of its main effort. */
export type MoveFacts = { title: string; startWeek: number; endWeek: number }

const hoursText = (h: number) => `${plural(h, 'hour')} a week`

/**
 * The plan is the window's other source. The window says when you can expect to be in a PM role; the plan says when
 * you will ask for it or apply (its move step). So the window starts no earlier than the move step starts and no
 * later than it ends — the move always falls inside the window the readout states — and it runs at least until the
 * plan's last work week and FOLLOW_THROUGH_WEEKS past the move (interviews and offers take time). Each change is a
 * reason in words.
 */
export function fitWindowToPlan(
  window: TransitionWindow,
  move: MoveFacts | null,
  lastWeek: number,
  hoursPerWeek: number,
): TransitionWindow {
  let { minWeeks: min, maxWeeks: max } = window
  const reasons = [...window.reasons]
  const at = hoursText(hoursPerWeek)
  if (move && min < move.startWeek) {
    min = move.startWeek
    reasons.push({
      effect: 'longer',
      text: `At ${at}, your plan reaches “${move.title}” in week ${move.startWeek}, so the window starts there.`,
    })
  } else if (move && min > move.endWeek) {
    min = move.endWeek
    reasons.push({
      effect: 'shorter',
      text: `At ${at}, your plan has “${move.title}” done by week ${move.endWeek}, so the window can start there.`,
    })
  }
  const end = Math.min(WINDOW_LIMITS.max, Math.max(lastWeek, move ? move.endWeek + FOLLOW_THROUGH_WEEKS : 0))
  if (max < end) {
    max = end
    reasons.push({
      effect: 'longer',
      text:
        move && end > lastWeek
          ? `After “${move.title}” in week ${move.endWeek}, allow about ${FOLLOW_THROUGH_WEEKS} weeks for conversations, interviews and an offer, so the window runs to week ${end}.`
          : `At ${at}, the steps in your plan take ${lastWeek} weeks, so the window runs to week ${end}.`,
    })
  }
  max = Math.max(max, min + WINDOW_LIMITS.minSpan)
  if (min === window.minWeeks && max === window.maxWeeks) return window
  return { ...window, minWeeks: min, maxWeeks: max, summary: windowSummary(min, max), reasons: adjustedStart(reasons) }
}

/** How a window of min–max weeks compares with the typical one: "within the typical 3–9 months." */
export function windowComparison(min: number, max: number): string {
  const [typMin, typMax] = TYPICAL_WEEKS
  const typical = `the typical ${monthsOf(typMin)}–${monthsOf(typMax)} months`
  if (max < typMin) return `quicker than ${typical}.`
  if (min > typMax) return `longer than ${typical}.`
  if (max > typMax) return `it could run past ${typical}.`
  if (min < typMin) return `at the quick end of ${typical}.`
  return `within ${typical}.`
}

export function windowSummary(min: number, max: number): string {
  const weeks = `About ${min}–${max} weeks`
  // A window shorter than the typical one is said in weeks only: "1–2 months" would blur it.
  const range = max < TYPICAL_WEEKS[0] ? weeks : `${weeks} (${monthsOf(min)}–${monthsOf(max)} months)`
  return `${range}: ${windowComparison(min, max)}`
}
