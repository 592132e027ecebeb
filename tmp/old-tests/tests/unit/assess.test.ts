import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { assess } from '@/lib/scoring/assess'
import { renderMarkdown } from '@/scripts/assess'
import { personaAnswers } from '@/tests/fixtures/answers-arbitrary'

const content = loadContent()
async function markdown(name: string, weeks?: number) {
  const answers = await personaAnswers(name)
  const { result, plan } = assess(content, answers)
  return renderMarkdown(result, plan, weeks)
}

describe('npm run assess (Markdown readout)', () => {
  it('prints the headline, strengths, gaps, role fit, path, plan weeks and sources', async () => {
    const md = await markdown('backend-with-pms', 2)
    for (const heading of [
      '# Your product management readout',
      '## Strengths that carry over',
      '## Gaps, most important first',
      '## Role fit',
      '## Recommended path: Internal transfer',
      '### Week 1 ·',
      '## Sources',
    ])
      expect(md).toContain(heading)
    expect(md).not.toContain('### Week 3 ·')
    expect(md).toMatch(/… \d+ more weeks\./)
    expect(md).toContain('How reliable is this?')
  })

  it('shows the honest flags when there are some', async () => {
    expect(await markdown('salary-chaser', 1)).toContain('## Honest flags')
    expect(await markdown('backend-with-pms', 1)).not.toContain('## Honest flags')
  })
})
