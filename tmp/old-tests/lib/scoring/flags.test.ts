import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { quickTest } from '@/lib/scoring/flags'
import { scoreAssessment } from '@/lib/scoring/score'
import { personaAnswers } from '@/tests/fixtures/answers-arbitrary'

const content = loadContent()
// Only self-rated skills can be flagged as over-confident, but any skill may get a quick test.
const selfRated = [
  ...new Set(
    content.questions
      .filter((q) => q.category === 'anchored')
      .flatMap((q) => (q.kind === 'number' ? [] : q.options.flatMap((o) => o.skills.map((s) => s.skillId)))),
  ),
]

describe('quickTest', () => {
  it.each([
    // A story told to executives tests storytelling; customer interviews are mostly discovery.
    ['storytelling', 'internal-transfer', 'storytelling-practice'],
    // Presenting to sales, leadership or customers tests stakeholder communication; telling your manager does not.
    ['stakeholder-communication', 'internal-transfer', 'present-outcomes'],
    ['stakeholder-communication', 'external-move', 'storytelling-practice'],
    // Talking with customers, not asking your lead why a ticket exists.
    ['customer-discovery', 'internal-transfer', 'join-customer-calls'],
    ['customer-discovery', 'external-move', 'gather-user-feedback'],
  ])('for %s on %s, suggests %s', (skillId, pathId, actionId) => {
    expect(quickTest(content, skillId, pathId)?.id).toBe(actionId)
  })

  it('always suggests a step on the path that builds the skill, led by it where any step on the path is', () => {
    for (const path of content.paths)
      for (const skillId of selfRated) {
        const action = quickTest(content, skillId, path.id)
        const where = `${skillId} on ${path.id}: ${action?.id}`
        expect(action?.skills, where).toContain(skillId)
        expect(action?.paths, where).toContain(path.id)
        const led = content.actions.some((a) => a.paths.includes(path.id) && a.skills[0] === skillId)
        if (led) expect(action?.skills[0], where).toBe(skillId)
      }
  })

  it('names the quick test without nesting quotes', async () => {
    const result = scoreAssessment(content, await personaAnswers('flat-overconfident'))
    const messages = result.flags.filter((f) => f.kind === 'over-confidence').map((f) => f.message)
    expect(messages.length).toBeGreaterThan(0)
    for (const m of messages) {
      expect(m).toMatch(/(A quick|One) way to test it: [a-z]/)
      expect(m).not.toMatch(/“[^”]*“/)
    }
  })
})
