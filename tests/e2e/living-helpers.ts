import { readFileSync } from 'node:fs'
import { type APIRequestContext, expect, type Page } from '@playwright/test'

export type Created = { ownerUrl: string; shareUrl: string; plan: { hoursPerWeek: number; totalWeeks: number } }

/** A reference persona's answers, from their one home (lib/knowledge/reference-personas/), as a client would post them. */
export function personaAnswers(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`lib/knowledge/reference-personas/${name}.json`, 'utf8')).answers
}

export async function createPlan(request: APIRequestContext, persona = 'backend-with-pms'): Promise<Created> {
  const response = await request.post('/api/assessments', { data: { answers: personaAnswers(persona) } })
  expect(response.status()).toBe(201)
  return response.json()
}

/** The owner's path (without origin), e.g. /plan/abc…, for building sub-page URLs. */
export const ownerPath = (created: Created) => new URL(created.ownerUrl).pathname

export const isoDay = (daysFromToday: number) =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10)

/** Moves week 1 of the plan, through the form on the progress page. */
export async function moveStart(page: Page, created: Created, day: string) {
  await page.goto(`${ownerPath(created)}/progress`)
  await page.getByLabel('Week 1 begins on').fill(day)
  await page.getByRole('button', { name: 'Move the start' }).click()
  await expect(page.getByText('Start day moved.')).toBeVisible()
}

export const tally = (page: Page) => page.locator('p[aria-live="polite"]').first()
