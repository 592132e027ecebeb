import type { Condition, Content, Question } from '@/lib/engine/content/schema'
import { positioningProblems } from './positioning-integrity'

// Cross-reference and coverage rules the zod schema can't express. They run at every load, so a bad edit
// (by hand or in the admin editor) is rejected with every problem listed at once, not discovered in production.

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  const dupes = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) dupes.add(id)
    seen.add(id)
  }
  return [...dupes]
}

export function contentProblems(c: Content): string[] {
  const problems: string[] = []
  const add = (where: string, what: string) => problems.push(`${where}: ${what}`)
  const ids = {
    sources: new Set(c.sources.map((x) => x.id)),
    areas: new Set(c.areas.map((x) => x.id)),
    skills: new Set(c.skills.map((x) => x.id)),
    sections: new Set(c.sections.map((x) => x.id)),
    roles: new Set(c.roles.map((x) => x.id)),
    paths: new Set(c.paths.map((x) => x.id)),
    phases: new Set(c.phases.map((x) => x.id)),
    actions: new Set(c.actions.map((x) => x.id)),
  }
  const collections: [string, { id: string }[]][] = [
    ['sources', c.sources],
    ['areas', c.areas],
    ['skills', c.skills],
    ['sections', c.sections],
    ['questions', c.questions],
    ['roles', c.roles],
    ['paths', c.paths],
    ['phases', c.phases],
    ['actions', c.actions],
  ]
  for (const [name, list] of collections) {
    for (const d of duplicates(list.map((x) => x.id))) add(name, `id "${d}" is used more than once`)
  }
  const refs = (where: string, kind: keyof typeof ids, list: readonly string[]) => {
    for (const id of list) if (!ids[kind].has(id)) add(where, `unknown ${kind.replace(/s$/, '')} "${id}"`)
  }

  for (const s of c.skills) {
    refs(`skills[${s.id}].areaId`, 'areas', [s.areaId])
    refs(`skills[${s.id}].sources`, 'sources', s.sources)
  }
  const measuredBy = new Map<string, Set<string>>()
  const feeds = new Map<string, string[]>()
  for (const q of c.questions) {
    const at = `questions[${q.id}]`
    refs(`${at}.sectionId`, 'sections', [q.sectionId])
    refs(`${at}.sources`, 'sources', q.sources)
    if (q.feeds) feeds.set(q.feeds, [...(feeds.get(q.feeds) ?? []), q.id])
    const effects = q.kind === 'number' ? q.bands : q.options
    if (q.kind !== 'number') {
      for (const d of duplicates(q.options.map((o) => o.id))) add(at, `option id "${d}" is used more than once`)
      const exclusive = q.options.filter((o) => o.exclusive)
      if (q.kind === 'single' && exclusive.length > 0) add(at, 'only multi questions can have an exclusive option')
      if (exclusive.length > 1) add(at, 'at most one exclusive ("none of these") option')
      if (q.category === 'self-rating') for (const p of selfRatingProblems(q)) add(at, p)
    } else {
      if (q.min >= q.max) add(at, 'min must be below max')
      // Each band starts one step after the previous one ends (0–1.5, 2–4.5 … in steps of 0.5).
      const onStep = (n: number) => Number.isInteger((n - q.min) / q.step)
      let next = q.min
      for (const b of [...q.bands].sort((x, y) => x.min - y.min)) {
        if (!onStep(b.min) || !onStep(b.max)) add(at, `band ${b.min}–${b.max} must start and end on steps of ${q.step}`)
        if (b.min !== next) add(at, `bands must cover ${q.min}–${q.max} without gaps or overlaps (problem at ${b.min})`)
        next = b.max + q.step
      }
      if (next !== q.max + q.step) add(at, `bands must end exactly at ${q.max}`)
    }
    let touchesSkill = false
    let hasEffect = q.feeds !== undefined
    effects.forEach((e, i) => {
      const where = `${at}.${q.kind === 'number' ? 'bands' : 'options'}[${'id' in e ? e.id : i}]`
      refs(
        `${where}.skills`,
        'skills',
        e.skills.map((s) => s.skillId),
      )
      refs(
        `${where}.roles`,
        'roles',
        e.roles.map((r) => r.roleId),
      )
      refs(
        `${where}.paths`,
        'paths',
        e.paths.map((p) => p.pathId),
      )
      refs(
        `${where}.caps`,
        'skills',
        e.caps.map((cap) => cap.skillId),
      )
      if (e.caps.length > 0 && q.category !== 'behaviour' && q.category !== 'crosswalk')
        add(`${where}.caps`, 'only answers about what someone has done may cap a skill')
      for (const s of e.skills) measuredBy.set(s.skillId, (measuredBy.get(s.skillId) ?? new Set()).add(q.id))
      touchesSkill ||= e.skills.length > 0
      hasEffect ||= e.skills.length + e.roles.length + e.paths.length + e.signals.length > 0 || e.windowWeeks !== 0
    })
    // Context and motivation questions steer roles, paths, constraints and the verdict; every other kind measures skills.
    if (q.category === 'motivation' && !effects.some((e) => e.signals.length > 0))
      add(at, 'a motivation question needs at least one option with a signal')
    else if (q.category !== 'context' && q.category !== 'motivation' && !touchesSkill)
      add(at, 'must contribute to at least one skill')
    else if (!hasEffect) add(at, 'has no effect on the result')
  }
  const hours = feeds.get('hours-per-week') ?? []
  if (hours.length !== 1) add('questions', 'exactly one question must feed "hours-per-week"')
  for (const [feed, qs] of feeds) if (qs.length > 1) add('questions', `only one question may feed "${feed}"`)
  for (const q of c.questions) {
    if (q.feeds === 'hours-per-week' || q.feeds === 'years-experience')
      if (q.kind !== 'number') add(`questions[${q.id}]`, `"${q.feeds}" must be a number question`)
    if (q.feeds === 'target-timeline' && q.kind !== 'single')
      add(`questions[${q.id}]`, 'the timeline must be a single-choice question')
  }
  for (const s of c.skills) {
    if ((measuredBy.get(s.id)?.size ?? 0) < 2) add(`skills[${s.id}]`, 'must be measured by at least two questions')
  }
  for (const s of c.sections) {
    if (!c.questions.some((q) => q.sectionId === s.id)) add(`sections[${s.id}]`, 'has no questions')
  }

  const questionById = new Map(c.questions.map((q) => [q.id, q]))
  const conditions = (where: string, list: readonly Condition[]) =>
    list.forEach((cond, i) => {
      for (const p of conditionProblems(questionById, cond)) add(`${where}[${i}]`, p)
    })
  for (const r of c.roles) {
    conditions(`roles[${r.id}].requires`, r.requires)
    conditions(`roles[${r.id}].firstMoveWhen`, r.firstMoveWhen)
    if (r.firstMoveWhen.length > 0 && r.timing !== 'later')
      add(`roles[${r.id}].firstMoveWhen`, 'only a later role can become a first move')
    refs(
      `roles[${r.id}].leansOn`,
      'skills',
      r.leansOn.map((l) => l.skillId),
    )
    refs(`roles[${r.id}].sources`, 'sources', r.sources)
  }
  if (!c.roles.some((r) => r.timing === 'first-move')) add('roles', 'at least one role must be a first move')
  const actionById = new Map(c.actions.map((a) => [a.id, a]))
  for (const p of c.paths) {
    conditions(`paths[${p.id}].requires`, p.requires)
    refs(`paths[${p.id}].requiredActionIds`, 'actions', p.requiredActionIds)
    refs(`paths[${p.id}].sources`, 'sources', p.sources)
    for (const id of p.requiredActionIds) {
      const a = actionById.get(id)
      if (a && !a.paths.includes(p.id)) add(`paths[${p.id}]`, `required action "${id}" does not suit this path`)
    }
    if (p.extraWeeks && p.extraWeeks.min > p.extraWeeks.max) add(`paths[${p.id}].extraWeeks`, 'min must not exceed max')
    for (const d of duplicates(p.byReadiness.map((r) => r.band)))
      add(`paths[${p.id}].byReadiness`, `readiness "${d}" is listed more than once`)
  }
  c.phases.forEach((ph, i) => {
    refs(`phases[${ph.id}].sources`, 'sources', ph.sources)
    refs(`phases[${ph.id}].startsAfter`, 'phases', ph.startsAfter)
    const earlier = new Set(c.phases.slice(0, i).map((p) => p.id))
    for (const id of ph.startsAfter)
      if (!earlier.has(id)) add(`phases[${ph.id}].startsAfter`, `"${id}" must be an earlier phase`)
  })
  for (const a of c.actions) {
    const at = `actions[${a.id}]`
    refs(`${at}.phaseId`, 'phases', [a.phaseId])
    refs(`${at}.skills`, 'skills', a.skills)
    refs(`${at}.prerequisites`, 'actions', a.prerequisites)
    refs(`${at}.paths`, 'paths', a.paths)
    refs(`${at}.sources`, 'sources', a.sources)
    conditions(`${at}.requires`, a.requires)
    conditions(`${at}.skipWhen`, a.skipWhen)
    if (a.insteadId !== undefined) {
      refs(`${at}.insteadId`, 'actions', [a.insteadId])
      const instead = actionById.get(a.insteadId)
      if (a.insteadId === a.id) add(`${at}.insteadId`, 'an action cannot stand in for itself')
      else if (instead && !a.paths.every((p) => instead.paths.includes(p)))
        add(`${at}.insteadId`, `"${a.insteadId}" must suit every path this action suits`)
    }
    if (a.ongoing && a.until === undefined) add(`${at}.until`, 'an ongoing step must say until when it goes on')
    if (!a.ongoing && (a.until !== undefined || a.followUpHours !== undefined))
      add(`${at}.ongoing`, 'only an ongoing step has follow-up hours and an end')
    if (a.waitWeeks > 0 && (a.waitsFor === undefined || a.prerequisites.length === 0))
      add(`${at}.waitWeeks`, 'a step that waits needs prerequisites to wait after and words for what it waits for')
    if (a.skipWhen.length > 0 && a.insteadId === undefined && c.paths.some((p) => p.requiredActionIds.includes(a.id)))
      add(`${at}.insteadId`, 'a required step that can be skipped needs a step to offer instead')
    a.whenDone.forEach((w, i) => {
      const q = questionById.get(w.questionId)
      if (!q) add(`${at}.whenDone[${i}]`, `unknown question "${w.questionId}"`)
      else if (q.kind === 'number' || !q.options.some((o) => o.id === w.atLeastOptionId))
        add(`${at}.whenDone[${i}]`, `"${w.atLeastOptionId}" is not an option of "${w.questionId}"`)
    })
    // A plan must be able to include an action's prerequisites on every path the action suits.
    for (const pre of a.prerequisites) {
      const p = actionById.get(pre)
      const missing = p ? a.paths.filter((path) => !p.paths.includes(path)) : []
      if (missing.length > 0) add(at, `prerequisite "${pre}" does not suit path(s) ${missing.join(', ')}`)
    }
  }
  problems.push(...prerequisiteCycles(c))
  problems.push(...positioningProblems(c, (cond) => conditionProblems(questionById, cond)))
  // Any skill can end up a gap, so each needs two actions overall and one on every path.
  for (const s of c.skills) {
    const building = c.actions.filter((a) => a.skills.includes(s.id))
    if (building.length < 2) add(`skills[${s.id}]`, 'must be built by at least two actions')
    for (const p of c.paths) {
      if (!building.some((a) => a.paths.includes(p.id))) add(`skills[${s.id}]`, `no action builds it on path "${p.id}"`)
    }
  }
  return problems
}

