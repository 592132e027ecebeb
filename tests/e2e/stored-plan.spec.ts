import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { personaAnswers } from './living-helpers'

// Stored plans through their two capability links: the owner's private page and the read-only share page.
// Plans are made through the JSON API from the engine's persona fixtures, so each test owns fresh links.

type Created = {
  ownerUrl: string
  shareUrl: string
  result: {
    headline: string
    verdict: { headline: string }
    flags: { title: string }[]
    roles: { name: string }[]
    path: { name: string }
  }
  plan: { totalWeeks: number; actions: { title: string; doneWhen: string; startWeek: number }[] }
}

async function createPlan(request: APIRequestContext, persona = 'backend-with-pms'): Promise<Created> {
  const response = await request.post('/api/assessments', { data: { answers: personaAnswers(persona) } })
  expect(response.status()).toBe(201)
  return response.json()
}

const deadTitles = {
  plan: 'This plan link doesn’t work',
  share: 'This read-only link doesn’t work any more',
  page: 'Page not found',
} as const

/** A dead link: status 404, and a page that says which kind of link stopped working (with or without JavaScript). */
async function expectNotFound(page: Page, url: string, kind: keyof typeof deadTitles) {
  const response = await page.goto(url)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deadTitles[kind])
  await expect(page.getByRole('heading', { name: 'Your first weeks' })).toHaveCount(0)
}

/** The plan's first step (on show at the top), and a later one (described in the whole-plan fold). */
function firstStep(created: Created): string {
  const title = created.plan.actions[0]?.title
  if (!title) throw new Error('the plan has no steps')
  return title
}
function laterStep(created: Created) {
  const step = created.plan.actions.find((a) => a.startWeek > 2)
  if (!step) throw new Error('the plan has no step after week 2')
  return step
}

