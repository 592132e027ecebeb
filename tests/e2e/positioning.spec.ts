import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { createPlan, ownerPath } from './living-helpers'

// Positioning yourself: checking a job listing against your evidence, and the interview story bank — with and without
// JavaScript, on phone and desktop (the two projects), axe-clean.

test.setTimeout(120_000)

/** A corpus listing as a person would paste it (tests/fixtures/listings). */
const listing = (file: string) =>
  (readFileSync(`tests/fixtures/listings/${file}`, 'utf8').split('\n@@@\n')[1] ?? '').replace(/ ?⟦[^⟧]*⟧/g, '')

async function checkListing(page: Page, owner: string, text: string, name = '') {
  await page.goto(`${owner}/listings`)
  await page.getByLabel('The listing’s text').fill(text)
  if (name) await page.getByLabel('A name for it (optional)').fill(name)
  await page.getByRole('button', { name: 'Check this listing' }).click()
  await page.waitForURL(/\/listings\/[0-9a-f-]{36}$/)
}

test('a pasted listing is split into requirements and read against the plan, then kept, compared, renamed and deleted', async ({
  page,
  request,
}) => {
  const owner = ownerPath(await createPlan(request))
  await page.goto(`${owner}/listings`)
  await expect(page.getByRole('heading', { level: 1, name: 'Check a job listing' })).toBeVisible()
  await expect(page.getByText('None yet.')).toBeVisible()
  await expectNoAxeViolations(page)

  await checkListing(page, owner, listing('tuned/02-payments-api.txt'), 'Cobalt Pay – Payments API')
  await expect(page.getByRole('heading', { level: 1, name: 'Cobalt Pay – Payments API' })).toBeVisible()
  // The short answer: coverage, the gaps that matter most for this listing (with the plan's step), must vs stretch.
  await expect(page.getByText(/^Your evidence covers \d+ of the \d+ requirements we can measure/)).toBeVisible()
  const summary = page.getByRole('region', { name: 'In short' })
  await expect(summary.getByText('Customer empathy and discovery')).toBeVisible()
  await expect(summary.getByText(/must-haves? and \d+ nice-to-haves? \(stretch\)/)).toBeVisible()
  // Each line: a gap with its step, evidence on demand, and what is not measured said honestly.
  const gap = page.locator('li', { hasText: 'Spend time with developers at merchants' })
  await expect(gap.getByText('Gap: Customer empathy and discovery')).toBeVisible()
  await expect(gap.getByText(/In your plan: .+\(weeks? \d/)).toBeVisible()
  await expect(
    page
      .locator('li', { hasText: 'Worked in payments or fintech' })
      .getByText('Not measured: Industry or domain knowledge.'),
  ).toBeVisible()
  const evidence = page.locator('li', { hasText: 'Strong analytical skills' })
  await evidence.getByText(/what in your answers shows it/).click()
  await expect(evidence.getByText('Data and metrics fluency', { exact: true })).toBeVisible()
  await evidence.getByText('Why these skills').click()
  await expect(evidence.getByText(/^“analytical”.* → Data and metrics fluency$/)).toBeVisible()
  // Company blurb, pay, benefits and the equal-opportunity text are not requirements.
  for (const text of ['€85,000', 'equal opportunit', 'Relocation support', 'Cobalt Pay moves money'])
    await expect(page.locator('main li.card', { hasText: text })).toHaveCount(0)
  await expectNoAxeViolations(page)

  await checkListing(page, owner, listing('tuned/07-first-pm-seed.txt'))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Product Manager #1 at Fieldnote (seed, 9 people)' }),
  ).toBeVisible()

  await page.goto(`${owner}/listings`)
  await expect(page.getByRole('link', { name: 'Cobalt Pay – Payments API' })).toBeVisible()
  await page.getByLabel('Compare “Cobalt Pay – Payments API”').check()
  await page.getByLabel('Compare “Product Manager #1 at Fieldnote (seed, 9 people)”').check()
  await page.getByRole('button', { name: 'Compare the ones ticked, side by side' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Listings side by side' })).toBeVisible()
  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader', { name: 'Cobalt Pay – Payments API' })).toBeVisible()
  await expect(table.getByRole('row', { name: /Systems thinking/ })).toContainText('5×, must-have')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Cobalt Pay – Payments API' }).click()
  await page.getByLabel('Name', { exact: true }).fill('')
  await page.getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Give the listing a name.' })).toBeVisible()
  await page.getByLabel('Name', { exact: true }).fill('Cobalt – API PM')
  await page.getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cobalt – API PM' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete this listing' }).click()
  await expect(page.getByText('The listing is deleted.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Cobalt – API PM' })).toHaveCount(0)
})

