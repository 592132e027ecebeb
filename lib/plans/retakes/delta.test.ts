import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { computeDelta, type Snapshot } from './delta'

const content = loadContent()
const base: Answers = personaAnswers('backend-with-pms')
const snap = (c: Content, answers: Answers): Snapshot => ({ result: assess(c, answers).result, answers })
const skill = (delta: ReturnType<typeof computeDelta>, id: string) => {
  const s = delta.skills.find((x) => x.skillId === id)
  if (!s) throw new Error(`no ${id}`)
  return s
}

/** The same content with the weight of one option on one skill changed: "the model changed". */
function reweighted(questionId: string, optionId: string, skillId: string, weight: number): Content {
  const copy = structuredClone(content)
  const q = copy.questions.find((x) => x.id === questionId)
  if (!q || q.kind === 'number') throw new Error('bad fixture')
  const entry = q.options.find((o) => o.id === optionId)?.skills.find((s) => s.skillId === skillId)
  if (!entry) throw new Error('bad fixture')
  entry.weight = weight
  return copy
}

describe('delta attribution', () => {
  const before = { ...base, 'customer-contact': 'never' }
  const after = { ...base, 'customer-contact': 'weekly' }

  it('with the same model, every point of movement comes from the answers', () => {
    const d = computeDelta(content, snap(content, before), snap(content, after))
    const cd = skill(d, 'customer-discovery')
    expect(cd.after ?? 0).toBeGreaterThan(cd.before ?? 0)
    expect(cd.fromAnswers).toBe((cd.after ?? 0) - (cd.before ?? 0))
    expect(cd.fromModel).toBe(0)
    expect(cd.changedAnswers.map((c) => c.questionId)).toEqual(['customer-contact'])
    expect(cd.changedAnswers[0]).toMatchObject({ before: expect.stringMatching(/never/i), after: expect.any(String) })
    // A skill the changed answer does not touch does not move.
    expect(skill(d, 'technical-feasibility')).toMatchObject({ fromAnswers: 0, fromModel: 0 })
  })

  it('with the same answers, every point of movement comes from the model', () => {
    const model = reweighted('customer-contact', 'weekly', 'customer-discovery', 1)
    const d = computeDelta(model, snap(content, after), snap(model, after))
    const cd = skill(d, 'customer-discovery')
    expect(cd.after ?? 0).toBeLessThan(cd.before ?? 0)
    expect(cd.fromAnswers).toBe(0)
    expect(cd.fromModel).toBe((cd.after ?? 0) - (cd.before ?? 0))
    expect(cd.changedAnswers).toEqual([])
  })

  it('splits a movement with both causes, and the parts always add up', () => {
    const model = reweighted('customer-contact', 'weekly', 'customer-discovery', 1)
    const d = computeDelta(model, snap(content, before), snap(model, after))
    const cd = skill(d, 'customer-discovery')
    const score = (c: Content, answers: Answers) =>
      assess(c, answers).result.skills.find((x) => x.skillId === 'customer-discovery')?.score ?? 0
    // The answers' part is the new answers against the old ones, both under the new model…
    expect(cd.fromAnswers).toBe(score(model, after) - score(model, before))
    expect(cd.fromAnswers).toBeGreaterThan(0)
    // …and the model's part is what the new model makes of the old answers.
    expect(cd.fromModel).toBe(score(model, before) - score(content, before))
    expect(cd.fromModel).not.toBe(0)
    for (const s of d.skills) expect(s.fromAnswers + s.fromModel).toBeCloseTo((s.after ?? 0) - (s.before ?? 0), 5)
  })

  it('lets the new answer stand in for a question the old answers could not have had', () => {
    const d = computeDelta(content, snap(content, base), snap(content, base))
    expect(d.bridged).toEqual([])
    const { 'usage-data': _dropped, ...withoutUsage } = base
    const old: Snapshot = { result: assess(content, base).result, answers: withoutUsage }
    const bridged = computeDelta(content, old, snap(content, base))
    expect(bridged.bridged).toEqual(['usage-data'])
    expect(skill(bridged, 'data-fluency').fromAnswers).toBe(0)
  })

  it('compares readiness, role, path and window before and after', () => {
    const d = computeDelta(content, snap(content, before), snap(content, after))
    expect(d.readiness.before).toEqual(expect.any(String))
    expect(d.roles.length).toBe(content.roles.length)
    expect(d.window.after).toMatch(/^\d+–\d+ weeks$/)
  })

  it('says when the verdict on the reasons for the move changed, the biggest change a retake can bring', () => {
    // Someone drawn only by pay and title, then by the why and the impact: "not for you" becomes "go".
    const doubtful = { ...base, 'draws-you': ['pay', 'title'], 'no-code-week': 'dread', 'pay-dip': 'no' }
    const sure = { ...base, 'draws-you': ['why', 'impact'] }
    const d = computeDelta(content, snap(content, doubtful), snap(content, sure))
    expect(d.verdict.after).toBe('go')
    expect(d.verdict.before).not.toBe('go')
    expect(d.verdict.before).toBe(assess(content, doubtful).result.verdict.kind)
  })
})
