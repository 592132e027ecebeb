import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sparesHours } from '@/lib/engine/plan/build-plan'
import { type Reason, selectActions } from '@/lib/engine/plan/select-actions'
import { assess } from '@/lib/engine/scoring/assess'
import * as calibration from '@/lib/engine/scoring/calibration'
import { byQuestion, chosenEffects } from '@/lib/engine/scoring/chosen'
import { scoreAnswers } from '@/lib/engine/scoring/score'
import { readingsFor } from '@/lib/engine/scoring/skill-score'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'

// docs/scoring.md explains the formula with the real numbers. Every calibration number it names, and every figure of
// its worked example, is checked here against the engine and the real content: a change to a rule, a weight or the
// persona breaks this test until the page says what the code does.

const doc = readFileSync('docs/scoring.md', 'utf8')

/** The rows of the Markdown table right after `<!-- worked-example:{name} -->`, header row excluded. */
function table(name: string): string[][] {
  const start = doc.indexOf(`<!-- worked-example:${name} -->`)
  if (start < 0) throw new Error(`docs/scoring.md has no worked-example:${name} table`)
  const lines = doc.slice(start).split('\n').slice(1)
  const rows = lines.slice(
    0,
    lines.findIndex((l) => !l.startsWith('|')),
  )
  return rows.slice(2).map((row) =>
    row
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim().replace(/^`|`$/g, '')),
  )
}

const num = (cell: string) => Number(cell.replace('−', '-'))
const range = (cell: string): [number, number] => {
  const [from, to = from] = cell.split('–').map(num)
  return [from as number, to as number]
}

describe('docs/scoring.md: the calibration numbers it names', () => {
  const named = [...doc.matchAll(/`([A-Z][A-Z_]+(?:\.[A-Za-z-]+)?)` \(([\d.–]+)\)/g)]

  it('names the numbers the formula uses', () => {
    expect(named.length).toBeGreaterThan(30)
  })

  it.each(named.map(([, name = '', value = '']) => [name, value]))('%s is (%s) in calibration.ts', (name, value) => {
    const [head = '', key] = name.split('.')
    const constant = (calibration as Record<string, unknown>)[head]
    const actual = key === undefined ? constant : (constant as Record<string, unknown>)?.[key]
    if (Array.isArray(actual)) expect(actual).toEqual(range(value))
    else expect(actual).toBe(num(value))
  })
})

