import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { apiFields, bodyFieldErrors, fieldErrors, formFieldErrors } from './field-errors'

const Form = z.strictObject({
  email: z.string().min(3, 'Enter your email.').includes('@', { error: 'An email has an @.' }),
  days: z.number({ error: 'Choose how long the link works.' }),
  nested: z.strictObject({ name: z.string({ error: 'Name it.' }) }).optional(),
})
const errorOf = (input: unknown) => {
  const parsed = Form.safeParse(input)
  if (parsed.success) throw new Error('expected a failure')
  return parsed.error
}

describe('field errors from a schema', () => {
  it('keeps one error per field, the first, in the order of the issues', () => {
    expect(fieldErrors(errorOf({ email: 'x' }))).toEqual([
      { fieldId: 'email', message: 'Enter your email.' },
      { fieldId: 'days', message: 'Choose how long the link works.' },
    ])
  })

  it('puts each error on its element, and an unknown name on the fallback', () => {
    const errors = formFieldErrors(errorOf({ email: 'a@b', surprise: 1 }), { days: 'rater-days' }, 'rater-label')
    expect(errors).toEqual([
      { fieldId: 'rater-days', message: 'Choose how long the link works.' },
      { fieldId: 'rater-label', message: expect.any(String) },
    ])
  })

  it('names each unexpected API key by its path, and the whole body as "body"', () => {
    const errors = bodyFieldErrors(errorOf({ email: 'a@b', days: 1, extra: 1, nested: { name: 'n', more: 2 } }))
    expect(apiFields(errors)).toEqual([
      { field: 'nested.more', message: 'unexpected field' },
      { field: 'extra', message: 'unexpected field' },
    ])
    const notAnObject = z.strictObject({ a: z.string() }).safeParse(7)
    if (notAnObject.success) throw new Error('expected a failure')
    expect(apiFields(bodyFieldErrors(notAnObject.error))).toEqual([{ field: 'body', message: expect.any(String) }])
  })
})
