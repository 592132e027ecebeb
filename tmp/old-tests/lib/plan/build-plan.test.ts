import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { buildPlan, constraintsFromAnswers } from '@/lib/plan/build-plan'
import { type Plan, PlanSchema } from '@/lib/plan/plan-schema'
import { MILESTONE_NAMES } from '@/lib/plan/plan-text'
import { assess } from '@/lib/scoring/assess'
import { answersArbitrary, personaAnswers } from '@/tests/fixtures/answers-arbitrary'

const content = loadContent()
const planFor = (a: Answers) => assess(content, a)
/** First and last week each action has main (not follow-up) work in. */
function spans(plan: Plan) {
  const out = new Map<string, { first: number; last: number }>()
  for (const w of plan.weeks)
    for (const it of w.items) {
      if (it.title.startsWith('Keep going')) continue
      const s = out.get(it.actionId)
      out.set(it.actionId, { first: s?.first ?? w.week, last: w.week })
    }
  return out
}

describe('buildPlan', () => {
  it('reads the weekly hours from the answers', async () => {
    expect(constraintsFromAnswers(content, await personaAnswers('three-hours'))).toEqual({ hoursPerWeek: 3 })
  })

  it('produces a strict, self-contained plan with a "done when" and a source on every item', async () => {
    const { plan } = planFor(await personaAnswers('backend-with-pms'))
    expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(JSON.parse(JSON.stringify(plan)))
    for (const w of plan.weeks)
      for (const it of w.items) {
        expect(it.doneWhen.length).toBeGreaterThan(0)
        expect(it.sources.length).toBeGreaterThan(0)
        expect(it.why.length).toBeGreaterThan(0)
      }
  })

  it('starts where you are and ends with the move, in the articles’ order', async () => {
    const { plan } = planFor(await personaAnswers('backend-with-pms'))
    const order = plan.phases.map((p) => p.id)
    expect(order[0]).toBe('start-where-you-are')
    expect(order.at(-1)).toBe('make-the-move')
    expect(plan.weeks[0]?.items.some((i) => i.actionId === 'tell-your-manager')).toBe(true)
    const position = plan.phases.find((p) => p.id === 'position')
    const build = plan.phases.find((p) => p.id === 'build-experience')
    // You position yourself once you have product experience to talk about.
    expect(position?.startWeek).toBeGreaterThan(build?.endWeek ?? 0)
  })

  it('uses the path: an internal transfer owns a small feature; moving first includes the job move', async () => {
    const internal = planFor(await personaAnswers('backend-with-pms')).plan
    const ids = (p: Plan) => new Set(p.weeks.flatMap((w) => w.items.map((i) => i.actionId)))
    expect(ids(internal)).toContain('own-small-feature')
    const agency = planFor(await personaAnswers('frontend-agency')).plan
    expect(ids(agency)).toContain('land-role-with-pms')
    expect(ids(agency)).not.toContain('shadow-a-pm')
  })

  it('adds a decision checkpoint when the motivation answers raised a warning', async () => {
    const { plan } = planFor(await personaAnswers('salary-chaser'))
    const checkpoint = plan.milestones.find((m) => m.id === 'decision-checkpoint')
    expect(checkpoint).toBeDefined()
    // Only after some product work has been tried: the opening phase is done and a product task has finished.
    const opening = plan.milestones.find((m) => m.id === `end-${content.phases[0]?.id}`)
    expect(checkpoint?.week).toBeGreaterThanOrEqual(opening?.week ?? 1)
    const finished = plan.weeks
      .slice(0, checkpoint?.week)
      .flatMap((w) => w.items)
      .filter((i) => i.phaseId !== content.phases[0]?.id && i.part === i.parts)
    expect(finished.length).toBeGreaterThan(0)
    // The checks are questions to answer, not the verdict's reasons again.
    expect(checkpoint?.checks.some((c) => c.endsWith('?'))).toBe(true)
    expect(
      planFor(await personaAnswers('backend-with-pms')).plan.milestones.some((m) => m.id === 'decision-checkpoint'),
    ).toBe(false)
  })
})

