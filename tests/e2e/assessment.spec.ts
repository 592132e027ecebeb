import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { answerEverything, answerSection, backendAnswers, sectionPaths } from './journey-helpers'

test('full journey: answer, check and change an answer, build the plan', async ({ page }) => {
  await answerEverything(page)
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible()
  const hoursRow = page.locator('#row-hours-per-week')
  await expect(hoursRow).toContainText('6 hours')

  await hoursRow.getByRole('link', { name: /Change/ }).click()
  await expect(page).toHaveURL(/\/assessment\/goals\?returnTo=check/)
  await expect(page.locator('input[name="hours-per-week"]')).toHaveValue('6')
  await page.locator('input[name="hours-per-week"]').fill('10')
  await page.getByRole('button', { name: 'Save and check your answers' }).click()
  await expect(page).toHaveURL(/\/assessment\/check$/)
  await expect(page.locator('#row-hours-per-week')).toContainText('10 hours')

  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page).toHaveURL(/\/plan\/[A-Za-z0-9_-]{43}\?new=1$/)
  await expect(page.getByText(/keep this link/i).first()).toBeVisible()
  await expect(page.getByText(/10 hours a week/).first()).toBeVisible()
})

test('reload and Back in the middle keep every answer', async ({ page }) => {
  await page.goto('/assessment/background')
  await answerSection(page, backendAnswers)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page).toHaveURL(/\/assessment\/experience$/)

  // Half a page answered, then a reload before pressing Continue: autosave has kept it.
  // The background save that carries both answers (one is sent a moment after the last change).
  const autosaved = page.waitForResponse((response) => {
    const request = response.request()
    const body = request.postData() ?? ''
    return request.method() === 'POST' && 'next-action' in request.headers() && body.includes('postmortem')
  })
  await page.locator('input[name="customer-contact"][value="weekly"]').check()
  await page.locator('input[name="engineering-work"][value="postmortem"]').check()
  await autosaved
  await page.reload()
  await expect(page.locator('input[name="customer-contact"][value="weekly"]')).toBeChecked()
  await expect(page.locator('input[name="engineering-work"][value="postmortem"]')).toBeChecked()

  // Our Back button, then the browser's Back: section 1 still shows what was saved.
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page).toHaveURL(/\/assessment\/background$/)
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('6')
  await expect(page.locator('input[name="specialty"][value="backend"]')).toBeChecked()
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page.locator('input[name="customer-contact"][value="weekly"]')).toBeChecked()
  await page.goBack()
  await expect(page.locator('input[name="company-pms"][value="yes-my-team"]')).toBeChecked()

  // Closing the tab and coming back: the start page offers to continue.
  const again = await page.context().newPage()
  await page.close()
  await again.goto('/assessment')
  await expect(again.getByRole('heading', { name: 'Welcome back' })).toBeVisible()
  await expect(again.getByText('5 of 5 answered')).toBeVisible()
})

test('invalid input shows the error next to the field and keeps everything typed', async ({ page }) => {
  await page.goto('/assessment/goals')
  await page.locator('input[name="hours-per-week"]').fill('lots')
  await page.locator('input[name="interests"][value="ai"]').check()
  await page.getByRole('button', { name: 'Save and continue' }).click()

  const summary = page.locator('#error-summary')
  await expect(summary).toBeVisible()
  await expect(summary).toContainText('There are')
  await expect(summary).toBeFocused()
  await expect(page).toHaveTitle(/^Error: /)
  const hoursError = page.locator('#hours-per-week-error')
  await expect(hoursError).toContainText('Hours per week')
  await expect(page.locator('input[name="hours-per-week"]')).toHaveAttribute('aria-describedby', /hours-per-week-error/)
  await expect(page.locator('input[name="hours-per-week"]')).toHaveValue('lots')
  await expect(page.locator('input[name="interests"][value="ai"]')).toBeChecked()
  await expectNoAxeViolations(page)

  // The summary links straight to the field.
  await summary.getByRole('link', { name: /Hours per week/ }).click()
  await expect(page.locator('input[name="hours-per-week"]')).toBeFocused()
})

test('check your answers sends unanswered questions back with their names', async ({ page }) => {
  await page.goto('/assessment/background')
  await answerSection(page, backendAnswers)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page).toHaveURL(/\/assessment\/experience$/)
  await page.goto('/assessment/check')
  await expect(page.locator('#row-customer-contact')).toContainText('Not answered yet')
  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page.locator('#error-summary')).toContainText('Talking with customers')
  await expectNoAxeViolations(page)
})

test('starting over is an explicit choice that clears the answers', async ({ page }) => {
  await page.goto('/assessment/background')
  await answerSection(page, backendAnswers)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page).toHaveURL(/\/assessment\/experience$/)
  await page.goto('/assessment')
  await page.getByRole('button', { name: 'Clear my answers and start again' }).click()
  // Back on the start page, which no longer welcomes them back or offers to start over.
  await expect(page).toHaveURL(/\/assessment$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The assessment')
  await expect(page.getByRole('button', { name: 'Clear my answers and start again' })).toHaveCount(0)
  await page.goto('/assessment/background')
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('')
})

test('every questionnaire page passes axe and works with the keyboard', async ({ page }) => {
  // Seven axe scans in one test: give a slow, busy machine room.
  test.setTimeout(120_000)
  await page.goto('/assessment')
  await expectNoAxeViolations(page)
  for (const section of sectionPaths) {
    await page.goto(`/assessment/${section}`)
    await expectNoAxeViolations(page)
  }
  await page.goto('/assessment/background')
  // Keyboard only: type the number, move to the radios, pick with arrow keys, submit with Enter.
  await page.locator('input[name="years-experience"]').focus()
  await page.keyboard.type('3')
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('input[name="specialty"]').nth(1)).toBeChecked()
  await page.locator('input[name="years-experience"]').press('Enter')
  await expect(page.locator('#error-summary')).toBeVisible()
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('3')
  await page.goto('/assessment/check')
  await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the whole journey works and errors still show next to the field', async ({ page }) => {
    await page.goto('/assessment/goals')
    await page.locator('input[name="hours-per-week"]').fill('99')
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await expect(page.locator('#hours-per-week-error')).toContainText('from 1 to')
    await expect(page.locator('input[name="hours-per-week"]')).toHaveValue('99')

    await answerEverything(page)
    await page.getByRole('button', { name: 'Build my plan' }).click()
    await expect(page).toHaveURL(/\/plan\/[A-Za-z0-9_-]{43}\?new=1$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})
