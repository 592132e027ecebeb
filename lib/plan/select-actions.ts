import type { Action, Content } from '@/lib/content/schema'
import { TOP_GAPS } from '@/lib/scoring/calibration'
import { engineIndex } from '@/lib/scoring/engine-index'
import type { AssessmentResult } from '@/lib/scoring/result-schema'

/** An action this small doesn't count as addressing a top gap on its own. */
const SUBSTANTIAL_HOURS = 4
/** Leave slack in the weekly budget when adding optional steps: weeks rarely go to plan. */
const OPTIONAL_BUDGET_SHARE = 0.85

export type Reason =
  | { kind: 'required' }
  | { kind: 'gap'; skillId: string }
  | { kind: 'prerequisite'; forActionId: string }
  | { kind: 'extra'; skillId: string }
export type Selected = { action: Action; reason: Reason }
const REQUIRED: Reason = { kind: 'required' }

/**
 * Chooses the plan's actions: the path's required steps, then for each top gap the action that closes it best for
 * the hours, then (while the hours allow) a second action per gap. Prerequisites are pulled in before the action.
 */
export function selectActions(content: Content, result: AssessmentResult, hoursPerWeek: number) {
  const index = engineIndex(content)
  const path = content.paths.find((p) => p.id === result.path.pathId)
  const top = result.gaps.slice(0, TOP_GAPS)
  const importance = new Float64Array(content.skills.length)
  for (const g of top) importance[index.skillIndex.get(g.skillId) ?? 0] = g.importance
  const selected = new Map<string, Selected>()
  const skipped: string[] = []
  let usedHours = 0

  const cost = (a: Action): number => {
    let c = a.effortHours
    for (const p of a.prerequisites) {
      const pre = index.actionById.get(p)
      if (pre && !selected.has(p)) c += cost(pre)
    }
    return c
  }
  const add = (a: Action, reason: Reason) => {
    if (selected.has(a.id)) return
    for (const pre of a.prerequisites) {
      const p = index.actionById.get(pre)
      if (p) add(p, { kind: 'prerequisite', forActionId: a.id })
    }
    selected.set(a.id, { action: a, reason })
    usedHours += a.effortHours
  }
  // Value for the hours: importance of the top gaps it builds, per square root of its cost (big steps aren't
  // penalised linearly: one substantial piece of product work beats several token ones).
  const bestFor = (skillId: string) => {
    let best: Action | undefined
    let bestValue = -1
    for (const a of index.actionsByPathSkill.get(result.path.pathId)?.get(skillId) ?? []) {
      if (selected.has(a.id)) continue
      let v = 0
      for (const k of index.actionSkillIndexes.get(a.id) ?? []) v += importance[k] ?? 0
      v /= Math.sqrt(cost(a))
      if (v > bestValue) {
        best = a
        bestValue = v
      }
    }
    return best
  }

  for (const id of path?.requiredActionIds ?? []) {
    const a = index.actionById.get(id)
    if (a) add(a, REQUIRED)
  }
  for (const g of top) {
    let covered = false
    for (const s of selected.values())
      if (s.action.effortHours >= SUBSTANTIAL_HOURS && s.action.skills.includes(g.skillId)) {
        covered = true
        break
      }
    if (covered) continue
    const a = bestFor(g.skillId)
    if (a) add(a, { kind: 'gap', skillId: g.skillId })
  }
  // Optional depth, only while the whole plan still fits the estimated window at the user's hours.
  const budget = hoursPerWeek * result.window.maxWeeks * OPTIONAL_BUDGET_SHARE
  for (const g of top) {
    const a = bestFor(g.skillId)
    if (!a) continue
    if (usedHours + cost(a) <= budget) add(a, { kind: 'extra', skillId: g.skillId })
    else if (!skipped.includes(a.title)) skipped.push(a.title)
  }
  return { selected: [...selected.values()], skipped, topGapIds: top.map((g) => g.skillId) }
}
