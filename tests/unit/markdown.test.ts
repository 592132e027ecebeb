import { describe, expect, it } from 'vitest'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { renderMarkdown } from '@/lib/plans/views/render-markdown'

const content = loadContent()
async function markdown(name: string, weeks?: number) {
  const { result, plan } = assess(content, personaAnswers(name))
  return { md: renderMarkdown(result, plan, weeks), result, plan }
}

describe('the Markdown readout (npm run assess and the download)', () => {
  it('gives the answer, what carries over, what to work on, the route, the plan and the sources', async () => {
    const { md, result, plan } = await markdown('backend-with-pms', 2)
    for (const heading of [
      '# Your product management readout',
      '## What carries over',
      '## What to work on first',
      '## Your route: Internal transfer',
      '## Milestones',
      '## Steps',
      '## Week by week',
      '## Why each skill scored as it did',
      '## Roles compared',
      '## Sources',
    ])
      expect(md).toContain(heading)
    expect(md).toContain(result.headline)
    for (const a of plan.actions) expect(md).toContain(`### ${a.title}`)
    expect(md).toContain('- Week 2 ·')
    expect(md).not.toContain('- Week 3 ·')
    expect(md).toMatch(/… \d+ more weeks\./)
  })

  it('lists what sets the window with an arrow where it lengthens or shortens it, and one bullet each', async () => {
    const { md } = await markdown('new-graduate', 1)
    const window = md.slice(md.indexOf('What sets the window:'), md.indexOf('# Your plan'))
    expect(window).toMatch(/^- From where you are now/m)
    expect(window).toMatch(/^- ⬆ .*\(\+\d+–\d+ weeks\)$/m)
    expect(window).toMatch(/^- ⬇ /m)
    expect(md).not.toMatch(/^- [•·] /m)
  })

  it('shows the flags only when there are some', async () => {
    expect((await markdown('flat-overconfident', 1)).md).toContain('## Worth weighing honestly')
    expect((await markdown('backend-with-pms', 1)).md).not.toContain('## Worth weighing honestly')
  })
})
