import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

test('landing page explains the assessment and starts it', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('product management')
  // Counts come from the published content: the same the questionnaire's start page states.
  const questions = (await page.getByText(/^Answer \d+ questions/).textContent())?.match(/\d+/)?.[0]
  const minutes = (await page.getByText(/^Takes about \d+ minutes$/).textContent())?.match(/\d+/)?.[0]
  await page.goto('/assessment')
  await expect(page.getByText(`${questions} questions in`)).toContainText(`about ${minutes} minutes in all`)
  await page.goto('/')
  await expect(page.getByText('No account, no email')).toBeVisible()
  await expect(page.getByText('3 to 9 months')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Start the assessment' }).click()
  await expect(page).toHaveURL(/\/assessment/)
})

test('landing page can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('unknown pages get a styled 404 that offers a way on', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'start an assessment' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('health endpoint reports the app and database as up', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toMatch(/no-store/)
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
})
