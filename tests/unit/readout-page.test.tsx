import { readdirSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PlanDocument } from '@/components/plan/plan-document'
import { SkillDetails } from '@/components/results/skill-details'
import { loadContent } from '@/lib/content/load'
import { withoutAnswers } from '@/lib/plan-views/stored-plan'
import { assess } from '@/lib/scoring/assess'
import { personaAnswers } from '@/tests/fixtures/answers-arbitrary'

// The readout as people read it, rendered to HTML for every persona. Research on algorithmic explanations (Kizilcec,
// CHI 2016) found that a short explanation builds trust and a raw dump of the working does not: the part always on
// show stays short, everything else is one click away, and nothing is said over and over.

const content = loadContent()
const personas = readdirSync('tests/fixtures/personas').map((f) => f.replace(/\.json$/, ''))
const MAX_VISIBLE_WORDS = 1200

const text = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/(p|li|h\d|dd|dt|summary|div|section)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
/** What shows before anything is opened: folds keep only their summary line. */
const visible = (html: string) =>
  html.replace(/<details[^>]*>\s*(<summary[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g, '$1')
const words = (s: string) => s.split(/\s+/).filter(Boolean).length
/** Sentences of four words or more, as a reader meets them. */
const sentences = (s: string) =>
  s
    .split(/(?<=[.!?])\s+|\n/)
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter((x) => /[.!?]$/.test(x) && words(x) >= 4)

async function pages(name: string) {
  const { result, plan } = assess(content, await personaAnswers(name))
  const owner = renderToStaticMarkup(<PlanDocument result={result} plan={plan} skillsHref="/plan/t/skills" />)
  const shared = withoutAnswers({ result, plan, createdAt: new Date() })
  const share = renderToStaticMarkup(<PlanDocument result={shared.result} plan={plan} skillsHref="/share/t/skills" />)
  const skills = renderToStaticMarkup(<SkillDetails result={result} showAnswers />)
  return { owner, share, skills, result, plan }
}

describe('the readout page', () => {
  it.each(personas)('can be read in five minutes: at most 1,200 words on show (%s)', async (name) => {
    const { owner } = await pages(name)
    expect(words(text(visible(owner)))).toBeLessThanOrEqual(MAX_VISIBLE_WORDS)
  })

  it.each(personas)(
    'never says the same sentence more than twice, folds and skills page included (%s)',
    async (name) => {
      const { owner, skills } = await pages(name)
      for (const page of [owner, skills]) {
        const counts = new Map<string, number>()
        for (const s of sentences(text(page))) counts.set(s, (counts.get(s) ?? 0) + 1)
        const repeated = [...counts].filter(([, n]) => n > 2)
        expect(repeated, name).toEqual([])
      }
    },
  )

  it.each(personas)(
    'puts the answer, the strongest skills, the first gaps and the first steps on show (%s)',
    async (name) => {
      const { owner, result, plan } = await pages(name)
      const shown = text(visible(owner))
      expect(shown).toContain(result.verdict.headline)
      for (const s of result.strengths.slice(0, 3)) expect(shown).toContain(s.name)
      for (const g of result.gaps.slice(0, 3)) expect(shown).toContain(g.name)
      expect(shown).toContain(plan.actions[0]?.title ?? '?')
      // The rest is one click away: every step of the plan and every skill are on the page, behind folds.
      const all = text(owner)
      for (const a of plan.actions) expect(all).toContain(a.doneWhen)
      for (const s of result.skills) expect(all).toContain(s.name)
    },
  )

  it('shows the owner the answers behind each score, and the read-only copy only the reasons', async () => {
    const { result, skills } = await pages('backend-with-pms')
    const answer = result.answers.find((a) => a.kind === 'behaviour')
    const said = `${answer?.label}: you answered “${answer?.answer}”`
    expect(text(skills)).toContain(said)
    const shared = renderToStaticMarkup(<SkillDetails result={{ ...result, answers: [] }} showAnswers={false} />)
    expect(text(shared)).not.toContain(said)
  })
})
