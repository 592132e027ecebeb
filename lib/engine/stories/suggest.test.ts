import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { suggestStories } from './suggest'

const content = loadContent()
const base = personaAnswers('backend-with-pms')

function suggestionsFor(answers: Answers, done: ReadonlySet<string> = new Set()) {
  const { result, plan } = assess(content, answers)
  return { plan, suggestions: suggestStories(content, answers, result, plan, done) }
}
const byId = (answers: Answers, id: string) => suggestionsFor(answers).suggestions.find((s) => s.promptId === id)

describe('suggestStories', () => {
  it('offers one suggestion per prompt, in the content’s order', () => {
    expect(suggestionsFor(base).suggestions.map((s) => s.promptId)).toEqual(content.prompts.map((p) => p.id))
  })

  it('turns an answer into the story idea the prompt’s cue gives for it', () => {
    const influence = byId({ ...base, 'changed-plans': 'few' }, 'influence')
    expect(influence?.ideas.map((i) => i.text)).toContain(
      'You said another team changed its plan because of you. That is your influence story: what they planned, what you showed them, and what they did instead.',
    )
    expect(influence?.none).toBe(false)
    const evidence = byId({ ...base, 'engineering-work': ['ab-test', 'design-doc'] }, 'evidence-decision')
    expect(evidence?.ideas[0]?.text).toMatch(/^You have run an A\/B test.*story about evidence and outcomes/)
    // And the persona looks at usage data monthly: that cue holds too, after the A/B test's.
    expect(evidence?.ideas).toHaveLength(3)
  })

  it('falls back on what the person did that shows the prompt’s skills, never on ratings or scenarios', () => {
    // This persona has no cue for the start-to-finish prompt, but estimated and planned a project.
    const startToFinish = byId(base, 'start-to-finish')
    expect(startToFinish?.ideas).toEqual([])
    expect(startToFinish?.experiences.length).toBeGreaterThan(0)
    const kinds = new Map(assess(content, base).result.answers.map((a) => [a.questionId, a.kind]))
    for (const e of startToFinish?.experiences ?? [])
      expect(['behaviour', 'crosswalk']).toContain(kinds.get(e.questionId))
  })

  it('says plainly when there is nothing yet, with the plan steps that would give a story', () => {
    const nothing: Answers = {
      ...base,
      'changed-plans': 'never',
      'idea-built': 'no',
      'engineering-work': ['none'],
      'present-outside': 'none',
      'specs-written': 'none',
      'product-work': ['none'],
      'team-standing': 'new',
    }
    const { suggestions, plan } = suggestionsFor(nothing)
    const influence = suggestions.find((s) => s.promptId === 'influence')
    expect(influence).toMatchObject({ ideas: [], experiences: [], none: true })
    const inPlan = new Set(plan.actions.map((a) => a.actionId))
    const steps = influence?.steps ?? []
    expect(steps.length).toBeGreaterThan(0)
    // Steps in the plan come first, with their weeks; a step not in the plan says so by having none.
    const firstOutside = steps.findIndex((s) => s.weeks === null)
    if (firstOutside >= 0) expect(steps.slice(firstOutside).every((s) => s.weeks === null)).toBe(true)
    for (const s of steps) expect(s.weeks !== null).toBe(inPlan.has(s.actionId))
  })

  it('marks a step already checked off', () => {
    const { plan } = suggestionsFor(base)
    const step = byId(base, 'user-problem')?.steps.find((s) => s.weeks)
    expect(step).toBeDefined()
    const again = suggestionsFor(base, new Set([step?.actionId ?? ''])).suggestions.find(
      (s) => s.promptId === 'user-problem',
    )
    expect(again?.steps.find((s) => s.actionId === step?.actionId)?.done).toBe(true)
    expect(plan.actions.some((a) => a.actionId === step?.actionId)).toBe(true)
  })
})
