import { createHash } from 'node:crypto'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { answerSection, backendAnswers, sectionPaths } from './journey-helpers'

// Meeting a rate limit in the questionnaire, on a server whose limits are tiny (playwright.config.ts: 1 plan,
// 2 questionnaires, 10 saves per 10 minutes per client). The page comes back with what was typed and says how
// long to wait, next to the button — with JavaScript and without.

const limitsUrl = process.env.E2E_LIMITS_URL ?? ''
test.use({ baseURL: limitsUrl })
// Each test makes a dozen page loads and form posts before it meets its limit.
test.describe.configure({ timeout: 120_000 })

/** Each test (and project) is its own client: an IPv6 /64 of its own in X-Forwarded-For. */
function clientFor(title: string, project: string) {
  const hex = createHash('sha256').update(`${project}:${title}`).digest('hex')
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}::1`
}

async function client(browser: Browser, testTitle: string, project: string, javaScriptEnabled = true) {
  const context = await browser.newContext({
    baseURL: limitsUrl,
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': clientFor(testTitle, project) },
  })
  return { context, page: await context.newPage() }
}

/** axe needs JavaScript in the page: scan the same page (same cookies, so the same message) in a second context. */
async function expectNoAxeViolationsWithoutJs(browser: Browser, page: Page, title: string, project: string) {
  const { context, page: scanned } = await client(browser, title, project)
  await context.addCookies(await page.context().cookies())
  await scanned.goto(page.url())
  await expect(scanned.locator('#error-summary')).toBeVisible()
  await expectNoAxeViolations(scanned)
  await context.close()
}

const saveButton = (page: Page) => page.getByRole('button', { name: /^Save and (continue|check your answers)$/ })

test('too many saves: the section comes back with what was typed and how long to wait (no JavaScript)', async ({
  browser,
}, info) => {
  // Without JavaScript there is no autosave: exactly one save per press.
  const { context, page } = await client(browser, info.title, info.project.name, false)
  for (let save = 1; save <= 10; save++) {
    await page.goto('/assessment/background')
    await answerSection(page, { ...backendAnswers, 'years-experience': save })
    await saveButton(page).click()
    await expect(page).toHaveURL(/\/assessment\/experience$/)
  }
  await page.goto('/assessment/background')
  await answerSection(page, { ...backendAnswers, 'years-experience': 12 })
  await saveButton(page).click()

  await expect(page).toHaveURL(/\/assessment\/background#error-summary$/)
  await expect(page).toHaveTitle(/^Error: /)
  const summary = page.locator('#error-summary')
  await expect(summary).toContainText('saved answers many times from this network')
  await expect(summary).toContainText('wait 10 minutes')
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#save-section')
  // Nothing typed is lost: the refused value is on the page, the saved ones are still saved.
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('12')
  await expect(page.locator(`input[name="specialty"][value="${backendAnswers.specialty}"]`)).toBeChecked()
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/saves-limited-${info.project.name}.png` })
  }
  await expectNoAxeViolationsWithoutJs(browser, page, info.title, info.project.name)
  await context.close()
})

test('too many questionnaires started from one network: the first page says so and keeps the input', async ({
  browser,
}, info) => {
  for (let started = 1; started <= 2; started++) {
    const { context, page } = await client(browser, info.title, info.project.name, false)
    await page.goto('/assessment/background')
    await answerSection(page, backendAnswers)
    await saveButton(page).click()
    await expect(page).toHaveURL(/\/assessment\/experience$/)
    await context.close()
  }
  const { context, page } = await client(browser, info.title, info.project.name)
  await page.goto('/assessment/background')
  await answerSection(page, { ...backendAnswers, 'years-experience': 9 })
  await saveButton(page).click()
  await expect(page.locator('#error-summary')).toContainText('Many questionnaires were started from this network')
  await expect(page.locator('#error-summary')).toBeFocused()
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('9')
  await expectNoAxeViolations(page)
  await context.close()
})

test('too many plans: “check your answers” says when to try again, and the answers stay saved', async ({
  browser,
}, info) => {
  const { context, page } = await client(browser, info.title, info.project.name, false)
  // This client's one plan of the window, built through the API.
  const first = await page.request.post('/api/assessments', { data: { answers: backendAnswers } })
  expect(first.status()).toBe(201)
  const second = await page.request.post('/api/assessments', { data: { answers: backendAnswers } })
  expect(second.status()).toBe(429)
  expect(Number(second.headers()['retry-after'])).toBeGreaterThan(0)

  await page.goto('/assessment/background')
  for (const section of sectionPaths) {
    await expect(page).toHaveURL(new RegExp(`/assessment/${section}$`))
    await answerSection(page, backendAnswers)
    await saveButton(page).click()
  }
  await expect(page).toHaveURL(/\/assessment\/check$/)
  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page).toHaveURL(/\/assessment\/check#error-summary$/)
  const summary = page.locator('#error-summary')
  await expect(summary).toContainText('Many plans were built from this network')
  await expect(summary).toContainText('Your answers are saved.')
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#build-plan')
  await expect(page.locator('#row-hours-per-week')).toContainText('6 hours')
  await expectNoAxeViolationsWithoutJs(browser, page, info.title, info.project.name)
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/plans-limited-${info.project.name}.png` })
  }
  await context.close()
})
