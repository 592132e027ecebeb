import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { backendAnswers } from './journey-helpers'
import { port } from './servers'

// The Content-Security-Policy in a real browser: every kind of page runs its own scripts (hydrates) and reports no
// violation, on a first render and when served from the response cache; and the policy does refuse injected code.

type Violation = { directive: string; blocked: string; sample: string }

/** Collects the CSP violations the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const consoleProblems: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text()))
      consoleProblems.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: Violation[] = []
    ;(window as unknown as { __violations: Violation[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    )
  })
  return async () => {
    const inPage = await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)
    return [...inPage, ...consoleProblems.map((text) => ({ directive: 'console', blocked: '', sample: text }))]
  }
}

/** Next's client runtime started: its inline bootstrap ran and the router hydrated. */
async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version))
    .toBe('string')
}

async function createPlan(request: APIRequestContext) {
  const response = await request.post('/api/assessments', { data: { answers: backendAnswers } })
  expect(response.status()).toBe(201)
  return (await response.json()) as { ownerUrl: string; shareUrl: string }
}

test('the landing page hydrates and navigates on the client with no violation', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.goto('/')
  await expectHydrated(page)
  await page.getByRole('link', { name: 'Start the assessment' }).click()
  await expect(page).toHaveURL(/\/assessment$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await violations()).toEqual([])
})

test('a questionnaire page autosaves (its scripts and the action both run) with no violation', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.goto('/assessment/background')
  await expectHydrated(page)
  // Autosave is the page's own script calling a server action; the answer survives a reload only if both worked.
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined,
  )
  await page.locator('input[name="years-experience"]').fill('7')
  expect((await saved).status()).toBe(200)
  await page.reload()
  await expect(page.locator('input[name="years-experience"]')).toHaveValue('7')
  expect(await violations()).toEqual([])
})

test('the owner page, the share page (rendered, then cached) and a 404 hydrate with no violation', async ({
  page,
  request,
}) => {
  const violations = await watchViolations(page)
  const plan = await createPlan(request)
  await page.goto(plan.ownerUrl)
  // The copy button renders only once the page's JavaScript runs.
  await expect(page.getByRole('button', { name: 'Copy read-only link' })).toBeVisible()
  for (const visit of ['MISS', 'HIT']) {
    const response = await page.goto(plan.shareUrl)
    expect(response?.headers()['x-nextjs-cache']).toBe(visit)
    await expectHydrated(page)
  }
  await page.goto('/no-such-page')
  await expectHydrated(page)
  expect(await violations()).toEqual([])
})

test('the plan’s other pages, a rating link and the privacy page run with no violation', async ({ page, request }) => {
  // Seven pages, each hydrated: 34 s on the shared machine at load 17, past the default 30 s.
  test.setTimeout(120_000)
  const violations = await watchViolations(page)
  const plan = await createPlan(request)
  const owner = new URL(plan.ownerUrl).pathname
  for (const path of ['progress', 'history', 'skills']) {
    await page.goto(`${owner}/${path}`)
    await expectHydrated(page)
  }
  await page.goto(`${new URL(plan.shareUrl).pathname}/skills`)
  await expectHydrated(page)
  await page.goto(`${owner}/raters`)
  await page.getByRole('button', { name: 'Create a rating link' }).click()
  const raterUrl = await page.getByLabel('Rating link', { exact: true }).inputValue()
  await page.goto(raterUrl)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectHydrated(page)
  await page.goto('/privacy')
  await expectHydrated(page)
  expect(await violations()).toEqual([])
})

test('injected markup cannot run script', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.goto('/')
  await expectHydrated(page)
  // What an HTML-injection bug would let through: markup with an inline event handler.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/no-such-image.png" onerror="window.__ran = 1">')
  })
  await expect.poll(async () => (await violations()).some((v) => v.directive.startsWith('script-src'))).toBe(true)
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined()
})

test('a form posted from another site gets a readable 403 page, not the action', async ({ page }) => {
  // A page on another origin (about:blank here) that posts a form to the app, as a CSRF attempt would.
  await page.setContent(
    `<form method="post" enctype="multipart/form-data" action="http://127.0.0.1:${port}/assessment/background">` +
      '<input name="sectionId" value="background"><button>Send</button></form>',
  )
  const [response] = await Promise.all([
    page.waitForResponse(/\/assessment\/background$/),
    page.getByRole('button').click(),
  ])
  expect(response.status()).toBe(403)
  await expect(page.getByRole('heading', { level: 1, name: 'Request not accepted' })).toBeVisible()
  await expect(page.getByText('This form was sent from another site.')).toBeVisible()
  await expectNoAxeViolations(page)
})
