import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/knowledge/load'
import { loadCorpus } from '@/tests/fixtures/listings/corpus'
import { lexiconChanged, lexiconImpact } from './lexicon-impact'

const content = loadContent()
const corpus = loadCorpus('tuned').slice(0, 12)

/** The content with one skill's phrases replaced. */
const withPhrases = (skillId: string, phrases: (old: string[]) => string[]) => ({
  ...content,
  lexicon: content.lexicon.map((e) => (e.skillId === skillId ? { ...e, phrases: phrases(e.phrases) } : e)),
})

describe('lexiconImpact', () => {
  it('sees no change when the lexicon is the same', () => {
    expect(lexiconChanged(content, { ...content })).toBe(false)
    const impact = lexiconImpact(content, content, corpus)
    expect(impact.skills).toEqual([])
    expect(impact.lines).toEqual([])
    expect(impact.overall.after).toEqual(impact.overall.before)
  })

  it('shows a skill losing its phrases: recall and tagged lines fall, and the lines that lose the tag', () => {
    const draft = withPhrases('spec-writing', () => ['quill pen'])
    expect(lexiconChanged(content, draft)).toBe(true)
    const impact = lexiconImpact(content, draft, corpus)
    const spec = impact.skills.find((s) => s.skillId === 'spec-writing')
    expect(spec?.before.recall).toBeGreaterThan(0.5)
    expect(spec?.after.recall).toBeLessThan(spec?.before.recall ?? 0)
    expect(spec?.after.tagged).toBeLessThan(spec?.before.tagged ?? 0)
    expect(impact.skills[0]?.skillId).toBe('spec-writing')
    expect(impact.lines.length).toBeGreaterThan(0)
    expect(impact.lines.every((l) => l.removed.some((r) => r.skillId === 'spec-writing') && l.added.length === 0)).toBe(
      true,
    )
    expect(impact.overall.after.recall).toBeLessThan(impact.overall.before.recall)
  })

  it('shows a too-broad phrase: lines gain the tag, with the word that triggered it, and precision falls', () => {
    const draft = withPhrases('go-to-market', (old) => [...old, 'team'])
    const impact = lexiconImpact(content, draft, corpus)
    const gtm = impact.skills.find((s) => s.skillId === 'go-to-market')
    expect(gtm?.after.tagged).toBeGreaterThan(gtm?.before.tagged ?? 0)
    expect(gtm?.after.precision).toBeLessThan(gtm?.before.precision ?? 0)
    const added = impact.lines.flatMap((l) => l.added)
    expect(added.every((a) => a.skillId === 'go-to-market')).toBe(true)
    expect(added.some((a) => a.words.some((w) => /team/i.test(w)))).toBe(true)
  })
})