describe('citations', () => {
  it('cite each source once per item, and tell two articles from one publisher apart by title', async () => {
    // Product School publishes two of our articles ("The Transition from Software Engineer to Product Manager" and
    // "How to Transition to Product Management From ANY Background"): both are cited, each under its own title.
    for (const name of ['backend-with-pms', 'frontend-agency', 'new-graduate']) {
      const { plan } = planFor(await personaAnswers(name))
      for (const item of plan.weeks.flatMap((w) => w.items)) {
        const ids = item.sources.map((c) => c.id)
        expect(new Set(ids).size, `${item.actionId}: ${ids.join(', ')}`).toBe(ids.length)
        for (const c of item.sources) {
          const same = item.sources.filter((x) => x.publisher === c.publisher)
          expect(new Set(same.map((x) => x.title)).size, item.actionId).toBe(same.length)
        }
      }
    }
  })
})

describe('milestones', () => {
  it('names every phase milestone after its outcome, never "phase: done"', async () => {
    const { plan } = planFor(await personaAnswers('backend-with-pms'))
    for (const p of content.phases) expect(MILESTONE_NAMES[p.id], p.id).toBeDefined()
    expect(plan.milestones.find((m) => m.id === 'end-start-where-you-are')?.title).toBe('Your goal is out in the open')
    for (const m of plan.milestones) {
      expect(m.title).not.toMatch(/: done$/)
      // The name and the "reached when" line say different things.
      expect(m.doneWhen.startsWith(m.title)).toBe(false)
    }
  })

  it('says which top gap each gap-closing step is for', async () => {
    const { result, plan } = planFor(await personaAnswers('backend-with-pms'))
    const gapNames = result.gaps.map((g) => g.name.toLowerCase())
    const items = plan.weeks.flatMap((w) => w.items).filter((i) => /top gaps?/.test(i.why))
    expect(items.length).toBeGreaterThan(0)
    for (const i of items)
      expect(
        gapNames.some((n) => i.why.includes(n)),
        i.why,
      ).toBe(true)
  })
})

describe('plan properties', () => {
  const answers = answersArbitrary(content)

  it('never asks for more hours in a week than the user has, and the week totals add up', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = planFor(a)
        for (const w of plan.weeks) {
          expect(w.hours).toBeLessThanOrEqual(plan.hoursPerWeek)
          expect(w.items.reduce((s, i) => s + i.hours, 0)).toBe(w.hours)
        }
        expect(plan.hoursPerWeek).toBe(a['hours-per-week'])
      }),
      { numRuns: 200 },
    )
  })

  it('starts every action only after its prerequisites are finished, and finishes every action', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = planFor(a)
        const s = spans(plan)
        for (const [id, span] of s) {
          const action = content.actions.find((x) => x.id === id)
          for (const pre of action?.prerequisites ?? []) {
            const p = s.get(pre)
            expect(p, `${id} needs ${pre}`).toBeDefined()
            expect(span.first).toBeGreaterThan(p?.last ?? Number.POSITIVE_INFINITY)
          }
          const main = plan.weeks
            .flatMap((w) => w.items)
            .filter((i) => i.actionId === id && !i.title.startsWith('Keep going'))
          expect(main.reduce((t, i) => t + i.hours, 0)).toBe(action?.effortHours)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('addresses every top gap with at least one action in the weeks, suited to the path', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { result, plan } = planFor(a)
        const inPlan = new Set(plan.weeks.flatMap((w) => w.items.map((i) => i.actionId)))
        for (const g of result.gaps.slice(0, 5)) {
          const closing = content.actions.filter((x) => inPlan.has(x.id) && x.skills.includes(g.skillId))
          expect(closing.length, g.skillId).toBeGreaterThan(0)
        }
        for (const id of inPlan) expect(content.actions.find((x) => x.id === id)?.paths).toContain(result.path.pathId)
      }),
      { numRuns: 200 },
    )
  })

  it('spans at least the start of the estimated window and is deterministic', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { result, plan } = planFor(a)
        expect(plan.totalWeeks).toBeGreaterThanOrEqual(result.window.minWeeks)
        expect(plan.weeks.map((w) => w.week)).toEqual(plan.weeks.map((_, i) => i + 1))
        expect(buildPlan(content, result, { hoursPerWeek: plan.hoursPerWeek })).toEqual(plan)
      }),
      { numRuns: 100 },
    )
  })
})