test('without JavaScript: a listing that cannot be checked comes back whole, with the error next to the field', async ({
  browser,
  request,
}) => {
  const owner = ownerPath(await createPlan(request))
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${owner}/listings`)
  const tooLong = `Requirements\n- Talk to customers every week\n${'- Own the roadmap for payments\n'.repeat(700)}`
  expect(tooLong.length).toBeGreaterThan(20_000)
  await page.getByLabel('The listing’s text').fill(tooLong)
  await page.getByLabel('A name for it (optional)').fill('Too long')
  await page.getByRole('button', { name: 'Check this listing' }).click()
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expect(page.getByText(/^Error: The listing is 2\d,\d{3} characters; the most is 20,000/)).toBeVisible()
  expect(await page.getByLabel('The listing’s text').inputValue()).toBe(tooLong)
  await expect(page.getByLabel('A name for it (optional)')).toHaveValue('Too long')
  // Reloading loses nothing: the flash stays until this browser's next post. Another browser never sees it.
  await page.reload()
  expect(await page.getByLabel('The listing’s text').inputValue()).toBe(tooLong)
  await expect(page.getByText(/^Error: The listing is 2\d,\d{3} characters; the most is 20,000/)).toBeVisible()
  // axe needs JavaScript: the same failure, in a browser that has it.
  const jsContext = await browser.newContext()
  const withJs = await jsContext.newPage()
  await withJs.goto(`${owner}/listings`)
  await expect(withJs.getByRole('heading', { name: 'There is a problem' })).toHaveCount(0)
  await withJs.getByLabel('The listing’s text').fill(tooLong)
  await withJs.getByRole('button', { name: 'Check this listing' }).click()
  await expect(withJs.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expectNoAxeViolations(withJs)
  await jsContext.close()

  await page.getByLabel('The listing’s text').fill('https://jobs.example.com/pm-123')
  await page.getByRole('button', { name: 'Check this listing' }).click()
  await expect(page.getByText(/we don’t fetch pages, so paste the listing’s text itself/).first()).toBeVisible()

  await page.getByLabel('The listing’s text').fill(listing('tuned/04-growth-activation.txt'))
  await page.getByLabel('A name for it (optional)').fill('')
  await page.getByRole('button', { name: 'Check this listing' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'GROWTH PRODUCT MANAGER – ACTIVATION' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Gaps to close/ })).toBeVisible()
  await page.goto(`${owner}/listings`)
  await expect(page.getByLabel('The listing’s text')).toHaveValue('')
  await context.close()
})

test('the story bank suggests stories from the person’s answers, saves drafts as they type and checks them', async ({
  page,
  request,
}) => {
  const owner = ownerPath(await createPlan(request))
  await page.goto(`${owner}/stories`)
  await expect(page.getByRole('heading', { level: 1, name: 'Your product stories' })).toBeVisible()
  await expect(page.getByText('No stories written yet. Aim for at least 3 that have every part.')).toBeVisible()
  // This persona led a migration: that is offered as their influence story.
  const influence = page.getByRole('listitem').filter({ hasText: 'influenced the roadmap' })
  await expect(influence.getByText(/You led a migration, re-architecture or rewrite\./)).toBeVisible()
  await expectNoAxeViolations(page)

  await influence.getByRole('link', { name: /Write this story/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /influenced the roadmap/ })).toBeVisible()
  const checklist = page.getByRole('region', { name: 'Checklist' })
  await expect(checklist.getByText('5 parts to add before it’s ready.')).toBeVisible()
  await page
    .getByLabel('The problem, and who had it')
    .fill('The payments team planned a rewrite that would break our merchants’ checkout.')
  await page.getByLabel('Why it mattered').fill('Checkout failures cost merchants sales.')
  await page.getByLabel('What you did — your part, not the team’s').fill('We wrote a proposal and met their lead.')
  await expect(checklist.getByText(/It says only “we” so far/)).toBeVisible()
  await page
    .getByLabel('What you did — your part, not the team’s')
    .fill('I wrote a proposal with the incident data and met their lead twice.')
  await page.getByLabel('The outcome').fill('They phased the rewrite and checkout errors stayed under 0.1 %.')
  await expect(checklist.getByText('This story has every part an interviewer listens for.')).toBeVisible()
  await expect(page.getByText(/^Saved at \d\d:\d\d\.$/)).toBeVisible({ timeout: 15_000 })
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(page.getByLabel('The outcome')).toHaveValue(
    'They phased the rewrite and checkout errors stayed under 0.1 %.',
  )
  await page.goto(`${owner}/stories`)
  await expect(page.getByText('1 of your one story has every part. Aim for at least 3.')).toBeVisible()
  await page.getByRole('link', { name: 'Print your prep sheet' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Interview prep sheet' })).toBeVisible()
  await expect(page.getByText('I wrote a proposal with the incident data and met their lead twice.')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('without JavaScript: the save button saves a story, and a part over its limit comes back with all the text', async ({
  browser,
  request,
}) => {
  const owner = ownerPath(await createPlan(request))
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${owner}/stories/user-problem`)
  const long = `Support agents ${'re-sent failed invoices by hand, '.repeat(70)}`
  await page.getByLabel('The problem, and who had it').fill(long)
  await page.getByLabel('The outcome').fill('Tickets fell by 40 %.')
  await page.getByRole('button', { name: 'Save this story' }).click()
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expect(page.getByText(/^Error: The problem: keep it to 2,000 characters/)).toBeVisible()
  expect(await page.getByLabel('The problem, and who had it').inputValue()).toBe(long)
  await expect(page.getByLabel('The outcome')).toHaveValue('Tickets fell by 40 %.')

  await page
    .getByLabel('The problem, and who had it')
    .fill('Support agents re-sent failed invoices by hand for our customers.')
  await page.getByRole('button', { name: 'Save this story' }).click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Checklist' }).getByText('2 parts to add before it’s ready.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Delete this story' }).click()
  await expect(page.getByText('The story is deleted.')).toBeVisible()
  await context.close()
})

