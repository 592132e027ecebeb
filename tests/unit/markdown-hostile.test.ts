import { describe, expect, it } from 'vitest'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { planMarkdown } from '@/lib/plans/exports/plan-markdown'
import { renderMarkdown } from '@/lib/plans/views/render-markdown'

// Admin-edited text reaches the Markdown download verbatim from the stored plan. Whatever it holds, the file must
// read as the same words and carry no markup: no HTML, no links, no headings or calendar lines of its own.

const hostile =
  'x</p><script>alert(1)</script>\n# Injected heading\nBEGIN:VEVENT\r\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>'

async function hostileRender() {
  const { result, plan } = assess(loadContent(), personaAnswers('backend-with-pms'))
  const clean = renderMarkdown(result, plan)
  result.headline = hostile
  result.verdict.headline = hostile
  result.path.name = hostile
  for (const s of result.strengths) s.why = hostile
  for (const g of result.gaps) g.name = hostile
  for (const a of plan.actions) Object.assign(a, { title: hostile, whatToDo: hostile, doneWhen: hostile })
  for (const m of plan.milestones) m.title = hostile
  for (const s of [...result.sources, ...plan.sources]) Object.assign(s, { title: hostile, url: 'javascript:alert(1)' })
  return { clean, result, plan, md: renderMarkdown(result, plan) }
}

describe('the Markdown download with hostile content', () => {
  it('escapes HTML, links, headings and line breaks in every field', async () => {
    const { clean, md } = await hostileRender()
    expect(md).not.toMatch(/<script|<img|<\/p>/i)
    // A link needs an unescaped `](`: every bracket is escaped.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(md).not.toMatch(/<javascript:/)
    expect(md).not.toMatch(/^BEGIN:VEVENT/m)
    expect(md).not.toMatch(/^#+ Injected/m)
    // The file has exactly the headings it has with ordinary content.
    const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#')).length
    expect(headings(md)).toBe(headings(clean))
    // The words are all still there, readable.
    expect(md).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; # Injected heading BEGIN:VEVENT \\[click\\](javascript:alert(1))',
    )
  })

  it('escapes the step titles of the progress list too', async () => {
    const { result, plan } = await hostileRender()
    const progress = {
      today: '2026-12-06',
      summary: { overall: { done: 0, total: plan.actions.length, percent: 0 } },
      state: { startsOn: '2026-12-01', done: new Map<string, string>() },
      made: { actions: plan.actions.map((a) => ({ actionId: a.actionId, title: a.title })) },
    } as unknown as Parameters<typeof planMarkdown>[2]
    const md = planMarkdown(result, plan, progress)
    expect(md).toMatch(/^- \[ \] x&lt;\/p&gt;&lt;script&gt;/m)
    expect(md).not.toMatch(/<script/)
  })

  it('writes the owner’s story drafts after the progress, each part one escaped paragraph', async () => {
    const { result, plan } = await hostileRender()
    const progress = {
      today: '2026-12-06',
      summary: { overall: { done: 0, total: 0, percent: 0 } },
      state: { startsOn: '2026-12-01', done: new Map<string, string>() },
      made: { actions: [] },
    } as unknown as Parameters<typeof planMarkdown>[2]
    const story = {
      question: 'Tell me about a user problem you solved.',
      problem: `Support agents re-sent invoices by hand.\n${hostile}`,
      why: 'Customers were paid late.',
      actions: '',
      outcome: '- Tickets fell by 40 %.',
      passes: false,
    }
    const md = planMarkdown(result, plan, progress, [story])
    const stories = md.split('## Your product stories')[1] ?? ''
    expect(stories).toContain('### Tell me about a user problem you solved.')
    expect(stories).toContain('_Still a draft: parts to add._')
    expect(stories).toContain('**The problem, and who had it:** Support agents re-sent invoices by hand. x&lt;/p&gt;')
    // An empty part is left out; a part that starts like a list item or heading stays text.
    expect(stories).not.toContain('What you did')
    expect(stories).toContain('**The outcome:** \\- Tickets fell by 40 %.')
    expect(stories).not.toMatch(/<script|^# Injected|^BEGIN:VEVENT/m)
    expect(stories).not.toMatch(/(?<!\\)\]\(javascript:/)
    // No stories, no section.
    expect(planMarkdown(result, plan, progress)).not.toContain('## Your product stories')
  })
})
