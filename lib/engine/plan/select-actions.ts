import type { Answers } from '@/lib/engine/content/answers'
import type { Action, Content } from '@/lib/engine/content/schema'
import {
  GAP_BELOW,
  OPTIONAL_BUDGET_SHARE,
  SEVERE_GAP_BELOW,
  SUBSTANTIAL_HOURS,
  TOP_GAPS,
} from '@/lib/engine/scoring/calibration'
import { allHold, anyHolds } from '@/lib/engine/scoring/conditions'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'

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

/**
 * Whether the plan still fits with the steps in `next` (the current steps plus one optional step and the
 * prerequisites it brings): optional steps take only spare hours. The plan builder decides by scheduling both.
 */
export type Fits = (current: readonly Action[], next: readonly Action[], optional: ReadonlySet<string>) => boolean

export type Selection = {
  selected: Selected[]
  /** The optional steps (more practice in spare hours) and the prerequisites they brought. */
  optional: ReadonlySet<string>
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
export function selectActions(content: Content, result: PlanInput, answers: Answers, fits?: Fits): Selection {
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
  /** What adding `a` brings in, prerequisites first, without adding it. */
  const bringing = (a: Action, reason: Reason, into = new Map<string, Selected>()): Map<string, Selected> => {
    if (selected.has(a.id) || into.has(a.id)) return into
    for (const pre of a.prerequisites) {
      const p = byId.get(pre)
      // A prerequisite the person already does is satisfied; one that doesn't fit their situation is replaced.
      if (!p || already(p)) continue
      const r = usable(p) ? { action: p, via: [] } : open(p) ? null : resolve(p)
      if (r) bringing(r.action, withVia(r.via, { kind: 'prerequisite', forActionId: a.id }), into)
    }
    into.set(a.id, { action: a, reason })
    return into
  }
  const add = (a: Action, reason: Reason) => {
    for (const [id, s] of bringing(a, reason)) selected.set(id, s)
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
  const topIds = new Set(top.map((g) => g.skillId))
  /** Severe gaps beyond the top five: they get a step only in spare hours, but never go unnamed. */
  const severeBeyond = result.gaps.filter((g) => !topIds.has(g.skillId) && g.score < SEVERE_GAP_BELOW)
  const importance = new Map([...top, ...severeBeyond].map((g) => [g.skillId, g.importance]))
  // Value for the hours: importance of the top gaps it builds, per square root of its cost (one substantial piece
  // of product work beats several token ones).
  const bestFor = (skillId: string, skip: ReadonlySet<string> = new Set()): Action | undefined => {
    let best: Action | undefined
    let bestValue = -1
    for (const a of content.actions) {
      if (!a.skills.includes(skillId) || selected.has(a.id) || skip.has(a.id) || !usable(a)) continue
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
  // Optional depth, only in spare hours: a second step for each real top gap, then a first step for any severe gap
  // beyond the top five. By default "spare" means the hours over the estimated window (less some slack); the plan
  // builder passes a stricter test that schedules the plan with and without the step.
  const budget = result.inputs.hoursPerWeek * result.window.maxWeeks * OPTIONAL_BUDGET_SHARE
  const withinBudget: Fits = (_, next) => next.reduce((sum, a) => sum + a.effortHours, 0) <= budget
  const check = fits ?? withinBudget
  // Depth only for real gaps: a strong candidate's weakest-but-fine skills get one step at most.
  const deeper = [...top.filter((g) => g.score < GAP_BELOW), ...severeBeyond]
  const leftOut: Action[] = []
  const optional = new Set<string>()
  for (const g of deeper) {
    // The best step for the gap that fits the spare hours; when none does, the best one is named as left out.
    const tried = new Set<string>()
    let first: Action | undefined
    for (let a = bestFor(g.skillId); a; a = bestFor(g.skillId, tried)) {
      first ??= a
      tried.add(a.id)
      const brought = [...bringing(a, { kind: 'extra', skillId: g.skillId }).values()]
      const current = [...selected.values()].map((x) => x.action)
      const soft = new Set([...optional, ...brought.map((b) => b.action.id)])
      if (check(current, [...current, ...brought.map((x) => x.action)], soft)) {
        for (const b of brought) {
          selected.set(b.action.id, b)
          optional.add(b.action.id)
        }
        first = undefined
        break
      }
    }
    if (first && !leftOut.includes(first)) leftOut.push(first)
  }
  return {
    selected: [...selected.values()],
    optional,
    alreadyDoing: [...alreadyDoing.values()],
    leftOut: leftOut.filter((a) => !selected.has(a.id)),
    topGapIds: top.map((g) => g.skillId),
  }
}
