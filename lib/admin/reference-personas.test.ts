import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REFERENCE_PERSONAS } from './reference-personas'

describe('reference personas', () => {
  it('are exactly the engine test fixtures (copy tests/fixtures/personas/*.json to lib/admin/reference-personas/)', () => {
    const dir = 'tests/fixtures/personas'
    const fixtures = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const raw = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))
        return { id: f.replace(/\.json$/, ''), description: raw.persona, answers: raw.answers }
      })
    expect(REFERENCE_PERSONAS).toEqual(fixtures)
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      expect(readFileSync(`lib/admin/reference-personas/${f}`, 'utf8')).toBe(readFileSync(`${dir}/${f}`, 'utf8'))
    }
  })
})
