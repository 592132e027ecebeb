import type { Answers } from '@/lib/content/answers'
import type { Action, Content } from '@/lib/content/schema'
import { GAP_BELOW, TOP_GAPS } from '@/lib/scoring/calibration'
import { allHold, anyHolds } from '@/lib/scoring/conditions'
import type { AssessmentResult } from '@/lib/scoring/result-schema'

/** An action this small doesn't count as addressing a top gap on its own. */
const SUBSTANTIAL_HOURS = 4
/** Leave slack in the weekly budget when adding optional steps: weeks rarely go to plan. */
const OPTIONAL_BUDGET_SHARE = 0.85

export type Reason =
  | { kind: 'required' }
  | { kind: 'gap'; skillId: string }
  | { kind: 'extra'; skillId: string }
  | { kind: 'prerequisite'; forActionId: string }
  /** Offered in place of a step the person already does (`already`) or whose situation doesn't fit (`not-open`). */
  | { kind: 'instead'; ofActionId: string; because: 'already' | 'not-open'; inner: Reason }
export type Selected = { action: Action; reason: Reason }

export type PlanInput = Pick<
  AssessmentResult,
  'path' | 'gaps' | 'verdict' | 'roles' | 'bestRoleId' | 'strengths' | 'window' | 'inputs'
>

export type Selection = {
  selected: Selected[]
  alreadyDoing: { action: Action; instead: Action | null }[]
  leftOut: Action[]
  topGapIds: string[]
}

/**
 * Chooses the plan's actions: the path's required steps, then for each top gap the action that closes it best for
 * the hours, then (while the hours allow) a second action per gap. Never a step the answers say the person already
 * does (the content's `skipWhen`; its `insteadId` is offered instead), and never one that assumes a situation they
 * said they aren't in (`requires`: a manager, PMs at work, a job). Prerequisites come in before the step needing them.
 */
export function selectActions(content: Content, result: PlanInput, answers: Answers): Selection {
  const byId = new Map(content.actions.map((a) => [a.id, a]))
  const pathId = result.path.pathId
  const open = (a: Action) => a.paths.includes(pathId) && allHold(a.requires, answers)
  const already = (a: Action) => anyHolds(a.skipWhen, answers)
  const usable = (a: Action) => open(a) && !already(a)
  const alreadyDoing = new Map<string, { action: Action; instead: Action | null }>()

  /** The action itself when usable, else what it points to instead (following the chain), else null. */
  const resolve = (a: Action, seen = new Set<string>()): { action: Action; via: Action[] } | null => {
    if (usable(a)) return { action: a, via: [] }
    const instead = a.insteadId ? byId.get(a.insteadId) : undefined
    const next = instead && !seen.has(instead.id) ? resolve(instead, seen.add(a.id)) : null
    if (already(a) && a.paths.includes(pathId)) alreadyDoing.set(a.id, { action: a, instead: next?.action ?? null })
    return next ? { action: next.action, via: [a, ...next.via] } : null
  }

  const selected = new Map<string, Selected>()
  let usedHours = 0
  const add = (a: Action, reason: Reason) => {
    if (selected.has(a.id)) return
    for (const pre of a.prerequisites) {
      const p = byId.get(pre)
      // A prerequisite the person already does is satisfied; one that doesn't fit their situation is replaced.
      if (!p || already(p)) continue
      const r = usable(p) ? { action: p, via: [] } : open(p) ? null : resolve(p)
      if (r) add(r.action, withVia(r.via, { kind: 'prerequisite', forActionId: a.id }))
    }
    selected.set(a.id, { action: a, reason })
    usedHours += a.effortHours
  }
  const withVia = (via: Action[], reason: Reason): Reason => {
    const first = via[0]
    return first
      ? { kind: 'instead', ofActionId: first.id, because: already(first) ? 'already' : 'not-open', inner: reason }
      : reason
  }
  const cost = (a: Action): number =>
    a.effortHours +
    a.prerequisites.reduce((sum, p) => {
      const pre = byId.get(p)
      return pre && usable(pre) && !selected.has(p) ? sum + cost(pre) : sum
    }, 0)

  const top = result.gaps.slice(0, TOP_GAPS)
  const importance = new Map(top.map((g) => [g.skillId, g.importance]))
  // Value for the hours: importance of the top gaps it builds, per square root of its cost (one substantial piece
  // of product work beats several token ones).
  const bestFor = (skillId: string): Action | undefined => {
    let best: Action | undefined
    let bestValue = -1
    for (const a of content.actions) {
      if (!a.skills.includes(skillId) || selected.has(a.id) || !usable(a)) continue
      const value = a.skills.reduce((s, k) => s + (importance.get(k) ?? 0), 0) / Math.sqrt(cost(a))
      if (value > bestValue) {
        best = a
        bestValue = value
      }
    }
    return best
  }

  const path = content.paths.find((p) => p.id === pathId)
  for (const id of path?.requiredActionIds ?? []) {
    const a = byId.get(id)
    const r = a ? resolve(a) : null
    if (r) add(r.action, withVia(r.via, { kind: 'required' }))
  }
  for (const g of top) {
    const covered = [...selected.values()].some(
      (s) => s.action.effortHours >= SUBSTANTIAL_HOURS && s.action.skills.includes(g.skillId),
    )
    const a = covered ? undefined : bestFor(g.skillId)
    if (a) add(a, { kind: 'gap', skillId: g.skillId })
  }
  // Optional depth, only while the whole plan still fits the estimated window at the person's hours.
  const budget = result.inputs.hoursPerWeek * result.window.maxWeeks * OPTIONAL_BUDGET_SHARE
  const leftOut: Action[] = []
  for (const g of top) {
    // Depth only for real gaps: a strong candidate's weakest-but-fine skills get one step at most.
    const a = g.score < GAP_BELOW ? bestFor(g.skillId) : undefined
    if (!a) continue
    if (usedHours + cost(a) <= budget) add(a, { kind: 'extra', skillId: g.skillId })
    else if (!leftOut.includes(a)) leftOut.push(a)
  }
  return {
    selected: [...selected.values()],
    alreadyDoing: [...alreadyDoing.values()],
    leftOut: leftOut.filter((a) => !selected.has(a.id)),
    topGapIds: top.map((g) => g.skillId),
  }
}
