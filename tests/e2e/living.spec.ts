import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { expectNoAxeViolations } from './axe'
import { createPlan, isoDay, moveStart, ownerPath, tally } from './living-helpers'

// Living plans in the browser: check-offs, falling behind and re-planning, exports, print, erasure.

test('checking a step off shows at once, survives a reload, and shows read-only on the share page', async ({
  page,
  request,
}) => {
  const created = await createPlan(request)
  await page.goto(created.ownerUrl)
  const block = page.getByRole('region', { name: 'Your progress' })
  await expect(block.getByText(/^Week 1 of \d+ · /)).toBeVisible()
  await expect(tally(page)).toHaveText(/^0 of \d+ steps done · 0 % of the planned hours$/)
  // The next steps are on show, each with its check-off: no fold to open first.
  const first = block.getByRole('list', { name: 'Next' }).getByRole('listitem').first()
  const title = (await first.getByRole('link').first().textContent()) ?? ''
  await first.getByRole('button', { name: `Done today “${title}”` }).click()
  await expect(tally(page)).toHaveText(/^1 of \d+ steps done/)

  await page.reload()
  await expect(tally(page)).toHaveText(/^1 of \d+ steps done/)
  await page.goto(created.shareUrl)
  const shared = page.getByRole('region', { name: 'Progress so far' })
  await expect(shared.getByText(/^1 of \d+ steps done/)).toBeVisible()
  await expect(shared.getByRole('button')).toHaveCount(0)

  // Undo from the progress page.
  await page.goto(`${ownerPath(created)}/progress`)
  await page.getByRole('button', { name: `Undo “${title}”` }).click()
  await expect(tally(page)).toHaveText(/^0 of \d+ steps done/)
  await expect(page.getByText('Marked not done.')).toBeVisible()
  await page.reload()
  await expect(tally(page)).toHaveText(/^0 of \d+ steps done/)
})

test('a check-off that cannot be saved is rolled back with a message', async ({ page, request }) => {
  const created = await createPlan(request)
  await page.goto(created.ownerUrl)
  await expect(tally(page)).toHaveText(/^0 of/)
  // Server actions post to the page with a Next-Action header: fail exactly those.
  await page.route('**/*', (route) =>
    route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.abort() : route.fallback(),
  )
  await page
    .getByRole('button', { name: /^Done today/ })
    .first()
    .click()
  await expect(page.getByRole('alert').filter({ hasText: 'We couldn’t save that' })).toBeVisible()
  await expect(page.getByText('Nothing was changed.')).toBeVisible()
  await expect(tally(page)).toHaveText(/^0 of \d+ steps done/)
  await page.unroute('**/*')
  await page.reload()
  await expect(tally(page)).toHaveText(/^0 of \d+ steps done/)
})

test('the .ics and .md downloads parse back, and re-importing updates rather than duplicates', async ({
  page,
  request,
}) => {
  const created = await createPlan(request)
  await page.goto(created.ownerUrl)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Calendar (.ics)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('howtowhy-plan.ics')
  const first = readFileSync((await download.path()) ?? '', 'utf8')
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  const before = events(first)
  expect(before.length).toBeGreaterThan(5)
  expect(before[0]?.description).toContain('Done when:')

  await moveStart(page, created, isoDay(7))
  // Fetched by the page itself, as a calendar app re-importing the same address would.
  const get = (path: string) =>
    page.evaluate(
      async (url) => {
        const r = await fetch(url)
        return {
          type: r.headers.get('content-type') ?? '',
          cache: r.headers.get('cache-control') ?? '',
          disposition: r.headers.get('content-disposition') ?? '',
          text: await r.text(),
        }
      },
      `${ownerPath(created)}/${path}`,
    )
  const moved = await get('calendar')
  expect(moved.type).toContain('text/calendar')
  expect(moved.cache).toContain('no-store')
  const after = events(moved.text)
  expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid))
  for (const [i, e] of after.entries()) expect(e.sequence).toBe((before[i]?.sequence ?? 0) + 1)
  expect(after[0]?.startDate.toString()).toBe(isoDay(7))

  const md = await get('markdown')
  expect(md.disposition).toBe('attachment; filename="howtowhy-plan.md"')
  const text = md.text
  expect(text).toMatch(/^# Your product management readout\n/)
  expect(text).toContain('# Your plan: ')
  expect(text).toMatch(/## Progress on .*\n\n0 of \d+ steps done/)
})

test('printing gives a clean document: no controls, every fold open', async ({ page, request }, testInfo) => {
  const created = await createPlan(request)
  await page.goto(created.ownerUrl)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: /^Done today/ }).first()).toBeHidden()
  await expect(page.getByRole('button', { name: 'Turn off the read-only link' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Your plan' })).toBeHidden()
  await expect(page.getByRole('heading', { name: /^Keep this link/ })).toBeHidden()
  // The whole plan starts folded on screen; in print every week of it shows.
  const week = page.locator('#whole-plan li[id^="week"]').nth(2)
  await expect(week).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('printed.png'), fullPage: false })
  // "In more detail" starts no forced page break (it was left alone at the foot of a page): nothing forces one.
  const forced = await page.evaluate(
    () => [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).breakBefore === 'page').length,
  )
  expect(forced).toBe(0)
  await page.emulateMedia({ media: 'screen' })
  await expect(week).toBeHidden()
})

