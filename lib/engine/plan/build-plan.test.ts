import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { PlanSchema } from '@/lib/engine/plan/plan-schema'
import { eachWeek, moveStep } from '@/lib/engine/plan/weeks'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { answersArbitrary } from '@/tests/fixtures/answers-arbitrary'

const content = loadContent()
// Hundreds of readouts, plans and re-plans: room for a slow, shared machine.
vi.setConfig({ testTimeout: 180_000 })
const planFor = async (name: string) => assess(content, personaAnswers(name))

describe('buildPlan on the bundled content', () => {
  it('produces a strict, self-contained plan: every step has a "done when" and cites a source the plan lists', async () => {
    const { plan } = await planFor('backend-with-pms')
    expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(JSON.parse(JSON.stringify(plan)))
    const listed = new Set(plan.sources.map((s) => s.id))
    for (const a of plan.actions) {
      expect(a.doneWhen.length).toBeGreaterThan(20)
      expect(a.sources.length).toBeGreaterThan(0)
      for (const id of a.sources) expect(listed.has(id), `${a.actionId} cites ${id}`).toBe(true)
    }
  })

  it('starts where you are and ends with the move, positioning after product experience', async () => {
    const { plan } = await planFor('backend-with-pms')
    expect(plan.phases[0]?.id).toBe('start-where-you-are')
    expect(plan.phases.at(-1)?.id).toBe('make-the-move')
    expect(plan.actions.find((a) => a.actionId === 'tell-your-manager')?.startWeek).toBe(1)
    const ends = (phaseId: string) =>
      Math.max(...plan.actions.filter((a) => a.phaseId === phaseId).map((a) => a.endWeek))
    const starts = (phaseId: string) =>
      Math.min(...plan.actions.filter((a) => a.phaseId === phaseId).map((a) => a.startWeek))
    // [PS-SWE] you position yourself once you have product experience to talk about.
    expect(starts('position')).toBeGreaterThan(ends('build-experience'))
  })

  it('adds a decision checkpoint after the first product work when the motivation answers raised a warning', async () => {
    const { plan } = await planFor('salary-chaser')
    const checkpoint = plan.milestones.find((m) => m.id === 'decision-checkpoint')
    expect(checkpoint).toBeDefined()
    const tried = plan.actions.filter(
      (a) => a.phaseId !== 'start-where-you-are' && a.endWeek <= (checkpoint?.week ?? 0),
    )
    expect(tried.length).toBeGreaterThan(0)
    expect(checkpoint?.checks.some((c) => c.endsWith('?'))).toBe(true)
    expect((await planFor('backend-with-pms')).plan.milestones.some((m) => m.id === 'decision-checkpoint')).toBe(false)
  })

  it('explains why each step is there, naming the gap it was chosen for, and says once what every plan includes', async () => {
    const { result, plan } = await planFor('backend-with-pms')
    const gapNames = result.gaps.map((g) => g.name.toLowerCase())
    const forGaps = plan.actions.filter((a) => /^(For your gaps? in|More practice on)/.test(a.why ?? ''))
    expect(forGaps.length).toBeGreaterThan(0)
    for (const a of forGaps)
      expect(
        gapNames.some((n) => a.why?.includes(n)),
        a.why ?? '',
      ).toBe(true)
    const required = plan.actions.filter((a) => a.why === null).map((a) => a.title)
    const note = plan.notes.find((n) => n.startsWith('On this route, every plan includes'))
    for (const t of required) expect(note).toContain(t.replaceAll('“', '‘').replaceAll('”', '’'))
  })
})

