import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { createPlan, ownerPath } from './living-helpers'

// A mentor's view: the owner makes a rating link, a rater opens it with no account, and answers or declines.

test('a rater can decline; the owner sees it; turning the link off makes it a 404', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(60_000)
  const created = await createPlan(request)
  const owner = ownerPath(created)
  await page.goto(`${owner}/raters`)
  await page.getByLabel('Who it is for (optional)').fill('My manager')
  await expect(page.getByLabel('Works for')).toHaveValue('30')
  await page.getByRole('button', { name: 'Create a rating link' }).click()
  const raterUrl = await page.getByLabel('Rating link', { exact: true }).inputValue()
  expect(raterUrl).toMatch(/\/rate\/[A-Za-z0-9_-]{43}$/)
  await expect(page.getByText(/^Waiting for an answer · made .* · works until /)).toBeVisible()

  // The rater: a fresh browser, no cookies, nothing of the owner's plan on the page.
  const context = await browser.newContext()
  const rater = await context.newPage()
  const response = await rater.goto(raterUrl)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow')
  await expect(rater.getByRole('heading', { level: 1, name: 'How do you see their work?' })).toBeVisible()
  expect(await rater.content()).not.toContain(owner.split('/plan/')[1])
  await expectNoAxeViolations(rater)
  await rater.getByRole('button', { name: 'I’d rather not answer' }).click()
  await expect(rater.getByRole('heading', { name: 'Thank you — noted that you’d rather not answer' })).toBeVisible()

  await page.reload()
  await expect(page.getByText(/^Declined · made /)).toBeVisible()
  await page.getByRole('button', { name: 'Turn off My manager' }).click()
  await expect(page.getByText(/^Declined · made .* · worked until /)).toBeVisible()
  // The rater is told the link was turned off (status 404), not shown a blank page.
  expect((await rater.goto(raterUrl))?.status()).toBe(404)
  await expect(rater.getByRole('heading', { level: 1 })).toHaveText('This rating link has been turned off')
  await page.getByRole('button', { name: 'Delete with its answers (My manager)' }).click()
  await expect(page.getByText('None yet.')).toBeVisible()
  await context.close()
})

test('a rating link for another owner, or a made-up one, gives 404', async ({ page }) => {
  for (const url of [`/rate/${'A'.repeat(43)}`, '/rate/short']) {
    expect((await page.goto(url))?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This rating link doesn’t work')
  }
})

test('three raters answer, skip and sign; the owner sees only their average, with blind spots flagged', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const created = await createPlan(request)
  const owner = ownerPath(created)
  const links: string[] = []
  for (const label of ['Manager', 'Peer', 'Mentor']) {
    await page.goto(`${owner}/raters`)
    await page.getByLabel('Who it is for (optional)').fill(label)
    await page.getByRole('button', { name: 'Create a rating link' }).click()
    // The new link is listed once the page has come back from the save.
    await expect(page.getByRole('button', { name: `Turn off ${label}` })).toBeVisible()
    const url = await page.getByLabel('Rating link', { exact: true }).inputValue()
    expect(links).not.toContain(url)
    links.push(url)
  }
  const plainBefore = await (await request.get(`${owner}/markdown`)).text()
  for (const [i, url] of links.entries()) {
    const context = await browser.newContext({ javaScriptEnabled: i !== 1 })
    const rater = await context.newPage()
    await rater.goto(url)
    const groups = rater.getByRole('group')
    const count = await groups.count()
    expect(count).toBeGreaterThan(2)
    // The lowest choice on every item but the last, which they have not seen.
    for (let g = 0; g < count - 1; g++) await groups.nth(g).getByRole('radio').first().check()
    await groups
      .nth(count - 1)
      .getByLabel('I haven’t seen this')
      .check()
    if (i === 2) await rater.getByLabel('Your name (optional)').fill('Sam Lee')
    await rater.getByRole('button', { name: 'Send my answers' }).click()
    await expect(rater.getByRole('heading', { name: 'Thank you — your answers are in' })).toBeVisible()
    await context.close()
  }
  await page.goto(`${owner}/raters`)
  const table = page.getByRole('table')
  await expect(
    table.getByRole('columnheader', { name: 'What your 3 raters saw, against your answers to the same questions' }),
  ).toBeVisible()
  await expect(table.getByText(/^Rater \d/)).toHaveCount(0)
  await expect(page.getByText('Signed by: Sam Lee.')).toBeVisible()
  await expect(page.getByText(/How much this can tell you/)).toBeVisible()
  // Every rater chose the lowest answer everywhere: where this persona described more, that is a blind spot.
  await expect(table.getByText('Blind spot?').first()).toBeVisible()
  // One score per skill, the readout's own: the rater comparison is said in words, never as a second figure.
  const readout = await (await request.get(`/api/plans/${created.shareUrl.split('/share/')[1]}`)).json()
  const rows = await table.locator('tbody tr').all()
  expect(rows.length).toBeGreaterThan(3)
  for (const row of rows) {
    const name = (await row.locator('th').textContent()) ?? ''
    const skill = readout.result.skills.find((s: { name: string }) => name.startsWith(s.name))
    expect(skill, name).toBeDefined()
    await expect(row.getByRole('cell').first()).toHaveText(String(skill?.score))
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^(More|The same|Less) on /)
  }
  await expectNoAxeViolations(page)
  // The owner's own readout is unchanged.
  expect((await (await request.get(`${owner}/markdown`)).text()).split('## Progress')[0]).toBe(
    plainBefore.split('## Progress')[0],
  )
})
