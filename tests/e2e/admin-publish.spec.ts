import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'
import { signInAsAdmin } from './admin-account'
import { expectNoAxeViolations } from './axe'
import { answerEverything, backendAnswers } from './journey-helpers'

// The curator's whole loop, against the running app: edit a weight in the grid, meet the checks, read why the
// readouts change, publish, roll back — and see a new assessment use each release at once while a plan made before
// stays exactly as it was. Runs after every other test (playwright.config.ts), one test at a time, since a publish
// changes what every assessment scores and all of them share one draft.

test.describe.configure({ mode: 'serial' })

const SKILL = 'Prioritising by outcome'
/** The skill's line in the readout's list of scores (inside a closed fold, so found by text, not by role). */
const scoreRow = (page: Page) => page.locator('li', { hasText: `${SKILL}: ` }).first()
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name, exact: true })

async function skillScore(request: APIRequestContext, skillId: string) {
  const response = await request.post('/api/assessments', { data: { answers: backendAnswers } })
  expect(response.status()).toBe(201)
  const body = await response.json()
  const skill = body.result.skills.find((s: { skillId: string }) => s.skillId === skillId)
  return { score: skill.score as number, ownerUrl: body.ownerUrl as string }
}

/** Starts from the live release: whatever an earlier test left in the draft is thrown away (the editor's own way). */
async function discardDraft(page: Page) {
  await page.goto('/admin/publish')
  const discard = page.getByRole('button', { name: 'Discard changes' })
  if (await discard.isVisible()) {
    await page.getByLabel('Yes, throw away every unpublished change').check()
    await discard.click()
    await expect(page.getByRole('status')).toContainText('discarded')
  }
}

test('an admin changes one weight, previews its impact, publishes, and only new assessments change', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  const old = await skillScore(request, 'outcome-prioritisation')
  // The copy button appears once the page has hydrated: both readings wait for it, so they compare the same page.
  const hydrated = (page: Page) => expect(page.getByRole('button', { name: 'Copy read-only link' })).toBeVisible()
  await page.goto(old.ownerUrl)
  await expect(scoreRow(page)).toContainText(`${SKILL}: ${old.score} ·`)
  await hydrated(page)
  const oldReadout = await page.locator('main').textContent()

  // "Two requests, one slot": comparing them against the quarter's goal is evidence of prioritising by outcome.
  await signInAsAdmin(page, '/admin/content/questions/two-requests')
  const weight = page.locator('#f-options-goal-skills-outcome-prioritisation-weight')
  await expect(weight).toHaveValue('+1')
  await weight.fill('3')
  await page.getByRole('button', { name: 'Save to draft' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to the draft')
  await expect(weight).toHaveValue('+3')

  await nav(page, 'Impact preview').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Impact preview' })).toBeVisible()
  await expect(page.getByText(/Personas whose readout changes: /)).toContainText('salary-chaser')
  const persona = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^startup-no-pms/ }) })
  await expect(persona.getByRole('rowheader', { name: 'Top 3 gaps' })).toBeVisible()

  await nav(page, 'Check and publish').click()
  await expect(page.getByText('The draft passes every check.')).toBeVisible()
  // The diff, field by field in words.
  const change = page.getByRole('row', {
    name: /Option “Compare what each would do.*” › Skills › Prioritising by outcome › Weight/,
  })
  await expect(change.getByRole('cell')).toHaveText(['+1', '+3'])
  await page
    .getByLabel('Release note')
    .fill('Weighing two requests against the quarter’s goal counts more for prioritising by outcome.')
  await page.getByRole('button', { name: 'Publish as a new release' }).click()
  await expect(page.getByRole('status')).toContainText(/Release \d+ is published/)

  // A new assessment, through the questionnaire, gets the new score at once.
  const fresh = await skillScore(request, 'outcome-prioritisation')
  expect(fresh.score).toBeGreaterThan(old.score)
  await answerEverything(page)
  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page).toHaveURL(/\/plan\/[A-Za-z0-9_-]{43}\?new=1$/)
  await expect(scoreRow(page)).toContainText(`${SKILL}: ${fresh.score} ·`)

  // The plan made before the publish shows exactly what it showed.
  await page.goto(old.ownerUrl)
  await expect(scoreRow(page)).toContainText(`${SKILL}: ${old.score} ·`)
  await hydrated(page)
  expect(await page.locator('main').textContent()).toBe(oldReadout)

  // The history shows who published what, and a rollback puts the old weight back for new assessments.
  await page.goto('/admin/audit')
  await expect(page.getByText('Published a release').first()).toBeVisible()
  await expect(
    page.getByText('Weighing two requests against the quarter’s goal counts more for prioritising by outcome.').first(),
  ).toBeVisible()
  await page.goto('/admin/releases')
  await page
    .getByRole('button', { name: /^Roll back to release \d+$/ })
    .first()
    .click()
  await expect(page.getByRole('status')).toContainText(/is published/)
  expect((await skillScore(request, 'outcome-prioritisation')).score).toBe(old.score)
})

