import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateSection } from '@/lib/engine/content/answers'
import { loadContent } from '@/lib/knowledge/load'
import { capFlash, decodeFlash, encodeFlash, FLASH_WIRE_BUDGET, type Flash } from './flash'

const content = loadContent()

/** The biggest flash a real person can cause on each section: every error at once, and the most typed or chosen. */
function worstRealFlash(sectionId: string): Flash {
  const questions = content.questions.filter((q) => q.sectionId === sectionId)
  const blank = Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multi' ? [] : '']))
  const result = validateSection(content, sectionId, blank)
  const errors = result.ok ? [] : result.errors
  const values = Object.fromEntries(
    questions.map((q) => {
      if (q.kind === 'number') return [q.id, '12345678']
      if (q.kind === 'multi') return [q.id, q.options.map((o) => o.id)]
      return [q.id, q.options.reduce((longest, o) => (o.id.length > longest.length ? o.id : longest), '')]
    }),
  )
  return { formId: sectionId, values, errors }
}

describe('the flash cookie', () => {
  it.each(content.sections.map((s) => s.id))('keeps everything a real person enters on %s', (sectionId) => {
    const flash = worstRealFlash(sectionId)
    expect(flash.errors.length).toBeGreaterThan(0)
    expect(capFlash(flash)).toEqual(flash)
    expect(decodeFlash(encodeFlash(capFlash(flash)))).toEqual(flash)
    expect(encodeFlash(flash).length).toBeLessThanOrEqual(FLASH_WIRE_BUDGET)
  })

  it('stays within its budget whatever is posted (2,000 values for one field included)', () => {
    const huge: Flash = {
      formId: 'experience',
      values: { 'engineering-work': Array.from({ length: 2000 }, (_, i) => `value-${i}-${'z'.repeat(150)}`) },
      errors: [{ fieldId: 'engineering-work', message: 'Choose at most 3.' }],
    }
    const capped = capFlash(huge)
    expect(encodeFlash(capped).length).toBeLessThanOrEqual(FLASH_WIRE_BUDGET)
    expect(capped.errors).toEqual(huge.errors)
    expect(capped.values['engineering-work']?.length).toBeGreaterThan(0)
    expect(decodeFlash(encodeFlash(capped))).toEqual(capped)
  })

  it('is always within budget, always readable back, and only ever drops or shortens what was posted', () => {
    const text = fc.string({ maxLength: 250, unit: 'binary' })
    const flashes = fc.record({
      formId: fc.string({ maxLength: 80 }),
      values: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 100 }),
        fc.oneof(text, fc.array(text, { maxLength: 40 })),
        { maxKeys: 70 },
      ),
      errors: fc.array(fc.record({ fieldId: fc.string({ maxLength: 100 }), message: text }), { maxLength: 70 }),
    })
    fc.assert(
      fc.property(flashes, (flash) => {
        const capped = capFlash(flash)
        const encoded = encodeFlash(capped)
        expect(encoded.length).toBeLessThanOrEqual(FLASH_WIRE_BUDGET)
        expect(decodeFlash(encoded)).toEqual(capped)
        for (const [fieldId, value] of Object.entries(capped.values)) {
          const original = flash.values[fieldId]
          expect(original).toBeDefined()
          const posted = [original ?? []].flat()
          for (const v of [value].flat()) expect(posted.some((p) => p.startsWith(v))).toBe(true)
        }
        for (const error of capped.errors) {
          expect(flash.errors.some((e) => e.fieldId === error.fieldId && e.message.startsWith(error.message))).toBe(
            true,
          )
        }
      }),
      { numRuns: 1000 },
    )
  }, 120_000)

  it('reads nothing from a cookie it did not write', () => {
    for (const raw of ['', 'not base64!', Buffer.from('{"formId":1}').toString('base64url'), '%7B%22formId%22']) {
      expect(decodeFlash(raw)).toBeNull()
    }
  })
})
