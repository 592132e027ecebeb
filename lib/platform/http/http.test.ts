import { describe, expect, it } from 'vitest'
import { json, jsonWithParts } from './http'

describe('jsonWithParts', () => {
  it('answers exactly what json() answers for the same object, with the parts written in as given', async () => {
    const result = { skills: [{ skillId: 'discovery', score: 41, why: 'You said “rarely” — and "never"' }] }
    const plan = { weeks: [{ week: 1, hours: 5 }] }
    const withParts = jsonWithParts(
      { ownerUrl: 'https://x/plan/t', expiresAt: '2026-12-08T00:00:00.000Z' },
      { result: JSON.stringify(result), plan: JSON.stringify(plan) },
      201,
    )
    const plain = json({ ownerUrl: 'https://x/plan/t', expiresAt: '2026-12-08T00:00:00.000Z', result, plan }, 201)
    expect(withParts.status).toBe(201)
    expect(await withParts.text()).toBe(await plain.text())
    expect(Object.fromEntries(withParts.headers)).toEqual(Object.fromEntries(plain.headers))
  })

  it('writes a body with no other fields', async () => {
    expect(await jsonWithParts({}, { plan: '[1,2]' }).json()).toEqual({ plan: [1, 2] })
  })
})
