import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/engine/content/answers'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { assess } from '@/lib/engine/scoring/assess'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import { loadContent } from '@/lib/knowledge/load'
import { REFERENCE_PERSONAS } from '@/lib/knowledge/reference-personas'
import {
  actionsForGap,
  shownSkills,
  skillsByArea,
  uniqueSources,
  weekRuns,
  weeksByPhase,
} from '@/lib/plans/views/readout-view'
import { shareMetadataText } from '@/lib/plans/views/share-metadata'
import { parseStoredPlan, StoredPlanError, withoutAnswers } from '@/lib/plans/views/stored-plan'

// Real engine output for every persona, round-tripped through JSON as the database stores it.
const content = loadContent()
const personas = REFERENCE_PERSONAS.map(({ id: file, answers }) => {
  const validated = validateAnswers(content, answers)
  if (!validated.ok) throw new Error(`${file}: ${JSON.stringify(validated.errors)}`)
  const { result, plan } = assess(content, validated.answers)
  const stored = JSON.parse(JSON.stringify({ result, plan })) as { result: unknown; plan: unknown }
  return { file, answers: validated.answers, result, plan, stored }
})

describe('parseStoredPlan', () => {
  it.each(personas.map((p) => [p.file, p] as const))('gives back exactly what was stored (%s)', (_file, persona) => {
    const createdAt = new Date('2026-11-03T10:00:00Z')
    const view = parseStoredPlan({ ...persona.stored, createdAt })
    expect(view.result).toEqual(persona.result)
    expect(view.plan).toEqual(persona.plan)
    expect(view.createdAt).toBe(createdAt)
  })

  it('names the column and the field when a stored result is damaged', () => {
    const persona = personas[0]
    if (!persona) throw new Error('no personas')
    const result = { ...(persona.stored.result as AssessmentResult), verdict: { kind: 'maybe' } }
    const error = catchError(() => parseStoredPlan({ result, plan: persona.stored.plan, createdAt: new Date() }))
    expect(error).toBeInstanceOf(StoredPlanError)
    expect((error as StoredPlanError).column).toBe('result')
    expect((error as StoredPlanError).message).toMatch(/verdict\.kind/)
  })

  it('rejects a plan with a field the schema does not know, so nothing unexpected is rendered', () => {
    const persona = personas[0]
    if (!persona) throw new Error('no personas')
    const plan = { ...(persona.stored.plan as Plan), ownerEmail: 'someone@example.com' }
    const error = catchError(() => parseStoredPlan({ result: persona.stored.result, plan, createdAt: new Date() }))
    expect((error as StoredPlanError).column).toBe('plan')
  })

  it('rejects a column that is not JSON of the right shape at all', () => {
    expect(() => parseStoredPlan({ result: null, plan: null, createdAt: new Date() })).toThrow(StoredPlanError)
  })

  it('leaves the owner’s answers out of the read-only copy, and nothing else', () => {
    const persona = personas[0]
    if (!persona) throw new Error('no personas')
    const view = parseStoredPlan({ ...persona.stored, createdAt: new Date() })
    expect(view.result.answers.length).toBeGreaterThan(0)
    const shared = withoutAnswers(view)
    expect(shared.result.answers).toEqual([])
    expect({ ...shared.result, answers: view.result.answers }).toEqual(view.result)
    expect(JSON.stringify(shared)).not.toContain(view.result.answers[0]?.prompt ?? '?')
  })
})

describe('plans stored before version 2', () => {
  // Captured from the engine as it stood before results and plans stored each text once (a backend persona).
  const v1 = JSON.parse(readFileSync('tests/fixtures/legacy/v1-payload.json', 'utf8')) as {
    result: unknown
    plan: unknown
  }

  it('still render: the payload is upgraded to the current shapes', () => {
    const view = parseStoredPlan({ ...v1, createdAt: new Date() })
    const old = v1 as {
      result: AssessmentResult & { skills: { contributions: unknown[] }[] }
      plan: { weeks: { items: { actionId: string }[] }[] }
    }
    expect(view.result.headline).toBe(old.result.headline)
    expect(view.result.skills.map((s) => s.score)).toEqual(old.result.skills.map((s) => s.score))
    const steps = new Set(old.plan.weeks.flatMap((w) => w.items.map((i) => i.actionId)))
    expect(new Set(view.plan.actions.map((a) => a.actionId))).toEqual(steps)
    expect(view.plan.weeks.length).toBe(old.plan.weeks.length)
    // Every week's hours still add up, follow-ups included.
    for (const w of view.plan.weeks) expect([...w.work, ...w.followUps].reduce((s, x) => s + x.hours, 0)).toBe(w.hours)
    // The answers the old readout showed beside each score are kept for the owner.
    expect(view.result.answers.length).toBeGreaterThan(10)
  })
})