type Flow = {
  javaScript: boolean
  viewport: { width: number; height: number }
  question: string
  /** The grid cell edited, its value before, and the answers either side of it on the scale. */
  cell: string
  was: string
  skill: { id: string; name: string }
  answer: string
  answerBelow: string
  weightBelow: string
  /** A persona whose readout the edit changes although it never picked the edited answer, and what it did pick. */
  persona: string
  personaAnswer: string
}

async function editorLoop(browser: Browser, request: APIRequestContext, flow: Flow) {
  // axe runs inside the page: without JavaScript it cannot, and the same markup is checked in the other loop.
  const axe = (page: Page) => (flow.javaScript ? expectNoAxeViolations(page) : Promise.resolve())
  const context = await browser.newContext({
    viewport: flow.viewport,
    javaScriptEnabled: flow.javaScript,
    ...(flow.viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}),
  })
  const page = await context.newPage()
  const before = await skillScore(request, flow.skill.id)
  await signInAsAdmin(page)
  await discardDraft(page)
  const path = `/admin/content/questions/${flow.question}`
  await page.goto(path)
  const cell = page.locator(`#${flow.cell}`)
  await expect(cell).toHaveValue(flow.was)

  // A weight out of range: marked on the cell as typed, the summary linking to it.
  await cell.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('+5')
  await page.keyboard.press('Enter')
  const summary = page.locator('#error-summary')
  await expect(summary).toContainText(
    `“${flow.answer}” › ${flow.skill.name}: Weights go from −3 to +3; you entered +5.`,
  )
  if (flow.javaScript) await expect(summary).toBeFocused()
  await expect(cell).toHaveValue('+5')
  await expect(cell).toHaveAttribute('aria-invalid', 'true')
  await axe(page)

  // The keyboard again: with JavaScript the arrow keys step the weight (+5 is out of range: typed over); without,
  // the number is typed.
  await cell.focus()
  await page.keyboard.press('ControlOrMeta+A')
  if (flow.javaScript) {
    await page.keyboard.type('+3')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(cell).toHaveValue('+1')
  } else {
    await page.keyboard.type('+1')
  }
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('Saved to the draft')
  await expect(cell).toHaveValue('+1')

  // The ordering check: "weekly" now counts less than the answer below it.
  await nav(page, 'Check and publish').click()
  const warnings = page.getByRole('region', { name: /1 warning needs a second look/ })
  await expect(warnings).toContainText(
    `“${flow.answer}” (+1) counts less for ${flow.skill.name} than “${flow.answerBelow}” (${flow.weightBelow})`,
  )
  await expect(warnings).toContainText('What to do:')
  await axe(page)

  // The impact preview explains itself: a persona that never picked the edited answer still moves, and says why.
  await nav(page, 'Impact preview').click()
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${flow.persona}`) }) })
  await expect(card).toContainText(`Answered “${flow.personaAnswer}”`)
  await expect(card).toContainText(`stayed`)
  // The loop started from a discarded draft, so its one edit accounts for the whole change.
  await expect(card).toContainText('It is the draft’s only edit: everything above comes from it.')
  // The rest fold away: personas whose scores moved without changing their readout, and those unchanged.
  await expect(page.getByText(/^\d+ (unchanged|more: scores moved, readout the same)$/).first()).toBeVisible()
  await axe(page)

  // Publishing waits for the warning to be accepted, with a note.
  await nav(page, 'Check and publish').click()
  const note = `Lowered “${flow.answer}” for ${flow.skill.name} (test).`
  await page.getByLabel('Release note').fill(note)
  await page.getByRole('button', { name: 'Publish as a new release' }).click()
  await expect(summary).toContainText('Fix this first, or tick it to publish anyway')
  await expect(summary).toContainText('Say why publishing with these warnings is right')
  await expect(page.getByLabel('Release note')).toHaveValue(note)
  await page.getByLabel(/^I accept: Answers weighed against their order/).check()
  await page.getByLabel('Why it is right anyway').fill('Checking the ordering warning end to end.')
  await page.getByRole('button', { name: 'Publish as a new release' }).click()
  const published = page.getByRole('status')
  await expect(published).toContainText(/Release \d+ is published/)
  const number = Number(/Release (\d+)/.exec((await published.textContent()) ?? '')?.[1])
  expect((await skillScore(request, flow.skill.id)).score).not.toBe(before.score)

  // The audit log keeps the accepted warning, the note, and where it came from, readable.
  await nav(page, 'Audit log').click()
  const entry = page
    .getByRole('listitem')
    .filter({ hasText: `release ${number}` })
    .first()
  await expect(entry).toContainText('Published with 1 warning accepted: “Checking the ordering warning end to end.”')
  await expect(entry).toContainText('from 127.0.0.1')
  await axe(page)

  // Roll back: the previous release's content again, as the next number.
  await nav(page, 'Releases').click()
  await page.getByRole('button', { name: `Roll back to release ${number - 1}` }).click()
  await expect(page.getByRole('status')).toContainText(`Release ${number + 1} is published`)
  await expect(page.getByText(`rollback of release ${number - 1}`).first()).toBeVisible()
  await axe(page)
  expect((await skillScore(request, flow.skill.id)).score).toBe(before.score)
  await context.close()
}

test('on a laptop with JavaScript: the grid, the ordering check, the explained impact, publish and roll back', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000)
  await editorLoop(browser, request, {
    javaScript: true,
    viewport: { width: 1366, height: 768 },
    question: 'customer-contact',
    cell: 'f-options-weekly-skills-customer-discovery-weight',
    was: '+3',
    skill: { id: 'customer-discovery', name: 'Customer empathy and discovery' },
    answer: 'Every week or more',
    answerBelow: 'About once a month',
    weightBelow: '+2',
    persona: 'frontend-agency',
    personaAnswer: 'About once a month',
  })
})

test('on a phone without JavaScript: the same loop, every step a plain form', async ({ browser, request }) => {
  test.setTimeout(300_000)
  await editorLoop(browser, request, {
    javaScript: false,
    viewport: { width: 390, height: 844 },
    question: 'usage-data',
    cell: 'f-options-weekly-skills-data-fluency-weight',
    was: '+3',
    skill: { id: 'data-fluency', name: 'Data and metrics fluency' },
    answer: 'Every week or more',
    answerBelow: 'About once a month',
    weightBelow: '+2',
    persona: 'new-graduate',
    personaAnswer: 'Never',
  })
})

test('a lexicon edit in the generated form shows what it does to job listings, skill by skill, then is discarded', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await signInAsAdmin(page)
  await discardDraft(page)
  await page.goto('/admin/content/lexicon/spec-writing')
  // The phrases are one per line, in a text area an editor can read and change.
  const phrases = page.getByRole('textbox', { name: /^Phrases/ })
  expect(await phrases.evaluate((el) => el.tagName)).toBe('TEXTAREA')
  expect((await phrases.inputValue()).split('\n').length).toBeGreaterThan(5)
  await phrases.fill('quill pen')
  await page.getByRole('button', { name: 'Save to draft' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to the draft')

  await nav(page, 'Impact preview').click()
  const listings = page.getByRole('region', { name: 'Job listings read with the draft’s lexicon' })
  await expect(listings).toBeVisible({ timeout: 60_000 })
  // Writing specs loses its phrases: its recall and tagged lines fall, and the lines that lose it are listed.
  const row = listings.getByRole('row', { name: /^Writing/ }).first()
  await expect(row).toContainText('→')
  await expect(listings.getByText(/ · − Writing/).first()).toBeVisible()
  await expectNoAxeViolations(page)
  await discardDraft(page)
})
