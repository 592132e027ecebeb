import { describe, expect, it } from 'vitest'
import { answersSchemaFor, validateAnswers, validateSection } from '@/lib/engine/content/answers'
import { loadContent, parseContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'

const content = loadContent()
const valid = personaAnswers('backend-with-pms')
const without = (id: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== id))
const errorsFor = (input: unknown) => {
  const r = validateAnswers(content, input)
  return r.ok ? [] : r.errors
}

describe('validateAnswers', () => {
  it('accepts a complete, valid answer set unchanged', () => {
    const r = validateAnswers(content, valid)
    expect(r).toEqual({ ok: true, answers: valid })
  })

  it.each([
    ['hours-per-week', 0, 'Hours per week: enter a whole number from 1 to 40.'],
    ['hours-per-week', 41, 'Hours per week: enter a whole number from 1 to 40.'],
    ['hours-per-week', 7.5, 'Hours per week: enter a whole number from 1 to 40.'],
    ['hours-per-week', 'lots', 'Hours per week: enter a whole number from 1 to 40.'],
    [
      'years-experience',
      -1,
      'Years as an engineer: enter a number from 0 to 40, in whole or half years (six months is 0.5).',
    ],
    [
      'years-experience',
      0.25,
      'Years as an engineer: enter a number from 0 to 40, in whole or half years (six months is 0.5).',
    ],
    [
      'years-experience',
      40.5,
      'Years as an engineer: enter a number from 0 to 40, in whole or half years (six months is 0.5).',
    ],
    [
      'years-experience',
      '1.5 years',
      'Years as an engineer: enter a number from 0 to 40, in whole or half years (six months is 0.5).',
    ],
    ['specialty', 'wizard', 'Your specialty: that isn’t one of the choices. Please choose again.'],
    ['specialty', ['backend'], 'Your specialty: that isn’t one of the choices. Please choose again.'],
    [
      'interests',
      ['ai', 'unsure'],
      'Product interests: “Not sure yet” can’t be combined with other choices. Untick one of them.',
    ],
    ['interests', ['ai', 'ai'], 'Product interests: each choice can only be picked once.'],
    ['interests', ['ai', 'moon'], 'Product interests: that isn’t one of the choices. Please choose again.'],
  ])('%s = %j → %s', (id, value, message) => {
    expect(errorsFor({ ...valid, [id]: value })).toEqual([{ fieldId: id, message }])
  })

  it('names each missing required question in plain words, in question order', () => {
    const input = Object.fromEntries(
      Object.entries(valid).filter(([k]) => !['specialty', 'interests', 'hours-per-week'].includes(k)),
    )
    expect(errorsFor(input)).toEqual([
      { fieldId: 'specialty', message: 'Your specialty: choose one option.' },
      { fieldId: 'hours-per-week', message: 'Hours per week: enter a whole number from 1 to 40.' },
      {
        fieldId: 'interests',
        message: 'Product interests: choose at least one option, or “None of these” if none apply.',
      },
    ])
  })

  it('takes years of experience in halves, as a number or as typed (six months is 0.5, with a point or a comma)', () => {
    for (const [typed, years] of [
      [0.5, 0.5],
      ['0.5', 0.5],
      [' 1,5 ', 1.5],
      ['.5', 0.5],
      ['3', 3],
    ] as const) {
      const r = validateAnswers(content, { ...valid, 'years-experience': typed })
      expect(r.ok && r.answers['years-experience'], String(typed)).toBe(years)
    }
  })

  it('treats blank form values as unanswered, and accepts numbers and single choices as form strings', () => {
    expect(errorsFor({ ...valid, specialty: '' })).toEqual([
      { fieldId: 'specialty', message: 'Your specialty: choose one option.' },
    ])
    const r = validateAnswers(content, { ...valid, 'hours-per-week': ' 12 ', interests: 'ai' })
    expect(r.ok && r.answers['hours-per-week']).toBe(12)
    expect(r.ok && r.answers.interests).toEqual(['ai'])
  })

  it('rejects unknown question ids, naming the field', () => {
    expect(errorsFor({ ...valid, 'favourite-colour': 'blue' })).toEqual([
      {
        fieldId: 'favourite-colour',
        message: 'This answer doesn’t match any current question. Reload the page and try again.',
      },
    ])
  })

  it('rejects input that is not an object', () => {
    for (const bad of [null, 'answers', [valid], 42]) expect(errorsFor(bad)).toHaveLength(1)
  })

  it('answersSchemaFor is the same rule set as a zod schema', () => {
    expect(answersSchemaFor(content).safeParse(valid).success).toBe(true)
    expect(answersSchemaFor(content).safeParse(without('specialty')).success).toBe(false)
  })

  it('lets optional questions be left out', () => {
    const edited = structuredClone(content)
    const q = edited.questions.find((x) => x.id === 'pay-dip')
    if (q) q.optional = true
    const optional = parseContent(edited)
    expect(validateAnswers(optional, without('pay-dip')).ok).toBe(true)
    expect(validateAnswers(content, without('pay-dip')).ok).toBe(false)
  })
})

describe('validateSection', () => {
  const goals = content.questions.filter((q) => q.sectionId === 'goals').map((q) => q.id)
  const goalAnswers = Object.fromEntries(goals.map((id) => [id, valid[id]]))

  it('checks only that section and ignores other fields (framework fields, other sections)', () => {
    const r = validateSection(content, 'goals', { ...goalAnswers, $ACTION_ID_abc: '', specialty: 'nonsense' })
    expect(r).toEqual({ ok: true, answers: goalAnswers })
  })

  it('reports the section’s own missing and invalid answers', () => {
    const r = validateSection(content, 'goals', { ...goalAnswers, 'hours-per-week': '', 'change-employer': 'maybe' })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors).toEqual([
        { fieldId: 'hours-per-week', message: 'Hours per week: enter a whole number from 1 to 40.' },
        {
          fieldId: 'change-employer',
          message: 'Changing where you work: that isn’t one of the choices. Please choose again.',
        },
      ])
  })

  it('throws for a section that does not exist (a programming error, not user input)', () => {
    expect(() => validateSection(content, 'nope', {})).toThrow(/unknown section "nope"/)
  })
})