describe('shareMetadataText (Open Graph preview)', () => {
  it('describes the plan by its length, role, path and weekly hours', () => {
    const plan = {
      ...minimalPlan(),
      totalWeeks: 16,
      roleName: 'Technical product manager',
      pathName: 'Internal transfer',
    }
    expect(shareMetadataText(plan)).toEqual({
      title: 'A 16-week plan to move from engineering into product management',
      description:
        'Aiming for: Technical product manager. Path: Internal transfer. About 6 hours a week, week by week. ' +
        'A read-only plan made with HowToWhy.',
    })
  })

  it.each(personas.map((p) => [p.file, p] as const))('reveals nothing personal (%s)', (_file, persona) => {
    const text = Object.values(shareMetadataText(persona.plan)).join(' ')
    const personal = [
      persona.result.headline,
      persona.result.verdict.headline,
      persona.result.readiness.label,
      ...persona.result.flags.map((flag) => flag.title),
      ...persona.result.strengths.map((s) => s.name),
      ...persona.result.gaps.map((g) => g.name),
      ...Object.values(persona.answers).flatMap((value) => (typeof value === 'string' ? [value] : [])),
    ]
    for (const phrase of personal) expect(text).not.toContain(phrase)
    // No scores: the only numbers are the plan's length and weekly hours.
    const numbers = (text.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b)
    expect(numbers).toEqual([persona.plan.hoursPerWeek, persona.plan.totalWeeks].sort((a, b) => a - b))
  })
})

describe('readout views', () => {
  const persona = personas.find((p) => p.result.gaps.length > 0) ?? personas[0]
  if (!persona) throw new Error('no personas')

  it('groups every skill under its area, in stored order', () => {
    const areas = skillsByArea(persona.result.skills)
    expect(areas.flatMap((area) => area.skills)).toEqual(persona.result.skills)
    expect(new Set(areas.map((a) => a.areaId)).size).toBe(areas.length)
  })

  it('links each gap to the plan steps that close it, in the order they start', () => {
    for (const gap of persona.result.gaps) {
      const steps = actionsForGap(persona.plan, gap.skillId)
      const covered = persona.plan.gapCoverage.find((c) => c.skillId === gap.skillId)?.actionIds ?? []
      for (const id of covered) expect(steps.map((s) => s.actionId)).toContain(id)
      const starts = steps.map((s) => s.startWeek)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  it('puts every week under exactly one phase heading, in week order, runs of identical weeks as one line', () => {
    const runs = weeksByPhase(persona.plan).flatMap((group) => group.runs)
    const weeks = runs.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i))
    // A stored entry may stand for a run of weeks already (week to toWeek).
    const stored = persona.plan.weeks.flatMap((w) =>
      Array.from({ length: (w.toWeek ?? w.week) - w.week + 1 }, (_, i) => w.week + i),
    )
    expect(weeks).toEqual(stored.sort((a, b) => a - b))
    // No two neighbouring lines read the same: they would have been one run.
    const line = (r: (typeof runs)[number]) => JSON.stringify([r.week.hours, r.week.work, r.week.followUps])
    for (const [i, run] of runs.entries())
      if (i > 0 && run.week.milestoneIds.length === 0 && runs[i - 1]?.week.milestoneIds.length === 0)
        expect(line(run) === line(runs[i - 1] ?? run) && run.week.phaseId === runs[i - 1]?.week.phaseId).toBe(false)
  })

  it('folds a run of identical weeks into one, and keeps milestone weeks on their own', () => {
    const week = (n: number, hours: number, milestoneIds: string[] = []) => ({
      week: n,
      phaseId: 'make-the-move',
      hours,
      work: [],
      followUps: [{ actionId: 'apply', hours }],
      milestoneIds,
    })
    const weeks = [week(1, 2), week(2, 2), week(3, 2), week(4, 2, ['m']), week(5, 2), week(6, 3)]
    expect(weekRuns(weeks).map((r) => [r.from, r.to])).toEqual([
      [1, 3],
      [4, 4],
      [5, 5],
      [6, 6],
    ])
  })

  it('lists each source once, first citation first', () => {
    const a = { id: 'a', title: 'A', publisher: 'P' }
    const b = { id: 'b', title: 'B', publisher: 'Q' }
    expect(uniqueSources([a, b], [b, a])).toEqual([a, b])
  })
})

function catchError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

function minimalPlan(): Plan {
  return {
    version: 2,
    pathId: 'internal-transfer',
    pathName: 'Internal transfer',
    roleId: 'technical-pm',
    roleName: 'Technical product manager',
    hoursPerWeek: 6,
    totalWeeks: 16,
    totalHours: 90,
    actions: [],
    phases: [],
    weeks: [],
    milestones: [],
    gapCoverage: [],
    alreadyDoing: [],
    leftOut: [],
    notes: [],
    sources: [],
  }
}

describe('which strengths and gaps the readout lists', () => {
  const gaps = [
    'Writing specs and PRDs',
    'Influence without authority',
    'Prioritising by outcome',
    'Stakeholder communication',
  ].map((name) => ({ name }))
  it('lists every skill the headline names, then the highest ranked of the rest, three in all', () => {
    const headline = 'Work first on influence without authority and stakeholder communication.'
    expect(shownSkills(gaps, headline).map((g) => g.name)).toEqual([
      'Writing specs and PRDs',
      'Influence without authority',
      'Stakeholder communication',
    ])
  })
  it('lists the top three when the headline names none further down', () => {
    expect(shownSkills(gaps, 'Work first on writing specs and PRDs.').map((g) => g.name)).toEqual(
      gaps.slice(0, 3).map((g) => g.name),
    )
  })
})
