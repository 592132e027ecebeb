import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/knowledge/load'
import { diffItem, namesOf } from './diff'

describe('names in the diff', () => {
  const content = loadContent()

  it('reads a skill by its name even when its lexicon entry has the same id', () => {
    const skill = content.skills.find((s) => content.lexicon.some((l) => l.id === s.id))
    if (!skill) throw new Error('no lexicon entry shares a skill id any more: this test needs another case')
    expect(namesOf(content).get(skill.id)).toBe(skill.name)
  })

  it('names the skill a changed weight belongs to', () => {
    const question = content.questions.find((q) => q.kind !== 'number' && q.options.some((o) => o.skills.length > 0))
    if (!question || question.kind === 'number') throw new Error('fixture changed')
    const after = structuredClone(question)
    const option = after.options.find((o) => o.skills.length > 0)
    const contribution = option?.skills[0]
    if (!option || !contribution) throw new Error('fixture changed')
    contribution.weight = contribution.weight === 3 ? 2 : 3
    const skill = content.skills.find((s) => s.id === contribution.skillId)
    const [change] = diffItem(question, after, namesOf(content))
    expect(change?.field).toContain(`› ${skill?.name} › Weight`)
  })
})