test('the owner page shows the headline, the honest flags and the plan, with a keep-this-link notice when new', async ({
  page,
  request,
}) => {
  const created = await createPlan(request, 'flat-overconfident')
  await page.goto(`${created.ownerUrl}?new=1`)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your move into product management')
  await expect(page.getByRole('heading', { name: 'Keep this link' })).toBeVisible()
  await expect(page.getByLabel('Your private link')).toHaveValue(created.ownerUrl)
  await expect(page.getByText(created.result.headline)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Worth weighing honestly' })).toBeVisible()
  const firstFlag = created.result.flags[0]
  if (!firstFlag) throw new Error('this persona should raise flags')
  await expect(page.getByRole('heading', { name: firstFlag.title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your first weeks' })).toBeVisible()
  await expect(page.getByText(`The plan runs ${created.plan.totalWeeks} weeks (`)).toBeVisible()
  await expect(page.getByRole('heading', { name: firstStep(created) }).first()).toBeVisible()
  // The rest is one click away: a later step is folded until the whole plan is opened.
  const later = laterStep(created)
  await expect(page.getByText(later.doneWhen)).toBeHidden()
  await page.locator('summary', { hasText: 'The whole plan, week by week' }).click()
  await expect(page.getByText(later.doneWhen)).toBeVisible()
  await page.locator('summary', { hasText: 'How each PM role fits' }).click()
  for (const role of created.result.roles) await expect(page.getByRole('heading', { name: role.name })).toBeVisible()
  // Why each skill scored as it did, with the owner's own answers, on its own page.
  await page.locator('summary', { hasText: 'All your skills' }).click()
  await page.getByRole('link', { name: 'See why each skill scored as it did' }).click()
  await expect(page.getByRole('img', { name: /Scores out of 100/ })).toBeVisible()
  await page.locator('summary', { hasText: 'Technical feasibility judgement' }).click()
  // Each reason links to the answer it rests on, quoted once under "Your answers".
  await page
    .getByRole('link', { name: /^Your answer to “/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to your readout and plan' }).click()

  // The read-only link made with the plan is there to copy.
  await expect(page.getByLabel('Read-only link')).toHaveValue(created.shareUrl)

  // A later visit gets a quieter reminder instead of the big notice.
  await page.goto(created.ownerUrl)
  await expect(page.getByRole('heading', { name: 'Keep this link' })).toHaveCount(0)
  await expect(page.getByText('it is the only way back to your plan')).toBeVisible()
})

test('the share link opens a read-only copy in a fresh browser, with nothing the owner can do', async ({
  browser,
  request,
}) => {
  const created = await createPlan(request)
  const context = await browser.newContext()
  const page = await context.newPage()
  const response = await page.goto(created.shareUrl)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['referrer-policy']).toBe('no-referrer')

  await expect(page.getByText('read-only copy')).toBeVisible()
  await expect(page.getByText(created.result.headline)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your first weeks' })).toBeVisible()
  await expect(page.locator('form')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /link|delete/i })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /delete/i })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Keep this link' })).toHaveCount(0)
  await expect(page.getByText(created.ownerUrl)).toHaveCount(0)
  expect(await page.content()).not.toContain(created.ownerUrl.split('/plan/')[1])
  // The owner's answers themselves stay private: the reasons are there, the questions and choices are not.
  await page.locator('summary', { hasText: 'All your skills' }).click()
  await page.getByRole('link', { name: 'See why each skill scored as it did' }).click()
  await expect(page).toHaveURL(/\/share\/[A-Za-z0-9_-]{43}\/skills$/)
  await page.locator('summary', { hasText: 'Technical feasibility judgement' }).click()
  await expect(page.getByText(/^Starting point: \d+$/).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your answers' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Your answer/ })).toHaveCount(0)
  await page.getByRole('link', { name: 'Back to the readout and plan' }).click()

  // Never indexed: said by a header (lib/platform/security/headers.ts), which also covers the downloads a meta tag cannot.
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow')
  const ogTitle = page.locator('meta[property="og:title"]')
  await expect(ogTitle).toHaveAttribute(
    'content',
    `A ${created.plan.totalWeeks}-week plan to move from engineering into product management`,
  )
  await context.close()
})

test('the owner and share pages can be read in five minutes: at most 1,200 words on show', async ({
  page,
  request,
}) => {
  // The personas with the most to say: many flags, a strong candidate, a new graduate.
  for (const persona of ['flat-overconfident', 'already-acting-pm', 'new-graduate']) {
    const created = await createPlan(request, persona)
    for (const url of [created.ownerUrl, created.shareUrl]) {
      await page.goto(url)
      // innerText leaves out what folds (closed <details>) hide.
      // biome-ignore lint/performance/useDomNodeTextContent: that is the point; textContent would count the folds
      const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length
      expect(words, `${persona} ${url.includes('/share/') ? 'share' : 'owner'} page`).toBeLessThanOrEqual(1200)
    }
  }
})

test('a shared page is served from the cache on the next visit', async ({ request }) => {
  const created = await createPlan(request)
  await request.get(created.shareUrl)
  const second = await request.get(created.shareUrl)
  expect(second.status()).toBe(200)
  expect(second.headers()['x-nextjs-cache']).toBe('HIT')
})

test('turning the share link off makes it a 404 at once, even after it was cached', async ({ page, request }) => {
  const created = await createPlan(request)
  await request.get(created.shareUrl)
  await page.goto(created.ownerUrl)
  await page.getByRole('button', { name: 'Turn off the read-only link' }).click()
  await expect(page.getByText('The read-only link is turned off.')).toBeVisible()
  await expect(page.getByText('Sharing is off. Nobody but you can see this plan.')).toBeVisible()
  await expectNotFound(page, created.shareUrl, 'share')
})

test('a new share link works and the old one dies', async ({ page, request }) => {
  const created = await createPlan(request)
  await request.get(created.shareUrl)
  await page.goto(created.ownerUrl)
  await page.getByRole('button', { name: 'Create a new read-only link' }).click()
  await expect(page.getByText('Your new read-only link is ready below.')).toBeVisible()
  const newUrl = await page.getByLabel('Read-only link').inputValue()
  expect(newUrl).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/)
  expect(newUrl).not.toBe(created.shareUrl)

  await expectNotFound(page, created.shareUrl, 'share')
  const response = await page.goto(newUrl)
  expect(response?.status()).toBe(200)
  await expect(page.getByText('read-only copy')).toBeVisible()
})

test('deleting the plan asks first, then both links give 404', async ({ page, request }) => {
  const created = await createPlan(request)
  await request.get(created.shareUrl)
  await page.goto(created.ownerUrl)
  await page.getByRole('link', { name: 'Delete everything…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Delete everything?' })).toBeVisible()

  // Changing your mind deletes nothing.
  await page.getByRole('link', { name: 'No, keep my plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your move into product management' })).toBeVisible()

  await page.getByRole('link', { name: 'Delete everything…' }).click()
  await page.getByRole('button', { name: 'Yes, delete everything' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible()
  await expectNotFound(page, created.ownerUrl, 'plan')
  await expectNotFound(page, created.shareUrl, 'share')
})

test('unknown and malformed links give a 404 that says nothing about plans that exist', async ({ page }) => {
  const unknown = 'A'.repeat(43)
  for (const [url, kind] of [
    [`/plan/${unknown}`, 'plan'],
    [`/share/${unknown}`, 'share'],
    ['/share/not-a-token', 'share'],
    [`/plan/${unknown}/delete`, 'plan'],
    [`/plan/${unknown}/history/2`, 'plan'],
  ] as const) {
    await expectNotFound(page, url, kind)
  }
})

for (const [label, path] of [
  ['the new owner page', (c: Created) => `${c.ownerUrl}?new=1`],
  ['the share page', (c: Created) => c.shareUrl],
  ['the delete confirmation', (c: Created) => `${c.ownerUrl}/delete`],
  ['the owner’s skills page', (c: Created) => `${c.ownerUrl}/skills`],
  ['the shared skills page', (c: Created) => `${c.shareUrl}/skills`],
] as const) {
  test(`${label} passes axe, with every fold open too`, async ({ page, request }) => {
    // A full readout is a large page and axe takes a while on it, twice.
    test.setTimeout(90_000)
    const created = await createPlan(request, 'salary-chaser')
    await page.goto(path(created))
    await expectNoAxeViolations(page)
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true
    })
    await expectNoAxeViolations(page)
  })
}

test('the folds open and close from the keyboard', async ({ page, request }) => {
  const created = await createPlan(request)
  await page.goto(created.shareUrl)
  const later = page.getByText(laterStep(created).doneWhen)
  const whole = page.locator('summary', { hasText: 'The whole plan, week by week' })
  await expect(later).toBeHidden()
  await whole.focus()
  await page.keyboard.press('Enter')
  await expect(later).toBeVisible()
  await page.keyboard.press('Space')
  await expect(later).toBeHidden()
  // Tab moves on to the next fold: nothing in between traps focus.
  await page.keyboard.press('Tab')
  await expect(page.locator('summary', { hasText: 'All your skills' })).toBeFocused()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the owner page, the share page, turning sharing off and deleting all work', async ({ page, request }) => {
    const created = await createPlan(request, 'staff-deep-tech')
    await page.goto(`${created.ownerUrl}?new=1`)
    await expect(page.getByLabel('Your private link')).toHaveValue(created.ownerUrl)
    // The copy button needs JavaScript, so it is not offered; the link is still there to select.
    await expect(page.getByRole('button', { name: 'Copy private link' })).toHaveCount(0)

    await page.locator('summary', { hasText: 'The whole plan, week by week' }).click()
    await expect(page.getByText(laterStep(created).doneWhen)).toBeVisible()

    await page.getByRole('button', { name: 'Turn off the read-only link' }).click()
    await expect(page.getByText('The read-only link is turned off.')).toBeVisible()
    await expectNotFound(page, created.shareUrl, 'share')

    await page.goto(`${created.ownerUrl}/delete`)
    await page.getByRole('button', { name: 'Yes, delete everything' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible()
    await expectNotFound(page, created.ownerUrl, 'plan')
  })

  test('the share page reads the same without JavaScript', async ({ page, request }) => {
    const created = await createPlan(request)
    await page.goto(created.shareUrl)
    await expect(page.getByText(created.result.headline)).toBeVisible()
    await expect(page.getByRole('heading', { name: firstStep(created) }).first()).toBeVisible()
  })
})