test('the listing API analyses a listing statelessly and names the field on every kind of bad input', async ({
  request,
}) => {
  const ok = await request.post('/api/job-listings', { data: { text: listing('tuned/01-data-infra-tpm.txt') } })
  expect(ok.status()).toBe(200)
  const body = await ok.json()
  expect(body.requirements.length).toBeGreaterThan(10)
  expect(body.requirements[1]).toMatchObject({
    strength: 'must',
    skillIds: expect.any(Array),
    matched: expect.any(Array),
  })
  expect(body.skills[0]).toMatchObject({ skillId: 'systems-thinking', mentions: expect.any(Number) })
  expect(body.unmeasured).toContain('5+ years in product management, or in engineering with a move into product')

  const bad = async (
    init: { data?: unknown; body?: string; headers?: Record<string, string> },
    status: number,
    field: string,
  ) => {
    const response = await request.post('/api/job-listings', init)
    expect(response.status()).toBe(status)
    const error = (await response.json()).error
    if (field) expect(error.fields.map((f: { field: string }) => f.field)).toContain(field)
    return error
  }
  await bad({ data: { text: '   ' } }, 400, 'text')
  await bad({ data: { text: 42 } }, 400, 'text')
  await bad({ data: {} }, 400, 'text')
  await bad({ data: { text: 'x'.repeat(20_001) } }, 413, 'text')
  await bad({ data: { text: 'Requirements\n- SQL', extra: 1 } }, 400, 'extra')
  await bad({ body: '{"text": ', headers: { 'content-type': 'application/json' } }, 400, 'body')
  expect((await bad({ body: 'text=hi', headers: { 'content-type': 'text/plain' } }, 415, '')).code).toBe(
    'unsupported_media_type',
  )
})