describe('plan properties', () => {
  const answers = answersArbitrary(content)

  it('never asks for more hours in a week than the person has, and every total agrees with its parts', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = assess(content, a)
        expect(plan.hoursPerWeek).toBe(a['hours-per-week'])
        for (const w of plan.weeks) {
          expect(w.hours).toBeLessThanOrEqual(plan.hoursPerWeek)
          expect([...w.work, ...w.followUps].reduce((s, x) => s + x.hours, 0)).toBe(w.hours)
        }
        const weeks = eachWeek(plan.weeks)
        expect(weeks.reduce((s, w) => s + w.hours, 0)).toBe(plan.totalHours)
        expect(weeks.map((w) => w.week)).toEqual(Array.from({ length: plan.totalWeeks }, (_, i) => i + 1))
        // The plan ends with work, and never lists the same week twice in a row.
        expect(plan.weeks.at(-1)?.work.length).toBeGreaterThan(0)
        for (let i = 1; i < plan.weeks.length; i++) {
          const [x, y] = [plan.weeks[i - 1], plan.weeks[i]]
          const key = (w: typeof x) => JSON.stringify([w?.phaseId, w?.hours, w?.work, w?.followUps])
          expect(key(x) === key(y) && (x?.milestoneIds.length ?? 0) === 0, `weeks ${x?.week} and ${y?.week}`).toBe(
            false,
          )
        }
        // An action's hours and weeks are exactly its scheduled main work.
        for (const act of plan.actions) {
          const own = weeks.filter((w) => w.work.some((x) => x.actionId === act.actionId))
          expect(own.reduce((s, w) => s + (w.work.find((x) => x.actionId === act.actionId)?.hours ?? 0), 0)).toBe(
            act.hours,
          )
          expect(own[0]?.week).toBe(act.startWeek)
          expect(own.at(-1)?.week).toBe(act.endWeek)
          // An ongoing step's light pace follows its main work, in the plan's weeks while other work goes on, and
          // is expected to end by the window's end.
          const follow = weeks.filter((w) => w.followUps.some((x) => x.actionId === act.actionId)).map((w) => w.week)
          if (act.followUp) {
            expect(act.followUp.fromWeek).toBe(act.endWeek + 1)
            // (in weeks with an hour to spare: at 1 hour a week a busy week has none)
            for (const w of follow) expect(w >= act.followUp.fromWeek && w <= plan.totalWeeks, `week ${w}`).toBe(true)
          } else expect(follow).toEqual([])
        }
      }),
      { numRuns: 150 },
    )
  })

  it('keeps each phase one run of weeks, with its span read off the week list', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = assess(content, a)
        for (const p of plan.phases) {
          const labelled = eachWeek(plan.weeks)
            .filter((w) => w.phaseId === p.id)
            .map((w) => w.week)
          expect(labelled[0]).toBe(p.startWeek)
          expect(labelled.at(-1)).toBe(p.endWeek)
          expect(labelled.length).toBe(p.endWeek - p.startWeek + 1)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('starts every step only after its prerequisites in the plan are finished', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = assess(content, a)
        const byId = new Map(plan.actions.map((x) => [x.actionId, x]))
        for (const act of plan.actions)
          for (const pre of act.prerequisites) expect(byId.get(pre)?.endWeek ?? 0).toBeLessThan(act.startWeek)
      }),
      { numRuns: 150 },
    )
  })

  it('fits inside the window the readout states, with its move inside it, and covers every top gap it can', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { result, plan } = assess(content, a)
        const move = moveStep(plan, content.phases.at(-1)?.id)
        if (move) {
          expect(result.window.minWeeks).toBeGreaterThanOrEqual(move.startWeek)
          expect(result.window.minWeeks).toBeLessThanOrEqual(move.endWeek)
          const milestone = plan.milestones.find((m) => m.id === 'end-make-the-move')
          expect(milestone?.week).toBe(move.endWeek)
        }
        expect(plan.totalWeeks).toBeLessThanOrEqual(result.window.maxWeeks)
        for (const act of plan.actions)
          if (act.followUp) expect(act.followUp.toWeek).toBe(Math.max(act.followUp.fromWeek, result.window.maxWeeks))
        for (const g of plan.gapCoverage) expect(g.actionIds.length, g.skillId).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
  })

  it('plans nothing the answers rule out: no step whose situation is missing, none already done', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = assess(content, a)
        for (const step of plan.actions) {
          const action = content.actions.find((x) => x.id === step.actionId)
          if (!action) throw new Error(step.actionId)
          for (const cond of action.requires) {
            const answer = a[cond.questionId]
            const picked = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : []
            expect(
              picked.some((p) => cond.anyOf?.includes(p)),
              `${step.actionId} needs ${cond.questionId}`,
            ).toBe(true)
          }
          for (const cond of action.skipWhen) {
            const answer = a[cond.questionId]
            const picked = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : []
            expect(
              picked.some((p) => cond.anyOf?.includes(p)),
              `${step.actionId} is already done`,
            ).toBe(false)
          }
        }
      }),
      { numRuns: 150 },
    )
  })

  it('backs every milestone with the steps of its phase', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { plan } = assess(content, a)
        for (const m of plan.milestones.filter((x) => x.id !== 'decision-checkpoint')) {
          const own = plan.actions.filter((x) => m.actionIds.includes(x.actionId))
          expect(own.length).toBeGreaterThan(0)
          expect(m.checks).toEqual(own.map((x) => x.doneWhen))
          expect(m.week).toBe(Math.max(...own.map((x) => x.endWeek)))
        }
      }),
      { numRuns: 100 },
    )
  })
})
