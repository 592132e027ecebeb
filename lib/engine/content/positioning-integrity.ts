import { groupsIn } from './phrases'
import type { Condition, Content } from './schema'

// Cross-reference rules for the job-listing lexicon and the interview prompts, run with the rest of the content's
// (lib/engine/content/integrity.ts calls this), so a bad edit lists every problem at once in the same `where: what` form.

export function positioningProblems(c: Content, conditionProblems: (cond: Condition) => string[]): string[] {
  const problems: string[] = []
  const add = (where: string, what: string) => problems.push(`${where}: ${what}`)
  const sources = new Set(c.sources.map((s) => s.id))
  const skills = new Set(c.skills.map((s) => s.id))
  const actions = new Set(c.actions.map((a) => a.id))
  const groups = new Set(c.synonyms.map((g) => g.id))

  const cites = (where: string, ids: readonly string[]) => {
    for (const id of ids) if (!sources.has(id)) add(`${where}.sources`, `unknown source "${id}"`)
  }
  const unique = (name: string, ids: readonly string[]) => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) add(name, `id "${id}" is used more than once`)
      seen.add(id)
    }
  }
  const groupRefs = (where: string, phrases: readonly string[]) => {
    for (const phrase of phrases)
      for (const name of groupsIn(phrase)) if (!groups.has(name)) add(where, `unknown synonym group "@${name}"`)
  }
  const rules = (where: string, e: { phrases: string[]; patterns: { all: string[] }[]; excludes: string[] }) => {
    groupRefs(`${where}.phrases`, e.phrases)
    groupRefs(
      `${where}.patterns`,
      e.patterns.flatMap((p) => p.all),
    )
    groupRefs(`${where}.excludes`, e.excludes)
  }

  unique(
    'synonyms',
    c.synonyms.map((g) => g.id),
  )
  for (const g of c.synonyms) {
    cites(`synonyms[${g.id}]`, g.sources)
    // One level only: a group's words are plain phrases, so expanding a phrase never loops.
    if (g.words.some((w) => groupsIn(w).length > 0))
      add(`synonyms[${g.id}].words`, 'a synonym may not use another group')
  }

  unique(
    'lexicon',
    c.lexicon.map((e) => e.id),
  )
  const bySkill = new Map<string, string>()
  for (const e of c.lexicon) {
    const at = `lexicon[${e.id}]`
    if (!skills.has(e.skillId)) add(`${at}.skillId`, `unknown skill "${e.skillId}"`)
    const other = bySkill.get(e.skillId)
    if (other) add(`${at}.skillId`, `skill "${e.skillId}" already has the entry "${other}": add phrases there`)
    bySkill.set(e.skillId, e.id)
    rules(at, e)
    cites(at, e.sources)
  }

  unique(
    'unmeasured',
    c.unmeasured.map((u) => u.id),
  )
  for (const u of c.unmeasured) {
    rules(`unmeasured[${u.id}]`, u)
    cites(`unmeasured[${u.id}]`, u.sources)
  }

  unique(
    'prompts',
    c.prompts.map((p) => p.id),
  )
  for (const p of c.prompts) {
    const at = `prompts[${p.id}]`
    // /plan/<token>/stories/<prompt id> is a story's editor; this one address is the printable prep sheet.
    if (p.id === 'prep-sheet') add(`${at}.id`, 'the id "prep-sheet" is taken by the printable prep sheet')
    for (const id of p.skills) if (!skills.has(id)) add(`${at}.skills`, `unknown skill "${id}"`)
    for (const id of p.buildWith) if (!actions.has(id)) add(`${at}.buildWith`, `unknown action "${id}"`)
    p.cues.forEach((cue, i) => {
      cue.when.forEach((cond, j) => {
        for (const problem of conditionProblems(cond)) add(`${at}.cues[${i}].when[${j}]`, problem)
      })
    })
    cites(at, p.sources)
  }
  return problems
}