test('the owner’s listing API adds the evidence/gap split, keeps a named listing, and knows no other owner', async ({
  page,
  request,
}) => {
  const owner = ownerPath(await createPlan(request))
  const token = owner.split('/plan/')[1]
  const text =
    'Requirements\n- Run customer interviews every week\n- Debug production incidents\n- 5+ years of experience'
  const compared = await request.post(`/api/plans/${token}/job-listings`, { data: { text } })
  expect(compared.status()).toBe(200)
  expect(compared.headers()['cache-control']).toBe('private, no-store')
  const body = await compared.json()
  expect(body.requirements.map((r: { status: string }) => r.status)).toEqual(['gap', 'evidence', 'not-measured'])
  expect(body.summary).toMatchObject({ measured: 2, covered: 1, topGaps: [{ skillId: 'customer-discovery' }] })

  const saved = await request.post(`/api/plans/${token}/job-listings`, { data: { text, name: 'From the API' } })
  expect(saved.status()).toBe(201)
  const { id } = (await saved.json()).saved
  await page.goto(`${owner}/listings/${id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'From the API' })).toBeVisible()

  const stranger = await request.post(`/api/plans/${'A'.repeat(43)}/job-listings`, { data: { text } })
  expect(stranger.status()).toBe(404)
  expect((await page.goto(`/plan/${'A'.repeat(43)}/listings/${id}`))?.status()).toBe(404)
  expect((await page.goto(`/plan/${'A'.repeat(43)}/stories`))?.status()).toBe(404)
})

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('from the plan’s tools to a listing; pointing the plan at it re-plans, says so, and can be undone', async ({
      page,
      request,
    }) => {
      const owner = ownerPath(await createPlan(request))
      await page.goto(owner)
      const tools = page.getByRole('navigation', { name: 'Your plan' })
      await expect(tools.getByRole('link', { name: 'Your product stories' })).toHaveAttribute(
        'href',
        `${owner}/stories`,
      )
      await tools.getByRole('link', { name: 'Check a job listing' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Check a job listing' })).toBeVisible()
      await page.getByLabel('The listing’s text').fill(listing('tuned/04-growth-activation.txt'))
      await page.getByLabel('A name for it (optional)').fill('Growth PM')
      await page.getByRole('button', { name: 'Check this listing' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Growth PM' })).toBeVisible()
      const point = page.getByRole('region', { name: 'Point your plan at this listing' })
      await expect(point.getByText(/^Re-plan from today with this listing’s gaps first \(/)).toBeVisible()
      await point.getByRole('button', { name: 'Point my plan at this listing' }).click()

      // Back on the plan: which listing it points at, and the way back.
      await expect(page.getByText('Your plan is re-planned from today for that listing')).toBeVisible()
      const notice = page.getByRole('region', { name: 'Your plan points at “Growth PM”' })
      await expect(notice).toBeVisible()
      await expect(notice.getByRole('link', { name: 'See the listing’s check' })).toBeVisible()
      if (javaScriptEnabled) await expectNoAxeViolations(page)
      // The progress page shows it as a re-plan: its steps are the ones to check off.
      await page.goto(`${owner}/listings`)
      await expect(page.getByText(/your plan points at it/)).toBeVisible()
      await page.goto(owner)
      await page.getByRole('button', { name: 'Stop pointing at it' }).click()
      await expect(page.getByText('Your plan no longer points at a listing')).toBeVisible()
      await expect(page.getByRole('region', { name: /^Your plan points at/ })).toHaveCount(0)
    })

    test('a listing is on the share page only once the owner shows it, as its check and not the pasted text', async ({
      page,
      request,
    }) => {
      const created = await createPlan(request)
      const owner = ownerPath(created)
      await checkListing(page, owner, listing('tuned/02-payments-api.txt'), 'Cobalt Pay – Payments API')
      await page.goto(created.shareUrl)
      await expect(page.getByRole('heading', { name: /A job listing they are aiming at/ })).toHaveCount(0)

      await page.goBack()
      const share = page.getByRole('region', { name: 'On your shared page' })
      await share.getByRole('button', { name: 'Show it on my shared page' }).click()
      await expect(page.getByText('Your shared page now shows this listing’s check.')).toBeVisible()
      await page.goto(created.shareUrl)
      await expect(
        page.getByRole('heading', { name: 'A job listing they are aiming at: Cobalt Pay – Payments API' }),
      ).toBeVisible()
      await expect(page.getByText(/^Your evidence covers \d+ of the \d+ requirements/)).toBeVisible()
      // The lines, never the company blurb or pay as pasted; and no owner link.
      await expect(page.getByText('Cobalt Pay moves money', { exact: false })).toHaveCount(0)
      await expect(page.locator(`a[href*="/plan/"]`)).toHaveCount(0)
      if (javaScriptEnabled) await expectNoAxeViolations(page)

      await page.goBack()
      await page.getByRole('button', { name: 'Stop showing it' }).click()
      await expect(page.getByText('Your shared page no longer shows this listing.')).toBeVisible()
      await page.goto(created.shareUrl)
      await expect(page.getByRole('heading', { name: /A job listing they are aiming at/ })).toHaveCount(0)
    })
  })
}

test('without JavaScript: the third story that passes checks the plan’s story step off; the stories go in the Markdown', async ({
  browser,
  request,
}) => {
  const owner = ownerPath(await createPlan(request))
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${owner}/progress`)
  const step = page.locator('li', { has: page.getByRole('heading', { name: 'Prepare your product stories' }) })
  await expect(step.getByRole('link', { name: 'Write your stories' })).toHaveAttribute('href', `${owner}/stories`)
  await expect(
    page
      .locator('li', { has: page.getByRole('heading', { name: 'Practise the PM interview' }) })
      .getByRole('link', { name: 'Print your stories as a one-page prep sheet' }),
  ).toHaveAttribute('href', `${owner}/stories/prep-sheet`)

  const write = async (promptId: string, what: string) => {
    await page.goto(`${owner}/stories/${promptId}`)
    await page.getByLabel('The problem, and who had it').fill(`Support agents ${what} by hand for our customers.`)
    await page.getByLabel('Why it mattered').fill('Customers were paid late, and two of them threatened to leave.')
    await page
      .getByLabel('What you did — your part, not the team’s')
      .fill('I sat with three agents, found the cause and wrote the one-page proposal.')
    await page.getByLabel('The outcome').fill('Tickets about it fell by 40 % within a month.')
    await page.getByRole('button', { name: 'Save this story' }).click()
  }
  await write('user-problem', 're-sent failed invoices')
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await write('influence', 'fixed refund errors')
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await write('start-to-finish', 'exported reports')
  await expect(page.getByText(/^Saved\. That makes 3 stories with every part/)).toBeVisible()

  await page.goto(`${owner}/stories`)
  await expect(page.getByText('Your plan’s step “Prepare your product stories” is done.')).toBeVisible()
  await page.goto(`${owner}/progress`)
  await expect(step.getByText(/Done on/)).toBeVisible()
  // The owner can still un-tick it; editing a story afterwards does not tick it again.
  await step.getByRole('button', { name: /^Undo/ }).click()
  await write('user-problem', 're-sent failed invoices twice')
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await page.goto(`${owner}/progress`)
  await expect(step.getByText(/Done on/)).toHaveCount(0)

  const md = await (await request.get(`${owner}/markdown`)).text()
  expect(md).toContain('## Your product stories')
  expect(md).toContain('**The outcome:** Tickets about it fell by 40 % within a month.')
  await context.close()
})
