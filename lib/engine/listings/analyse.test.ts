import { describe, expect, it } from 'vitest'
import type { Content } from '@/lib/engine/content/schema'
import { content as baseContent, skill } from '@/tests/fixtures/content-builder'
import { analyseListing } from './analyse'
import { MAX_LISTING_CHARS } from './listing-input'

// The analyser on a small synthetic lexicon, so each rule shows on its own.
function lexiconContent(over: Partial<Content> = {}): Content {
  const base = baseContent()
  return {
    ...base,
    skills: [
      skill({ id: 'discovery', name: 'Discovery' }),
      skill({ id: 'data', name: 'Data' }),
      skill({ id: 'gtm', name: 'Go to market' }),
      skill({ id: 'business', name: 'Business' }),
    ],
    synonyms: [{ id: 'customer', words: ['customer', 'user', 'client'], sources: ['src-a'] }],
    lexicon: [
      {
        id: 'discovery',
        skillId: 'discovery',
        phrases: ['user research|customer interview*'],
        patterns: [{ all: ['talk* to|speak* with', '@customer'], within: 4 }],
        excludes: [],
        sources: ['src-a'],
      },
      {
        id: 'data',
        skillId: 'data',
        phrases: ['sql', 'a/b test*'],
        patterns: [],
        excludes: [],
        sources: ['src-a'],
      },
      {
        id: 'gtm',
        skillId: 'gtm',
        phrases: ['go to market', 'marketing'],
        patterns: [],
        excludes: [],
        sources: ['src-a'],
      },
      {
        id: 'business',
        skillId: 'business',
        phrases: ['market', 'pricing'],
        patterns: [],
        excludes: ['go to market'],
        sources: ['src-a'],
      },
    ],
    unmeasured: [
      {
        id: 'years',
        label: 'Years of experience',
        explanation: 'Not measured.',
        phrases: ['# year*'],
        patterns: [],
        excludes: [],
        sources: ['src-a'],
      },
    ],
    ...over,
  }
}

const analyse = (text: string, c = lexiconContent()) => analyseListing(c, `Requirements\n${text}`)

describe('analyseListing', () => {
  it('tags a line with each skill its words ask for, saying which words did it', () => {
    const [line] = analyse('- Run customer interviews and write SQL').requirements
    expect(line?.skillIds).toEqual(['discovery', 'data'])
    expect(line?.tags).toEqual([
      { skillId: 'discovery', words: ['customer interviews'] },
      { skillId: 'data', words: ['SQL'] },
    ])
    expect(line?.matched).toEqual(['customer interviews', 'SQL'])
  })

  it('matches a pattern only when its terms are close together, quoting each', () => {
    expect(analyse('- Talk to our users').requirements[0]?.tags).toEqual([
      { skillId: 'discovery', words: ['Talk to … users'] },
    ])
    expect(
      analyse('- Talk through the quarterly plans and budgets before anyone asks the users').requirements[0]?.skillIds,
    ).toEqual([])
  })

  it('does not count a phrase inside an excluded one ("market" inside "go-to-market")', () => {
    expect(analyse('- Own the go-to-market plan').requirements[0]?.skillIds).toEqual(['gtm'])
    expect(analyse('- Understand the market and pricing').requirements[0]?.skillIds).toEqual(['business'])
  })

  it('names what the assessment does not measure, and lists those lines', () => {
    const analysis = analyse('- 5+ years of product experience\n- SQL')
    expect(analysis.requirements[0]?.notMeasured).toEqual([
      { id: 'years', label: 'Years of experience', explanation: 'Not measured.', words: ['5+ years'] },
    ])
    expect(analysis.unmeasured).toEqual(['5+ years of product experience'])
  })

  it('counts mentions per skill, most first, then must-haves, then content order', () => {
    const analysis = analyseListing(
      lexiconContent(),
      'Requirements\n- SQL\n- Marketing launches\n- Pricing\nNice to have\n- A/B testing\n- Marketing emails\n- Marketing events',
    )
    expect(analysis.skills).toEqual([
      { skillId: 'gtm', mentions: 3, mustMentions: 1 },
      { skillId: 'data', mentions: 2, mustMentions: 1 },
      { skillId: 'business', mentions: 1, mustMentions: 1 },
    ])
    const tie = analyseListing(lexiconContent(), 'Requirements\n- Pricing\nNice to have\n- SQL\n- Marketing')
    expect(tie.skills.map((s) => s.skillId)).toEqual(['business', 'data', 'gtm'])
  })

  it('is deterministic and reads at most MAX_LISTING_CHARS', () => {
    const long = `Requirements\n${'- SQL\n'.repeat(MAX_LISTING_CHARS)}`
    const once = analyseListing(lexiconContent(), long)
    expect(analyseListing(lexiconContent(), long)).toEqual(once)
    expect(once.requirements.length).toBeLessThanOrEqual(400)
    expect(once.requirements.every((r) => r.skillIds[0] === 'data')).toBe(true)
  })

  it('follows a lexicon edit: a new phrase tags lines it did not before', () => {
    const c = lexiconContent()
    expect(analyse('- Run usability sessions', c).requirements[0]?.skillIds).toEqual([])
    const edited = lexiconContent({
      lexicon: c.lexicon.map((e) => (e.id === 'discovery' ? { ...e, phrases: [...e.phrases, 'usability'] } : e)),
    })
    expect(analyse('- Run usability sessions', edited).requirements[0]?.skillIds).toEqual(['discovery'])
  })
})
