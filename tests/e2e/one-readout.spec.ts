import { type Browser, expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { answerEverything, answerSection, backendAnswers } from './journey-helpers'
import { createPlan, ownerPath } from './living-helpers'

// One readout, on the pages: the answer comes first on a phone, the owner's tools are one tap from the top, Back after
// building never strands anyone, the header offers the retake on an owner's pages, dead links read without
// JavaScript, "None of these yet" clears the other ticks, and the delta page shows every headline fact.

const phone = { width: 390, height: 844 }

async function onFirstScreen(page: Page, name: string | RegExp) {
  const box = await page.getByRole('heading', { name }).first().boundingBox()
  expect(box, String(name)).not.toBeNull()
  expect(box?.y ?? Number.POSITIVE_INFINITY, String(name)).toBeLessThan(phone.height - 40)
}

test('on a phone, the short answer is on the first screen and every tool is one tap from the top', async ({
  browser,
  request,
}) => {
  const created = await createPlan(request, 'new-graduate')
  const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto(`${created.ownerUrl}?new=1`)
  // The keep-the-link notice stays, compact, above the answer.
  await onFirstScreen(page, /^Keep this link/)
  await onFirstScreen(page, 'The short answer')
  const tools = page.getByRole('navigation', { name: 'Your plan' })
  const owner = ownerPath(created)
  for (const [name, href] of [
    ['Check off steps', '#progress-title'],
    ['Every step', `${owner}/progress`],
    ['Retake', `${owner}/history`],
    ['A mentor’s view', `${owner}/raters`],
    ['Calendar (.ics)', `${owner}/calendar`],
    ['Markdown (.md)', `${owner}/markdown`],
    ['Share or delete', '#controls-title'],
  ] as const) {
    const link = tools.getByRole('link', { name, exact: true })
    await expect(link).toHaveAttribute('href', href)
    expect((await link.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(phone.height)
  }
  await expect(tools.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  // The verdict is no shouting badge: it is one fact, in plain case, after the answer.
  await expect(page.getByText('MAYBE NOT FOR YOU', { exact: true })).toHaveCount(0)
  await expect(page.getByRole('term').filter({ hasText: 'Your reasons for the move' })).toBeVisible()
  // One tap on "Check off steps" lands on the next steps, each with its check-off, no fold to open.
  await tools.getByRole('link', { name: 'Check off steps' }).click()
  await expect(page.getByRole('button', { name: /^Done today/ }).first()).toBeInViewport()
  await expectNoAxeViolations(page)
  await context.close()
})

test('on an owner page the header offers the retake; elsewhere, the assessment', async ({ page, request }) => {
  const created = await createPlan(request)
  const owner = ownerPath(created)
  for (const path of [owner, `${owner}/progress`, `${owner}/skills`]) {
    await page.goto(path)
    const main = page.getByRole('navigation', { name: 'Main' })
    await expect(main.getByRole('link', { name: 'Retake the assessment' })).toHaveAttribute(
      'href',
      `${owner}/history#retake-title`,
    )
    await expect(main.getByRole('link', { name: 'Take the assessment', exact: true })).toHaveCount(0)
  }
  for (const path of ['/', created.shareUrl]) {
    await page.goto(path)
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Take the assessment', exact: true }),
    ).toBeVisible()
  }
  await page.goto(owner)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retake the assessment' }).click()
  await expect(page.getByRole('button', { name: 'Retake the assessment' })).toBeVisible()
})

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('Back after building a plan leads to a link to that plan, not an empty questionnaire', async ({ page }) => {
      test.setTimeout(90_000)
      await answerEverything(page)
      await page.getByRole('button', { name: 'Build my plan' }).click()
      await expect(page).toHaveURL(/\/plan\/[A-Za-z0-9_-]{43}\?new=1$/)
      const plan = new URL(page.url()).pathname
      await page.goBack()
      await expect(page).toHaveURL(/\/assessment$/)
      const made = page.getByRole('region', { name: 'Your plan is ready' })
      await expect(made.getByRole('link', { name: 'Open your plan' })).toHaveAttribute('href', plan)
      // axe runs in the page: scanned with JavaScript (the no-JavaScript run shows the same markup).
      if (javaScriptEnabled) await expectNoAxeViolations(page)
      await made.getByRole('link', { name: 'Open your plan' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your move into product management')
      // Starting over forgets it, as it forgets the answers.
      await page.goto('/assessment/background')
      await answerSection(page, backendAnswers)
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await expect(page).toHaveURL(/\/assessment\/experience$/)
      await page.goto('/assessment')
      await page.getByRole('button', { name: 'Clear my answers and start again' }).click()
      await expect(page.getByRole('region', { name: 'Your plan is ready' })).toHaveCount(0)
    })
  })
}

async function noScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false })
  return { context, page: await context.newPage() }
}

