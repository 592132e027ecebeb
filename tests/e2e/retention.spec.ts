import { expect, test } from '@playwright/test'
import { answerEverything } from './journey-helpers'

test('building the plan leaves no copy of the answers in the questionnaire', async ({ page }) => {
  await answerEverything(page)
  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page).toHaveURL(/\/plan\/[A-Za-z0-9_-]{43}\?new=1$/)
  // The draft went with the plan's commit: the questionnaire starts empty, and "check" has nothing to check.
  await page.goto('/assessment/check')
  await expect(page).toHaveURL(/\/assessment$/)
  await page.goto('/assessment/background')
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('')
})
