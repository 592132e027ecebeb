import { expect, type Page, test } from '@playwright/test'
import { signInAsAdmin } from './admin-account'
import { expectNoAxeViolations } from './axe'

// Editing the mapping where it is shown: the answers × skills grid, by keyboard, with a mistake marked on the cell
// it was typed into. Every save here fails on purpose, so the shared draft never changes (publishing is in
// admin-publish.spec.ts, which runs alone).

const QUESTION = '/admin/content/questions/customer-contact'
const weekly = (page: Page) => page.locator('#f-options-weekly-skills-customer-discovery-weight')
const monthly = (page: Page) => page.locator('#f-options-monthly-skills-customer-discovery-weight')
const SENTENCE = 'Weights go from −3 to +3; you entered +5.'

async function typeInto(page: Page, cell: ReturnType<typeof weekly>, text: string) {
  await cell.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

test('a weight steps with the arrow keys; a wrong one is marked on its cell, as typed, and the summary leads there', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  await signInAsAdmin(page, QUESTION)
  await expect(page.getByText(/Behaviour — how often they really did something · each weight counts ×2/)).toBeVisible()
  await expect(weekly(page)).toHaveValue('+3')
  await weekly(page).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(weekly(page)).toHaveValue('+1')
  await typeInto(page, monthly(page), '+5')
  await page.keyboard.press('Enter')

  const summary = page.locator('#error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText(`“About once a month” › Customer empathy and discovery: ${SENTENCE}`)
  await expect(page).toHaveTitle(/^Error: /)
  await expect(monthly(page)).toHaveValue('+5')
  await expect(monthly(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#f-options-monthly-skills-customer-discovery-weight-error')).toHaveText(
    `Error: ${SENTENCE}`,
  )
  // What else was typed is still there, and nothing was saved.
  await expect(weekly(page)).toHaveValue('+1')
  await summary.getByRole('link').first().click()
  await expect(monthly(page)).toBeFocused()
  await expectNoAxeViolations(page)

  // A reload keeps what was typed and its error (the flash stays until this browser's next post); nothing was saved,
  // as a browser that never posted shows.
  await page.reload()
  await expect(monthly(page)).toHaveValue('+5')
  await expect(weekly(page)).toHaveValue('+1')
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await signInAsAdmin(other, QUESTION)
  await expect(weekly(other)).toHaveValue('+3')
  await fresh.close()
})

test('a question fits in about three laptop screens', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'measured at one laptop size')
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInAsAdmin(page, QUESTION)
  // Before the grid became the editor this page was ~11,700 px (15 screens); now ~2,150.
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  expect(height).toBeLessThan(3.4 * 768)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the grid is a plain form: a wrong weight comes back marked, as typed, with the summary linking to it', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await signInAsAdmin(page, QUESTION)
    const prompt = page.getByLabel('Question', { exact: true })
    await prompt.fill('How often did you talk with a customer or end user in the last six months?')
    await typeInto(page, weekly(page), '+1')
    await typeInto(page, monthly(page), 'lots')
    await page.getByRole('button', { name: 'Save to draft' }).click()
    const summary = page.locator('#error-summary')
    await expect(summary).toContainText('Weights go from −3 to +3; you entered lots.')
    await expect(page).toHaveURL(/#error-summary$/)
    await expect(monthly(page)).toHaveValue('lots')
    await expect(monthly(page)).toHaveAttribute('aria-invalid', 'true')
    await expect(weekly(page)).toHaveValue('+1')
    await expect(prompt).toHaveValue('How often did you talk with a customer or end user in the last six months?')
    await summary.getByRole('link').first().click()
    await expect(page).toHaveURL(/#f-options-monthly-skills-customer-discovery-weight$/)
    // (axe needs JavaScript in the page; the same markup is checked with it above.)
  })
})
