import type { Content } from '@/lib/content/schema'
import type { Chosen } from '@/lib/scoring/chosen'
import type { EngineIndex } from '@/lib/scoring/engine-index'
import type { PathRecommendation } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

/** Picks the path the answers lean towards most; ties go to the earlier path in content (the lower-risk one). */
export function recommendPath(content: Content, index: EngineIndex, chosen: Chosen[]): PathRecommendation {
  type Tally = { total: number; pro: { w: number; text: string }[]; con: { w: number; text: string }[] }
  const byPath = new Map<string, Tally>(content.paths.map((p) => [p.id, { total: 0, pro: [], con: [] }]))
  for (const c of chosen) {
    for (const p of c.effects.paths) {
      const t = byPath.get(p.pathId)
      if (!t) continue
      t.total += p.weight
      ;(p.weight > 0 ? t.pro : t.con).push({ w: Math.abs(p.weight), text: c.effects.rationale })
    }
  }
  const tallies = content.paths.map((path, order) => {
    const t = byPath.get(path.id) ?? { total: 0, pro: [], con: [] }
    // Strongest reasons first; equal weights keep question order.
    t.pro.sort((a, b) => b.w - a.w)
    t.con.sort((a, b) => b.w - a.w)
    return { path, order, ...t }
  })
  const sorted = [...tallies].sort((a, b) => b.total - a.total || a.order - b.order)
  const top = sorted[0]
  if (!top) throw new Error('recommendPath: content has no paths')
  const why = [...top.pro.slice(0, 3).map((p) => p.text), `It fits when: ${lowerFirst(top.path.whenItFits)}`]
  const alternatives = sorted.slice(1).map((t) => ({
    pathId: t.path.id,
    name: t.path.name,
    why:
      t.con[0]?.text ??
      `Possible, but your answers point more strongly to ${displayName(top.path.name)}. It fits when: ${lowerFirst(t.path.whenItFits)}`,
  }))
  return {
    pathId: top.path.id,
    name: top.path.name,
    summary: top.path.summary,
    why,
    alternatives,
    sources: index.citations(top.path.sources),
  }
}
