import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/knowledge/load'
import type { StoryFields } from './checklist'
import { MOCK_INTERVIEW_STEP_ID, reachesStoryTarget, STORY_STEP_ID } from './story-step'

const good = (what: string): StoryFields => ({
  problem: `Support agents spent an hour a day on ${what} for our small-business customers.`,
  why: 'Late invoices meant customers were paid late, and two of them told sales they were looking at competitors.',
  actions: 'I sat with three agents, traced the failures to a bug, and proposed a fix. I wrote the one-page spec.',
  outcome: 'Support tickets fell by 40 % in a month, and both customers renewed.',
})
const noOutcome = (what: string): StoryFields => ({ ...good(what), outcome: '' })
const drafts = (...stories: [string, StoryFields][]) => stories.map(([promptId, s]) => ({ promptId, ...s }))

describe('reachesStoryTarget', () => {
  it('is the save that makes the third story pass, and no other', () => {
    const two = drafts(['a', good('invoices')], ['b', good('refunds')])
    expect(reachesStoryTarget(two, 'c', good('exports'))).toBe(true)
    expect(reachesStoryTarget(two, 'c', noOutcome('exports'))).toBe(false)
    // Editing one of the two that pass does not reach three.
    expect(reachesStoryTarget(two, 'a', good('payroll'))).toBe(false)
    // Already three: editing keeps it there, but that is not the moment it was reached.
    const three = [...two, ...drafts(['c', good('exports')])]
    expect(reachesStoryTarget(three, 'd', good('imports'))).toBe(false)
    // Fixing a failing third draft reaches it.
    const fixing = [...two, ...drafts(['c', noOutcome('exports')])]
    expect(reachesStoryTarget(fixing, 'c', good('exports'))).toBe(true)
  })
})

describe('the story and mock-interview steps', () => {
  it('are steps of the content the app links to the story bank', () => {
    const ids = loadContent().actions.map((a) => a.id)
    expect(ids).toContain(STORY_STEP_ID)
    expect(ids).toContain(MOCK_INTERVIEW_STEP_ID)
  })
})
