import type { Answers } from '@/lib/content/answers'
import type { Content, Path } from '@/lib/content/schema'
import type { Chosen } from '@/lib/scoring/chosen'
import { allHold, firstUnmet } from '@/lib/scoring/conditions'
import type { PathRecommendation } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

type Tally = { path: Path; order: number; open: boolean; total: number; pro: string[]; con: string[] }

/** How strongly the answers lean towards each path, strongest reasons first. */
export function tallyPaths(content: Content, answers: Answers, chosen: readonly Chosen[]): Tally[] {
  const tallies = content.paths.map((path, order) => {
    const leans = chosen.flatMap((c) =>
      c.effects.paths.filter((p) => p.pathId === path.id).map((p) => ({ w: p.weight, text: c.effects.rationale })),
    )
    const by = (sign: 1 | -1) =>
      leans
        .filter((l) => Math.sign(l.w) === sign)
        .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
        .map((l) => l.text)
    return {
      path,
      order,
      open: allHold(path.requires, answers),
      total: leans.reduce((s, l) => s + l.w, 0),
      pro: by(1),
      con: by(-1),
    }
  })
  return tallies.sort((a, b) => Number(b.open) - Number(a.open) || b.total - a.total || a.order - b.order)
}

/**
 * The path the answers lean towards most among those the person's situation opens (content: `requires`, e.g. the
 * company has PMs); ties go to the earlier path in content, the lower-risk one. When no path is open, the best lean.
 */
export function recommendPath(content: Content, answers: Answers, chosen: readonly Chosen[]): PathRecommendation {
  const [top, ...rest] = tallyPaths(content, answers, chosen)
  if (!top) throw new Error('recommendPath: content has no paths')
  const why = [...top.pro.slice(0, 3), `It fits when: ${lowerFirst(top.path.whenItFits)}`]
  const against = top.con[0]
  if (against) why.push(`Weighed against it: ${lowerFirst(against)}`)
  const alternatives = rest.map((t) => {
    const unmet = t.open ? null : firstUnmet(content, t.path.requires, answers)
    return {
      pathId: t.path.id,
      name: t.path.name,
      why: unmet
        ? `Not open to you now. It needs ${lowerFirst(unmet)}.`
        : (t.con[0] ??
          `Possible, but your answers point more strongly to ${displayName(top.path.name)}. It fits when: ${lowerFirst(t.path.whenItFits)}`),
    }
  })
  return {
    pathId: top.path.id,
    name: top.path.name,
    summary: top.path.summary,
    why,
    alternatives,
    sources: top.path.sources,
  }
}