function prerequisiteCycles(c: Content): string[] {
  const byId = new Map(c.actions.map((a) => [a.id, a]))
  const state = new Map<string, 'visiting' | 'done'>()
  const found: string[] = []
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      found.push(`actions: prerequisite cycle ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`)
      return
    }
    state.set(id, 'visiting')
    for (const pre of byId.get(id)?.prerequisites ?? []) visit(pre, [...trail, id])
    state.set(id, 'done')
  }
  for (const a of c.actions) visit(a.id, [])
  return found
}

/**
 * Self-ratings use an even scale: five levels, each described in observable terms, moving the rated skill by
 * -2, -1, 0, +1, +2 (level 3 has no entry), so level 3 reads as the middle of the scale and not as 60 of 100.
 */
function selfRatingProblems(q: Question): string[] {
  if (q.kind !== 'single') return ['a self-rating must be a single-choice question']
  const problems: string[] = []
  const levels = q.options.map((o) => o.level)
  if (q.options.length !== 5 || [1, 2, 3, 4, 5].some((l) => !levels.includes(l)))
    problems.push('a self-rating needs exactly five options with levels 1 to 5')
  if (q.options.some((o) => o.detail === undefined))
    problems.push('every self-rating level needs an observable description')
  const skills = new Set(q.options.flatMap((o) => o.skills.map((s) => s.skillId)))
  if (skills.size !== 1) problems.push('a self-rating rates exactly one skill')
  for (const o of q.options) {
    const weight = o.skills.reduce((sum, s) => sum + s.weight, 0)
    if (o.level !== undefined && weight !== o.level - 3)
      problems.push(`level ${o.level} must move the skill by ${o.level - 3} (even scale), not ${weight}`)
  }
  return problems
}

function conditionProblems(questions: Map<string, Question>, cond: Condition): string[] {
  const q = questions.get(cond.questionId)
  if (!q) return [`unknown question "${cond.questionId}"`]
  if (q.kind === 'number') {
    if (cond.anyOf) return [`"${q.id}" is a number question: use min/max, not anyOf`]
    if (cond.min !== undefined && cond.max !== undefined && cond.min > cond.max) return ['min must not exceed max']
    return []
  }
  if (cond.min !== undefined || cond.max !== undefined)
    return [`"${q.id}" is a choice question: use anyOf, not min/max`]
  return (cond.anyOf ?? [])
    .filter((id) => !q.options.some((o) => o.id === id))
    .map((id) => `"${id}" is not an option of "${q.id}"`)
}