test('dead links read without JavaScript: which link, and what to do', async ({ browser, page, request }) => {
  test.setTimeout(90_000)
  const created = await createPlan(request)
  const owner = ownerPath(created)
  // A rating link, turned off by its owner.
  await page.goto(`${owner}/raters`)
  await page.getByLabel('Who it is for (optional)').fill('Old mentor')
  await page.getByRole('button', { name: 'Create a rating link' }).click()
  const raterUrl = await page.getByLabel('Rating link', { exact: true }).inputValue()
  await page.getByRole('button', { name: 'Turn off Old mentor' }).click()
  await expect(page.getByText(/^Turned off · made /)).toBeVisible()
  // The read-only link, turned off.
  await page.goto(owner)
  await page.getByRole('button', { name: 'Turn off the read-only link' }).click()
  await expect(page.getByText('The read-only link is turned off.')).toBeVisible()

  const { context, page: reader } = await noScript(browser)
  const unknown = 'A'.repeat(43)
  for (const [url, title, says] of [
    [raterUrl, 'This rating link has been turned off', 'The person who sent it turned it off'],
    [`/rate/${unknown}`, 'This rating link doesn’t work', 'mistyped'],
    [created.shareUrl, 'This read-only link doesn’t work any more', 'turned it off'],
    [`/plan/${unknown}`, 'This plan link doesn’t work', 'deleted the plan'],
    [`/plan/${unknown}/raters`, 'This plan link doesn’t work', 'deleted the plan'],
    ['/no/such/page', 'Page not found', 'nothing at this address'],
  ] as const) {
    const response = await reader.goto(url)
    expect(response?.status(), url).toBe(404)
    await expect(reader.getByRole('heading', { level: 1 }), url).toHaveText(title)
    await expect(reader.getByText(says).filter({ visible: true }), url).toHaveCount(1)
    // One message on show, never the others beside it.
    await expect(reader.getByRole('heading', { level: 1 })).toHaveCount(1)
  }
  await context.close()
  // axe needs JavaScript in the page; the markup is the same with it.
  await page.goto(raterUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This rating link has been turned off')
  await expectNoAxeViolations(page)
})

test('“None of these yet” clears the other ticks at once, and ticking another clears it', async ({ page }) => {
  await page.goto('/assessment/experience')
  const box = (value: string) => page.locator(`input[name="engineering-work"][value="${value}"]`)
  await box('postmortem').check()
  await box('design-doc').check()
  await box('none').check()
  await expect(box('postmortem')).not.toBeChecked()
  await expect(box('design-doc')).not.toBeChecked()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Unticked: / })
      .first(),
  ).toHaveText(/^Unticked: .+, .+\.$/)
  await box('on-call').check()
  await expect(box('none')).not.toBeChecked()
  await expect(box('on-call')).toBeChecked()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('ticking “None of these yet” with others gets the server’s clear error, with the ticks kept', async ({
    page,
  }) => {
    await page.goto('/assessment/experience')
    const box = (value: string) => page.locator(`input[name="engineering-work"][value="${value}"]`)
    await box('postmortem').check()
    await box('none').check()
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await expect(page.locator('#engineering-work-error')).toBeVisible()
    await expect(box('postmortem')).toBeChecked()
    await expect(box('none')).toBeChecked()
  })
})

test('the years hint shows before any error, and each self-rating level has its own description', async ({ page }) => {
  await page.goto('/assessment/background')
  await expect(page.locator('#years-experience-hint')).toContainText(/from 0 to 40/)
  await page.goto('/assessment/scenarios')
  const repeated = await page.locator('[id]').evaluateAll((els) => {
    const ids = els.map((e) => e.id)
    return ids.filter((id, i) => ids.indexOf(id) !== i)
  })
  expect(repeated).toEqual([])
  const level1 = page.locator('input[name="rate-data"]').first()
  const described = (await level1.getAttribute('aria-describedby')) ?? ''
  await expect(page.locator(`[id="${described}"]`)).toHaveText(/beyond logs and errors/)
})

test('the delta page shows the verdict on the reasons, readiness, role, path and window, before and after', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const created = await createPlan(request, 'salary-chaser')
  const owner = ownerPath(created)
  await page.goto(`${owner}/history`)
  await page.getByRole('button', { name: 'Retake the assessment' }).click()
  await expect(page).toHaveURL(/\/assessment\/check$/)
  // The reasons that carry engineers through the move, this time.
  await page.getByRole('link', { name: 'Change what draws you' }).click()
  for (const box of await page.locator('input[name="draws-you"]').all()) await box.uncheck()
  await page.locator('input[name="draws-you"][value="why"]').check()
  await page.locator('input[name="draws-you"][value="impact"]').check()
  await page.locator('input[name="best-day"][value="users-adopt"]').check()
  await page.locator('input[name="pay-dip"][value="probably"]').check()
  await page.getByRole('button', { name: 'Save and check your answers' }).click()
  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page).toHaveURL(new RegExp(`${owner}/delta/2(#.*)?$`))
  const table = page.getByRole('table').first()
  for (const row of ['Readiness', 'Your reasons for the move', 'Best first role', 'Path', 'Window'])
    await expect(table.getByRole('rowheader', { name: row })).toBeVisible()
  const reasons = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Your reasons for the move' }) })
  await expect(reasons.getByRole('cell').first()).not.toHaveText('Sound')
  await expect(reasons.getByRole('cell').nth(1)).toHaveText('Sound')
  await expectNoAxeViolations(page)
})
