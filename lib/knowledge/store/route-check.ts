import type { Condition, Content, Question } from '@/lib/engine/content/schema'
import type { ModelWarning } from './model-checks'
import { fieldAnchor } from './problems'

// The route check (lib/knowledge/store/model-checks.ts): a role no one can reach, or one whose people no path is open
// to, can never be recommended. Conditions are solved, not sampled, the way the engine reads them
// (lib/engine/scoring/conditions.ts): an unanswered question meets no condition.

/** Whether some set of answers meets every condition at once (the engine's `holds`, solved rather than tested). */
export function satisfiable(conditions: readonly Condition[], questions: ReadonlyMap<string, Question>): boolean {
  const byQuestion = new Map<string, Condition[]>()
  for (const c of conditions) byQuestion.set(c.questionId, [...(byQuestion.get(c.questionId) ?? []), c])
  for (const [questionId, list] of byQuestion) {
    const q = questions.get(questionId)
    if (!q) return false
    if (q.kind === 'number') {
      if (list.some((c) => c.anyOf !== undefined)) return false
      const lo = Math.max(q.min, ...list.map((c) => c.min ?? q.min))
      const hi = Math.min(q.max, ...list.map((c) => c.max ?? q.max))
      if (lo > hi) return false
      continue
    }
    const sets = list.map((c) => new Set(c.anyOf ?? []))
    const inAll = (id: string) => sets.every((s) => s.has(id))
    if (q.kind === 'single') {
      if (!q.options.some((o) => inAll(o.id))) return false
      continue
    }
    // Several ticks: each condition needs one of its options ticked; an exclusive ("none of these") goes alone.
    const plain = new Set(q.options.filter((o) => !o.exclusive).map((o) => o.id))
    const withPlain = sets.every((s) => [...s].some((id) => plain.has(id)))
    if (!withPlain && !q.options.some((o) => o.exclusive && inAll(o.id))) return false
  }
  return true
}

/** Every role must be open to someone who can take at least one path, or no readout can ever recommend it. */
export function routeWarnings(content: Content): ModelWarning[] {
  const questions = new Map(content.questions.map((q) => [q.id, q]))
  return content.roles.flatMap((role) => {
    const href = `/admin/content/roles/${encodeURIComponent(role.id)}#${fieldAnchor(['requires'])}`
    if (!satisfiable(role.requires, questions))
      return [
        {
          id: `route:${role.id}`,
          check: 'route' as const,
          message: `${role.name} is open to nobody: no set of answers meets all of its “open to” conditions at once.`,
          fix: `Loosen ${role.name}’s conditions (for example a number range whose lowest is above its highest).`,
          href,
          linkText: role.name,
        },
      ]
    if (content.paths.some((p) => satisfiable([...role.requires, ...p.requires], questions))) return []
    return [
      {
        id: `route:${role.id}`,
        check: 'route' as const,
        message: `${role.name} has no route: nobody it is open to can take any path (${content.paths.map((p) => p.name).join(', ')}).`,
        fix: `Widen ${role.name}’s conditions, or a path’s “open when” conditions, so that someone the role is open to can take at least one path.`,
        href,
        linkText: role.name,
      },
    ]
  })
}