describe('docs/scoring.md: the worked example, recomputed', () => {
  const content = loadContent()
  const persona = /reference persona `([a-z-]+)`/.exec(doc)?.[1] ?? ''
  const skillId = /We follow one skill, `([a-z-]+)`/.exec(doc)?.[1] ?? ''
  const answers = personaAnswers(persona)
  const { result, plan } = assess(content, answers)
  const skill = result.skills.find((s) => s.skillId === skillId)
  const skillContent = content.skills.find((s) => s.id === skillId)
  if (!skill || !skillContent) throw new Error(`no skill ${skillId}`)
  const readings = readingsFor(skillId, skill.name, byQuestion(chosenEffects(content, answers)))
  const facts = new Map(table('facts').map(([fact = '', value = '']) => [fact, value]))
  const fact = (name: string) => {
    const value = facts.get(name)
    if (value === undefined) throw new Error(`the facts table has no "${name}"`)
    return value
  }

  it('lists every reading of the skill with its range, answer and contribution', () => {
    const rows = table('readings')
    expect(rows.map(([q]) => q).sort()).toEqual(readings.map((r) => r.question.id).sort())
    for (const [questionId, weight, lo, hi, value, contribution] of rows) {
      const r = readings.find((x) => x.question.id === questionId)
      expect([r?.weight, r?.lo, r?.hi, r?.value], `${questionId}`).toEqual(
        [weight, lo, hi, value].map((c) => num(c ?? '')),
      )
      const c = skill.contributions.find((x) => x.questionId === questionId)
      expect(c?.delta, `${questionId}'s contribution`).toBe(num(contribution ?? ''))
    }
  })

  it('states the skill’s score, span, cap, level, confidence and placements', () => {
    const span = calibration.PRIOR_WEIGHT + readings.reduce((s, r) => s + r.weight * (r.hi - r.lo), 0)
    expect(num(fact('Starting point'))).toBe(skill.start)
    expect(num(fact('Span'))).toBeCloseTo(span, 6)
    expect(num(fact('Score'))).toBe(skill.score)
    expect(skill.cap).toBeNull()
    // The answers' caps on the skill: the page names the one that did not bite.
    const setCap = chosenEffects(content, answers).flatMap((c) =>
      c.effects.caps.filter((k) => k.skillId === skillId).map((k) => k.atMost),
    )
    expect(setCap).toEqual([num(fact('Cap (not reached)'))])
    expect(fact('Level')).toBe(skill.level)
    expect(fact('Confidence')).toBe(skill.confidence.level)
    expect(num(fact('Self-rating placement'))).toBe(skill.selfRating)
    expect(num(fact('What-you-did placement'))).toBe(skill.didScore)
  })

  it('adds the contributions up to score minus the starting point, as the page says', () => {
    const sum = skill.contributions.reduce((s, c) => s + c.delta, 0)
    expect(Math.round(skill.start + sum)).toBe(skill.score)
  })

  it('states the gap, its importance, the role, the readiness and the window', () => {
    const gap = result.gaps.find((g) => g.skillId === skillId)
    expect(fact('Best role')).toBe(result.bestRoleId)
    const role = content.roles.find((r) => r.id === result.bestRoleId)
    expect(num(fact("Best role's weight on the skill"))).toBe(
      role?.leansOn.find((l) => l.skillId === skillId)?.weight ?? 0,
    )
    expect(num(fact('Gap rank'))).toBe(gap?.rank)
    expect(num(fact('Importance'))).toBe(gap?.importance)
    expect(fact('Readiness')).toBe(result.readiness.band)
    const base = scoreAnswers(content, answers).window
    expect(range(fact('Base window'))).toEqual([base.minWeeks, base.maxWeeks])
    expect(range(fact('Window'))).toEqual([result.window.minWeeks, result.window.maxWeeks])
    expect(num(fact('Plan weeks'))).toBe(plan.totalWeeks)
    const move = plan.actions.find((a) => a.actionId === fact('Move step'))
    expect(range(fact('Move step weeks'))).toEqual([move?.startWeek, move?.endWeek])
    expect(doc).toContain(`“${move?.title}”`)
  })

  it('lists the plan steps that build the skill, each with why it is there, its weeks and hours', () => {
    // The reasons come from selectActions, called as buildPlan calls it (checked: it picks the plan's very steps).
    const scored = scoreAnswers(content, answers)
    const hours = scored.inputs.hoursPerWeek
    const fits = sparesHours(content.phases, hours, content.phases.at(-1)?.id, scored.window)
    const selection = selectActions(content, scored, answers, fits)
    expect(selection.selected.map((s) => s.action.id).sort()).toEqual(plan.actions.map((a) => a.actionId).sort())
    const said = (reason: Reason): string =>
      reason.kind === 'required'
        ? 'required by the path'
        : reason.kind === 'prerequisite'
          ? `prerequisite of ${reason.forActionId}`
          : reason.kind === 'gap'
            ? `top gap ${reason.skillId}`
            : reason.kind === 'extra'
              ? `extra for ${reason.skillId}`
              : `instead of ${reason.ofActionId}`

    const rows = table('plan').map(([step = '', why = '', weeks = '', hoursCell = '']) => ({
      step,
      why: why.replaceAll('`', ''),
      weeks: range(weeks),
      hours: num(hoursCell),
    }))
    const coverage = plan.gapCoverage.find((g) => g.skillId === skillId)
    expect(rows.map((r) => r.step).sort()).toEqual([...(coverage?.actionIds ?? [])].sort())
    for (const row of rows) {
      const action = plan.actions.find((a) => a.actionId === row.step)
      const reason = selection.selected.find((s) => s.action.id === row.step)?.reason
      expect(reason && said(reason), row.step).toBe(row.why)
      expect(row.weeks, row.step).toEqual([action?.startWeek, action?.endWeek])
      expect(row.hours, row.step).toBe(action?.hours)
      expect(action?.optional === true, `${row.step} optional`).toBe(row.why.startsWith('extra'))
    }
  })
})
