import { describe, expect, it } from 'vitest'
import { requirementLines, sentences } from './split'

const texts = (listing: string) => requirementLines(listing).map((l) => l.text)

describe('requirementLines', () => {
  it('keeps the duties and requirements, and leaves out the blurb, pay, benefits and equal-opportunity text', () => {
    const listing = `Senior Product Manager, Payments
Acme Pay · London (hybrid)

About us
Acme Pay moves money for 30,000 shops. We are backed by great investors.

What you'll do
- Own the roadmap for card payments
- Talk to merchants every week

Requirements
- 3+ years of product management experience
- Comfortable with SQL

Nice to have
- Experience in fintech

Benefits
- £80,000–£95,000 and share options
- 28 days' holiday

Acme Pay is an equal opportunity employer. To apply, send your CV to jobs@acme.example.`
    expect(requirementLines(listing)).toEqual([
      { text: 'Own the roadmap for card payments', strength: 'must', heading: "What you'll do" },
      { text: 'Talk to merchants every week', strength: 'must', heading: "What you'll do" },
      { text: '3+ years of product management experience', strength: 'must', heading: 'Requirements' },
      { text: 'Comfortable with SQL', strength: 'must', heading: 'Requirements' },
      { text: 'Experience in fintech', strength: 'nice', heading: 'Nice to have' },
    ])
  })

  it('reads bullets of every kind: numbers, letters, arrows, emoji', () => {
    const listing = `Responsibilities:
1. Write specs
2) Run interviews
a. Ship weekly
→ Present to leadership
✅ Track the metrics
👉 Partner with design
• Prioritise the backlog
* Size ideas
– Lead launches`
    expect(texts(listing)).toEqual([
      'Write specs',
      'Run interviews',
      'Ship weekly',
      'Present to leadership',
      'Track the metrics',
      'Partner with design',
      'Prioritise the backlog',
      'Size ideas',
      'Lead launches',
    ])
  })

  it('knows headings in capitals, with colons, with emoji, and run in at the start of a line', () => {
    const listing = `ABOUT THE COMPANY
We build boats.
👀 What you'd do
🛠️ Talk to sailors
WHAT WE'RE LOOKING FOR:
- Strong analytical skills
Bonus: you have sailed before
Perks: free boat rides`
    expect(requirementLines(listing)).toEqual([
      { text: 'Talk to sailors', strength: 'must', heading: "What you'd do" },
      { text: 'Strong analytical skills', strength: 'must', heading: "WHAT WE'RE LOOKING FOR" },
      { text: 'you have sailed before', strength: 'nice', heading: 'Bonus' },
    ])
  })

  it('never takes a list item for a heading, even one that sounds like one', () => {
    expect(texts('Requirements\n- Experience with Jira\n- Strong communication skills')).toEqual([
      'Experience with Jira',
      'Strong communication skills',
    ])
  })

  it('splits run-on paragraphs into sentences, with a run-in heading sentence', () => {
    const listing =
      "What you'll do. You will own the roadmap. You'll talk to customers, e.g. restaurants, every week! Who you are. You have shipped software."
    expect(requirementLines(listing)).toEqual([
      { text: 'You will own the roadmap.', strength: 'must', heading: "What you'll do" },
      { text: "You'll talk to customers, e.g. restaurants, every week!", strength: 'must', heading: "What you'll do" },
      { text: 'You have shipped software.', strength: 'must', heading: 'Who you are' },
    ])
  })

  it('works without any heading: sentences that address the reader count, the company blurb does not', () => {
    const listing =
      "Founding PM at Gridly. We help building owners save energy. You'll run customer interviews every week. Experience in climate tech is a big plus. The salary is $150,000 to $175,000. Apply through our website."
    expect(requirementLines(listing)).toEqual([
      { text: "You'll run customer interviews every week.", strength: 'must', heading: null },
      { text: 'Experience in climate tech is a big plus.', strength: 'nice', heading: null },
    ])
  })

  it('reads HTML pasted as text, entities and all', () => {
    const listing =
      '<div><h2>What you&rsquo;ll do</h2><ul><li>Own the <strong>API</strong> roadmap</li><li>Work with engineers &amp; designers</li></ul><h2>Benefits</h2><p>Health insurance</p></div>'
    expect(requirementLines(listing)).toEqual([
      { text: 'Own the API roadmap', strength: 'must', heading: 'What you’ll do' },
      { text: 'Work with engineers & designers', strength: 'must', heading: 'What you’ll do' },
    ])
  })

  it('gives the same lines for Windows, old Mac and Unix line endings, and drops control characters', () => {
    const unix = 'Requirements\n- SQL\u0000 skills\n- Clear writing'
    expect(texts(unix.replace(/\n/g, '\r\n'))).toEqual(texts(unix))
    expect(texts(unix.replace(/\n/g, '\r'))).toEqual(texts(unix))
    expect(texts(unix)).toEqual(['SQL skills', 'Clear writing'])
  })

  it.each([
    ['Experience with Kafka is a plus', 'nice'],
    ['Knowledge of banking regulations is preferred', 'nice'],
    ['Ideally, you have run A/B tests', 'nice'],
    ['Speaks Spanish — a real plus with our customers', 'nice'],
    ['Fluent English; French is an asset', 'must'],
    ['3+ years of product experience, ideally in fintech', 'must'],
    ['Strong SQL skills', 'must'],
  ])('%j under "Requirements" is %s, by its own words', (line, strength) => {
    expect(requirementLines(`Requirements\n- ${line}`)[0]?.strength).toBe(strength)
  })

  it('treats "Preferred qualifications" as nice-to-have and "Minimum qualifications" as must', () => {
    const lines = requirementLines('Minimum qualifications\n- SQL\nPreferred qualifications\n- Python')
    expect(lines.map((l) => [l.text, l.strength])).toEqual([
      ['SQL', 'must'],
      ['Python', 'nice'],
    ])
  })

  it('leaves out job facts and salary lines even under a requirements heading', () => {
    expect(
      texts(
        'Requirements\n- Location: Remote (US)\n- Remote, full-time\n- $140k–$170k + equity\n- Willing to travel 20% of the time',
      ),
    ).toEqual(['Willing to travel 20% of the time'])
  })

  it('reads bilingual headings', () => {
    const lines = requirementLines(
      'Über uns / About us\nWir lieben Musik.\nDein Profil / Who you are\n→ Curious about listeners',
    )
    expect(lines).toEqual([{ text: 'Curious about listeners', strength: 'must', heading: 'Dein Profil / Who you are' }])
  })
})

describe('sentences', () => {
  it('does not split after abbreviations', () => {
    expect(sentences('Use tools, e.g. Jira. Work in the U.S. office. Ship it!')).toEqual([
      'Use tools, e.g. Jira.',
      'Work in the U.S. office.',
      'Ship it!',
    ])
  })
})