test('delete everything: the plan, its history, progress and rating links all give 404', async ({ page, request }) => {
  const created = await createPlan(request)
  const owner = ownerPath(created)
  await page.goto(created.ownerUrl)
  await page
    .getByRole('button', { name: /^Done today/ })
    .first()
    .click()
  await expect(tally(page)).toHaveText(/^1 of/)
  await page.goto(`${owner}/raters`)
  await page.getByRole('button', { name: 'Create a rating link' }).click()
  const raterUrl = await page.getByLabel('Rating link', { exact: true }).inputValue()
  expect((await page.goto(raterUrl))?.status()).toBe(200)

  await page.goto(`${owner}/delete`)
  await expect(page.getByText('every rating link and what your raters answered')).toBeVisible()
  await page.getByRole('button', { name: 'Yes, delete everything' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Everything has been deleted' })).toBeVisible()
  await expectNoAxeViolations(page)
  for (const url of [
    created.ownerUrl,
    created.shareUrl,
    raterUrl,
    `${owner}/progress`,
    `${owner}/history`,
    `${owner}/raters`,
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(404)
  }
  for (const path of ['calendar', 'markdown']) expect((await request.get(`${owner}/${path}`)).status()).toBe(404)
})

test('the privacy page is linked from the footer and says what is stored', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /Privacy/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'What we store, and for how long' })).toBeVisible()
  await expect(
    page.getByText('Plans, progress, raters’ answers, job listings and story drafts are kept until you delete them.'),
  ).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the progress, history, earlier-assessment and raters pages pass axe', async ({ page, request }) => {
  test.setTimeout(120_000)
  const created = await createPlan(request)
  const owner = ownerPath(created)
  for (const path of ['/progress', '/history', '/history/1', '/raters']) {
    await page.goto(`${owner}${path}`)
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true
    })
    await expectNoAxeViolations(page)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('check a step off, fix a bad date, fall behind and re-plan at other hours', async ({ page, request }) => {
    test.setTimeout(60_000)
    const created = await createPlan(request)
    const owner = ownerPath(created)
    await page.goto(`${owner}/progress`)
    const first = page.locator('ol > li').first()
    const title = (await first.getByRole('heading').textContent()) ?? ''

    await first.getByLabel('Day done').fill(isoDay(30))
    await first.getByRole('button', { name: /^Mark done/ }).click()
    await expect(page.getByRole('alert').getByText(`${title}: The day you did it can’t be in the future`)).toBeVisible()
    await expect(tally(page)).toHaveText(/^0 of/)

    await page.locator('ol > li').first().getByLabel('Day done').fill(isoDay(-1))
    await page
      .locator('ol > li')
      .first()
      .getByRole('button', { name: /^Mark done/ })
      .click()
    await expect(tally(page)).toHaveText(/^1 of \d+ steps done/)
    await expect(
      page
        .locator('ol > li')
        .first()
        .getByText(/^✓ Done on /),
    ).toBeVisible()

    // Ten weeks ago: the early steps are all overdue.
    await moveStart(page, created, isoDay(-70))
    await expect(page.getByRole('heading', { name: /^You are about [\d.]+ weeks behind$/ })).toBeVisible()
    const hours = page.getByLabel('Hours a week from now on')
    await hours.fill('99')
    await page.getByRole('button', { name: 'Re-plan from today' }).click()
    await expect(page.getByRole('alert').getByText('Hours a week: enter a whole number from 1 to 40.')).toBeVisible()
    await page.getByLabel('Hours a week from now on').fill('3')
    await page.getByRole('button', { name: 'Re-plan from today' }).click()
    await expect(page.getByText(/^Re-planned: the steps left now run from today/)).toBeVisible()
    await expect(page.getByText(/^Week 1 of \d+ · /)).toBeVisible()
    await expect(page.getByRole('heading', { name: /weeks behind/ })).toHaveCount(0)
    await expect(tally(page)).toHaveText(/^1 of \d+ steps done/)
    await expect(page.getByRole('heading', { name: 'Done before the re-plan' })).toBeVisible()

    // The owner page shows the re-planned weeks.
    await page.goto(owner)
    await page.getByText('The whole plan, week by week').click()
    await expect(page.locator('#whole-plan').getByText(/^Re-planned for 3 hours a week:/)).toBeVisible()
    await page.goto(`${owner}/progress`)
    await page.getByText(/^History of your progress/).click()
    await expect(page.getByText(/Re-planned from .* at 3 hours a week$/)).toBeVisible()
  })
})

test('history and delta addresses that do not exist give 404', async ({ page, request }) => {
  const created = await createPlan(request)
  const owner = ownerPath(created)
  for (const path of ['/history/2', '/history/0', '/history/x', '/delta/1', '/delta/2', '/delta/abc']) {
    expect((await page.goto(`${owner}${path}`))?.status(), path).toBe(404)
  }
})
