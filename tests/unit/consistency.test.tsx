import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers, REFERENCE_PERSONAS } from '@/lib/knowledge/reference-personas'
import { checkPersona, KINDS, type Kind, type Violation } from '@/tests/consistency/checks'
import { type PersonaSurfaces, renderSurfaces } from '@/tests/consistency/surfaces'

// One readout, one truth: every page and export of every persona (owner page, read-only copy, skills pages, mentor
// comparison, delta page after a retake, Markdown, calendar, and the owner page, Markdown and calendar after a
// re-plan at other hours) rendered by the app's own components, then checked for what a reader would catch: figures
// that disagree, the move outside the window the headline states, runs of identical weeks, a plan padded past its
// work, a phrase of six or more words more than twice on a page, a skill the headline names missing from the list
// under it. `npx tsx scripts/consistency.ts --list` prints every finding.
//
// Each finding is the page's (a component or an export) or the model's (a sentence or figure the engine wrote), so a
// failure says where to look. Both must be none, for every persona.

const content = loadContent()
const personas = REFERENCE_PERSONAS.map((p) => p.id)

const rendered = new Map<string, Promise<{ surfaces: PersonaSurfaces; found: Violation[] }>>()
function findings(persona: string) {
  let known = rendered.get(persona)
  if (!known) {
    known = Promise.resolve(personaAnswers(persona)).then((answers) => {
      const surfaces = renderSurfaces(content, persona, answers)
      return { surfaces, found: checkPersona(surfaces) }
    })
    rendered.set(persona, known)
  }
  return known
}

const say = (found: Violation[]) => found.map((v) => `${v.surface}: ${v.detail}`)
const kinds = Object.keys(KINDS) as Kind[]

describe.each(personas)('every page and export agree (%s)', (persona) => {
  it.each(kinds)('no %s caused by a page or export', async (kind) => {
    const { found } = await findings(persona)
    expect(say(found.filter((v) => v.kind === kind && v.cause === 'page'))).toEqual([])
  })

  it.each(kinds)('no %s caused by the model', async (kind) => {
    const { found } = await findings(persona)
    expect(say(found.filter((v) => v.kind === kind && v.cause === 'model'))).toEqual([])
  })
})

describe('the checks catch what they look for', () => {
  const persona = 'backend-with-pms'
  async function tampered(edit: (s: PersonaSurfaces) => void): Promise<Violation[]> {
    const copy = structuredClone((await findings(persona)).surfaces)
    edit(copy)
    return checkPersona(copy).filter((v) => v.cause === 'page')
  }
  const owner = (s: PersonaSurfaces) => {
    const page = s.surfaces.find((x) => x.name === 'owner page')
    if (!page) throw new Error('no owner page')
    return page
  }

  it('a skill shown with a second score', async () => {
    const found = await tampered((s) => {
      const skill = s.result.skills[0]
      if (skill) owner(s).body += `<p>${skill.name} · ${(skill.score + 7) % 100} of 100</p>`
    })
    expect(found.map((v) => v.kind)).toContain('numbers')
  })

  it('a window, a plan length and hours that disagree', async () => {
    const found = await tampered((s) => {
      owner(s).body += '<p>Get there in about 2–3 weeks.</p><p>The plan runs 999 weeks at up to 77 hours a week.</p>'
    })
    expect(found.filter((v) => v.kind === 'numbers').map((v) => v.detail)).toEqual([
      expect.stringContaining('window “2–3 weeks”'),
      expect.stringContaining('at up to 77 hours a week'),
      expect.stringContaining('The plan runs 999 weeks'),
    ])
  })

  it('three identical week lines in a row, a phrase said three times, a named skill left out', async () => {
    const found = await tampered((s) => {
      const page = owner(s)
      page.body += [4, 5, 6].map((w) => `<li id="week-${w}">Week ${w} · 2 hours: follow-up: apply</li>`).join('')
      page.body += '<p>a phrase that a reader meets far too often</p>'.repeat(3)
      const gap = s.result.gaps.at(-1)
      if (gap) {
        page.data = { ...page.data, result: { ...page.data.result, headline: `Work first on ${gap.name}.` } }
        page.body = page.body.replaceAll(gap.name, 'something else')
      }
    })
    expect(found.map((v) => v.kind)).toEqual(
      expect.arrayContaining(['identical-weeks', 'repeated-phrase', 'headline-names']),
    )
  })
})
