import type { Action, Content } from '@/lib/content/schema'
import { TOP_GAPS } from '@/lib/scoring/calibration'
import type { AssessmentResult } from '@/lib/scoring/result-schema'

/** An action this small doesn't count as addressing a top gap on its own. */
const SUBSTANTIAL_HOURS = 4
/** Leave slack in the weekly budget when adding optional steps: weeks rarely go to plan. */
const OPTIONAL_BUDGET_SHARE = 0.85

export type Reason =
  | { kind: 'required' }
  | { kind: 'gap'; skillIds: string[] }
  | { kind: 'prerequisite'; forActionId: string }
  | { kind: 'extra'; skillIds: string[] }
export type Selected = { action: Action; reason: Reason }

/**
 * Chooses the plan's actions: the path's required steps, then for each top gap the action that closes it best for
 * the hours, then (while the hours allow) a second action per gap. Prerequisites are pulled in before the action.
 */
export function selectActions(content: Content, result: AssessmentResult, hoursPerWeek: number) {
  const path = content.paths.find((p) => p.id === result.path.pathId)
  const eligible = content.actions.filter((a) => a.paths.includes(result.path.pathId))
  const byId = new Map(content.actions.map((a) => [a.id, a]))
  const top = result.gaps.slice(0, TOP_GAPS)
  const importance = new Map(top.map((g) => [g.skillId, g.importance]))
  const selected = new Map<string, Selected>()
  const skipped: string[] = []

  const cost = (a: Action): number =>
    a.effortHours + a.prerequisites.reduce((s, p) => s + (selected.has(p) ? 0 : cost(byId.get(p) ?? a)), 0)
  const add = (a: Action, reason: Reason) => {
    if (selected.has(a.id)) return
    for (const pre of a.prerequisites) {
      const p = byId.get(pre)
      if (p) add(p, { kind: 'prerequisite', forActionId: a.id })
    }
    selected.set(a.id, { action: a, reason })
  }
  const value = (a: Action) => a.skills.reduce((s, k) => s + (importance.get(k) ?? 0), 0) / Math.sqrt(cost(a))
  const bestFor = (skillId: string) =>
    eligible
      .filter((a) => !selected.has(a.id) && a.skills.includes(skillId))
      .sort((x, y) => value(y) - value(x) || content.actions.indexOf(x) - content.actions.indexOf(y))[0]
  const gapsBuiltBy = (a: Action) => top.filter((g) => a.skills.includes(g.skillId)).map((g) => g.skillId)

  for (const id of path?.requiredActionIds ?? []) {
    const a = byId.get(id)
    if (a) add(a, { kind: 'required' })
  }
  for (const g of top) {
    const covered = [...selected.values()].some(
      (s) => s.action.skills.includes(g.skillId) && s.action.effortHours >= SUBSTANTIAL_HOURS,
    )
    if (covered) continue
    const a = bestFor(g.skillId)
    if (a) add(a, { kind: 'gap', skillIds: gapsBuiltBy(a) })
  }
  // Optional depth, only while the whole plan still fits the estimated window at the user's hours.
  const budget = hoursPerWeek * result.window.maxWeeks * OPTIONAL_BUDGET_SHARE
  const used = () => [...selected.values()].reduce((s, x) => s + x.action.effortHours, 0)
  for (const g of top) {
    const a = bestFor(g.skillId)
    if (!a) continue
    if (used() + cost(a) <= budget) add(a, { kind: 'extra', skillIds: gapsBuiltBy(a) })
    else skipped.push(a.title)
  }
  return { selected: [...selected.values()], skipped, topGapIds: top.map((g) => g.skillId) }
}
