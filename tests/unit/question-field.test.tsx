import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { QuestionField, SEVERAL } from '@/components/assessment/question-field'
import { loadContent } from '@/lib/knowledge/load'

// Every question as the questionnaire renders it: ids are unique on the page, each description is tied to its own
// control, and a question's instructions show before anyone answers wrongly.

const content = loadContent()
const sections = content.sections.map((s) => ({
  id: s.id,
  html: content.questions
    .filter((q) => q.sectionId === s.id)
    .map((q) => renderToStaticMarkup(<QuestionField question={q} />))
    .join(''),
}))
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])

describe('question fields', () => {
  it.each(sections)('give every element its own id, on the $id page', ({ html }) => {
    const all = ids(html)
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([])
  })

  it('tie each self-rating level to its own description, not to the question’s hint', () => {
    const q = content.questions.find((x) => x.id === 'rate-data')
    if (!q || q.kind === 'number') throw new Error('no rate-data')
    const html = renderToStaticMarkup(<QuestionField question={q} />)
    const first = /<input[^>]*id="rate-data"[^>]*>/.exec(html)?.[0] ?? ''
    const describedBy = /aria-describedby="([^"]+)"/.exec(first)?.[1] ?? ''
    expect(describedBy).toBe('rate-data-level-1-hint')
    const text = new RegExp(`id="${describedBy}"[^>]*>([^<]+)<`).exec(html)?.[1]
    expect(text).toBe(q.options[0]?.detail)
  })

  it('say how to answer a number before an error does, and “several” in one wording', () => {
    const years = content.questions.find((x) => x.id === 'years-experience')
    if (!years) throw new Error('no years question')
    const html = renderToStaticMarkup(<QuestionField question={years} />)
    expect(html).toMatch(/id="years-experience-hint"[^>]*>[^<]*from 0 to 40/)
    for (const q of content.questions.filter((x) => x.kind === 'multi')) {
      const text = renderToStaticMarkup(<QuestionField question={q} />)
      const says = (text.match(/all that apply/gi) ?? []).length
      expect(says, q.id).toBe(1)
      if (!/all that apply/i.test(q.prompt)) expect(text).toContain(SEVERAL)
      expect(text).not.toContain('Select all that apply')
    }
  })

  it('mark the choice that excludes the others, for the form’s script to clear them', () => {
    const q = content.questions.find((x) => x.id === 'engineering-work')
    if (q?.kind !== 'multi') throw new Error('no engineering-work')
    const html = renderToStaticMarkup(<QuestionField question={q} />)
    const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.id)
    const marked = (html.match(/<input[^>]*>/g) ?? [])
      .filter((input) => input.includes('data-exclusive=""'))
      .map((input) => /value="([^"]+)"/.exec(input)?.[1])
    expect(marked).toEqual(exclusive)
    expect(html).toContain('data-cleared-for="engineering-work"')
  })
})
