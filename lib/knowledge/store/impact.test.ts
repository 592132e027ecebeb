import { describe, expect, it } from 'vitest'
import type { Content, Question } from '@/lib/engine/content/schema'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswerSets } from '@/lib/knowledge/reference-personas'
import { personaMoves, previewImpact } from './impact'

// The impact preview explains each readout that changes: which of the set's answers the edited items read, and what
// each edit does on its own. The issue that asked for it: lowering "weekly" on a frequency question moved personas
// who never picked "weekly", with no word of why.

const published = loadContent()
const single = (c: Content, id: string) => c.questions.find((q) => q.id === id) as Question & { kind: 'single' }

function lowerWeekly(c: Content) {
  const weekly = single(c, 'customer-contact').options[3]?.skills.find((s) => s.skillId === 'customer-discovery')
  if (!weekly) throw new Error('fixture changed')
  weekly.weight = 1
}

describe('the explained impact preview', () => {
  const draft = structuredClone(published) as Content
  lowerWeekly(draft)
  // A second edit that moves nobody: it must not be offered as a reason.
  const role = draft.roles[0]
  if (role) role.summary = `${role.summary} (reworded)`
  const report = previewImpact(published, draft, personaAnswerSets())

  it('puts the sets whose readout changes first, then those whose scores alone moved, then the rest', () => {
    const rank = report.rows.map((r) => (r.changed.length > 0 ? 0 : r.skillMoves.length > 0 ? 1 : 2))
    expect(rank).toEqual([...rank].sort((a, b) => a - b))
    expect(rank[0]).toBe(0)
    expect(report.edited.map((e) => `${e.collection}/${e.itemId}`)).toEqual([
      'questions/customer-contact',
      `roles/${role?.id}`,
    ])
  })

  it('says why a persona that never picked “weekly” moved: the scale around its own answer changed', () => {
    const row = report.rows.find((r) => r.id === 'frontend-agency')
    expect(row?.changed).toContain('window')
    expect(row?.skillMoves[0]).toMatchObject({ skillId: 'customer-discovery', before: 75, after: 82 })
    expect(row?.causes).toEqual([
      expect.objectContaining({
        collection: 'questions',
        itemId: 'customer-contact',
        answers: [
          {
            question: 'Talking with customers',
            answer: '“About once a month”',
            notes: [
              'its own weight on Customer empathy and discovery stayed +2, but the question’s weights for Customer empathy and discovery now run −2…+2 (they ran −2…+3), so this answer sits higher among them: it is now the top answer',
            ],
          },
        ],
        measured: true,
        alone: expect.arrayContaining([
          'Window: 32–63 weeks → 31–50 weeks',
          'Customer empathy and discovery 75 → 82 (+7)',
        ]),
      }),
    ])
  })

  it('names the weight an answer carries when that is what changed', () => {
    const draft2 = structuredClone(published) as Content
    const monthly = single(draft2, 'customer-contact').options[2]?.skills.find(
      (s) => s.skillId === 'customer-discovery',
    )
    if (!monthly) throw new Error('fixture changed')
    monthly.weight = 1
    const row = previewImpact(published, draft2, personaAnswerSets()).rows.find((r) => r.id === 'frontend-agency')
    expect(row?.causes[0]?.answers[0]?.notes).toEqual([
      'its weight on Customer empathy and discovery went from +2 to +1',
    ])
  })

  it('reports no persona moving best role or path for a small edit', () => {
    expect(personaMoves(report)).toEqual([])
  })
})
