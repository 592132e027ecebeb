import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/engine/content/answers'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers, REFERENCE_PERSONAS } from './reference-personas'

describe('reference personas', () => {
  it('lists every persona file, so none is left out of the impact preview', () => {
    const files = readdirSync('lib/knowledge/reference-personas')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort()
    expect(REFERENCE_PERSONAS.map((p) => p.id).sort()).toEqual(files)
  })

  it('answers the published questions completely, each with a description', () => {
    const content = loadContent()
    for (const persona of REFERENCE_PERSONAS) {
      expect(validateAnswers(content, persona.answers), persona.id).toMatchObject({ ok: true })
      expect(persona.description.length, persona.id).toBeGreaterThan(20)
    }
  })

  it('refuses a name it does not know rather than scoring nothing', () => {
    expect(() => personaAnswers('no-such-persona')).toThrow(/no-such-persona/)
  })
})
