import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import type { Plan } from '@/lib/plan/plan-schema'
import { planActionsForGap, skillsByArea, uniqueSources, weeksByPhase } from '@/lib/plan-views/readout-view'
import { shareMetadataText } from '@/lib/plan-views/share-metadata'
import { parseStoredPlan, StoredPlanError } from '@/lib/plan-views/stored-plan'
import { assess } from '@/lib/scoring/assess'
import type { AssessmentResult } from '@/lib/scoring/result-schema'

// Real engine output for every persona, round-tripped through JSON as the database stores it.
const personaDir = 'tests/fixtures/personas'
const content = loadContent()
const personas = readdirSync(personaDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const raw = JSON.parse(readFileSync(`${personaDir}/${file}`, 'utf8'))
    const validated = validateAnswers(content, raw.answers ?? raw)
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

  it('links each gap to the plan actions that close it, where they start', () => {
    for (const gap of persona.result.gaps) {
      const actions = planActionsForGap(persona.plan, gap.skillId)
      const covered = persona.plan.gapCoverage.find((c) => c.skillId === gap.skillId)?.actionIds ?? []
      const scheduled = new Set(persona.plan.weeks.flatMap((w) => w.items.map((i) => i.actionId)))
      for (const actionId of covered.filter((id) => scheduled.has(id))) {
        const ref = actions.find((a) => a.actionId === actionId)
        const firstWeek = persona.plan.weeks.find((w) => w.items.some((i) => i.actionId === actionId))?.week
        expect(ref?.week).toBe(firstWeek)
        expect(ref?.anchor).toBe(`week-${firstWeek}-${actionId}`)
      }
    }
  })

  it('puts every week under exactly one phase heading, in week order', () => {
    const weeks = weeksByPhase(persona.plan).flatMap((group) => group.weeks.map((w) => w.week))
    expect(weeks).toEqual(persona.plan.weeks.map((w) => w.week).sort((a, b) => a - b))
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
    pathId: 'internal-transfer',
    pathName: 'Internal transfer',
    roleId: 'technical-pm',
    roleName: 'Technical product manager',
    hoursPerWeek: 6,
    totalWeeks: 16,
    totalHours: 90,
    phases: [],
    weeks: [],
    milestones: [],
    gapCoverage: [],
    notes: [],
    sources: [],
  }
}
