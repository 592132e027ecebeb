import type { Answers } from '@/lib/engine/content/answers'
import type { Content, Path } from '@/lib/engine/content/schema'
import type { Chosen } from '@/lib/engine/scoring/chosen'
import { allHold, firstUnmet } from '@/lib/engine/scoring/conditions'
import type { PathRecommendation, Readiness } from '@/lib/engine/scoring/result-schema'
import { lowerFirst, wordings } from '@/lib/engine/scoring/text'

type Tally = { path: Path; order: number; open: boolean; total: number; pro: string[]; con: string[] }

/**
 * How strongly the answers, and readiness (a path's `byReadiness`: someone ready to apply needs no detour through
 * another engineering job), lean towards each path, strongest reasons first.
 */
export function tallyPaths(
  content: Content,
  answers: Answers,
  chosen: readonly Chosen[],
  readiness?: Readiness['band'],
): Tally[] {
  const tallies = content.paths.map((path, order) => {
    const leans = [
      ...chosen.flatMap((c) =>
        c.effects.paths.filter((p) => p.pathId === path.id).map((p) => ({ w: p.weight, text: c.effects.rationale })),
      ),
      ...path.byReadiness.filter((r) => r.band === readiness).map((r) => ({ w: r.weight, text: r.reason })),
    ]
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
export function recommendPath(
  content: Content,
  answers: Answers,
  chosen: readonly Chosen[],
  readiness?: Readiness['band'],
): PathRecommendation {
  const [top, ...rest] = tallyPaths(content, answers, chosen, readiness)
  if (!top) throw new Error('recommendPath: content has no paths')
  const why = [...top.pro.slice(0, 3), `It fits when: ${lowerFirst(top.path.whenItFits)}`]
  const against = top.con[0]
  // Chosen in spite of a reason against it: say plainly that it is still the best route, and why.
  if (against)
    why.push(
      `Weighed against it: ${lowerFirst(against)}${top.pro[0] ? ' On balance it is still the best route for you, because of the reasons above.' : ''}`,
    )
  let possible = 0
  // A route closed by the work situation is said through when it fits (the situation in a few words), not by listing
  // every answer that opens it; one closed by a figure names the figure. Each closed route gets its own wording.
  const closed = wordings([
    (fits: string) => `Not open to you now, given your work situation. It fits when: ${fits}`,
    (fits: string) => `Your work situation rules this out for now. It suits you when: ${fits}`,
    (fits: string) => `Not your route in your present situation. Best when: ${fits}`,
  ])
  const closedWhy = (t: (typeof rest)[number]) => {
    const unmet = firstUnmet(content, t.path.requires, answers)
    const failed = t.path.requires.find((c) => !allHold([c], answers))
    const byFigure = failed !== undefined && (failed.min !== undefined || failed.max !== undefined)
    if (byFigure || !unmet) return unmet ? `Not open to you now: it needs ${lowerFirst(unmet)}.` : ''
    const say = closed()
    const fits = lowerFirst(t.path.whenItFits)
    return say ? say(fits) : `Not open to you now: ${lowerFirst(unmet)}.`
  }
  const alternatives = rest.map((t) => {
    const unmet = t.open ? null : closedWhy(t)
    // Several open alternatives get different sentences, so the same words never run down the list.
    const fallback = [
      `Possible, but your answers point more strongly to “${top.path.name}”. It fits when: ${lowerFirst(t.path.whenItFits)}`,
      `Also open to you, if less suited to your answers. Best when: ${lowerFirst(t.path.whenItFits)}`,
      `Worth keeping in mind if things change. It fits when: ${lowerFirst(t.path.whenItFits)}`,
    ]
    return {
      pathId: t.path.id,
      name: t.path.name,
      // A reason against that is also the chosen route's reason for (one answer leaning both ways) was just read
      // above and says nothing about this route: the route's own fit is said instead.
      why: unmet ? unmet : (t.con.find((c) => !why.includes(c)) ?? fallback[possible++ % fallback.length] ?? ''),
    }
  })
  return {
    pathId: top.path.id,
    name: top.path.name,
    route: top.path.route,
    summary: top.path.summary,
    why,
    alternatives,
    sources: top.path.sources,
  }
}
