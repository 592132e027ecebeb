import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { signInAsAdmin } from './admin-account'
import { answerEverything, backendAnswers } from './journey-helpers'

// The curator's whole loop, against the running app: edit one weight, see which personas it changes, publish, and
// see a new assessment use it at once while a plan made before stays exactly as it was. Runs after every other
// test (playwright.config.ts), since a publish changes what every assessment scores.

const SKILL = 'Prioritising by outcome'
/** The skill's line in the readout's list of scores (inside a closed fold, so found by text, not by role). */
const scoreRow = (page: Page) => page.locator('li', { hasText: `${SKILL}: ` }).first()

async function discoveryScore(request: APIRequestContext) {
  const response = await request.post('/api/assessments', { data: { answers: backendAnswers } })
  expect(response.status()).toBe(201)
  const body = await response.json()
  const skill = body.result.skills.find((s: { skillId: string }) => s.skillId === 'outcome-prioritisation')
  return { score: skill.score as number, ownerUrl: body.ownerUrl as string }
}

test('an admin changes one weight, previews its impact, publishes, and only new assessments change', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const old = await discoveryScore(request)
  await page.goto(old.ownerUrl)
  await expect(scoreRow(page)).toContainText(`${SKILL}: ${old.score} ·`)
  const oldReadout = await page.locator('main').textContent()

  // "Two requests, one slot": comparing them against the quarter's goal is evidence of prioritising by outcome.
  await signInAsAdmin(page, '/admin/content/questions/two-requests')
  const weight = page.locator('#f-options-goal-skills-0-weight')
  await expect(weight).toHaveValue('1')
  await weight.fill('3')
  await page.getByRole('button', { name: 'Save to draft' }).click()
  await expect(page.getByRole('status')).toContainText('Saved to the draft')
  await expect(
    page.getByRole('table', { name: /Skills each answer moves/ }).getByRole('row', { name: /quarter’s goal/ }),
  ).toContainText('+3')

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Impact preview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Impact preview' })).toBeVisible()
  await expect(page.getByText(/^Personas that change: /)).toContainText('salary-chaser')
  await expect(page.getByText(/^Personas that change: /)).toContainText('startup-no-pms')
  const persona = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^startup-no-pms/ }) })
  await expect(persona).toContainText('Changes: Top 3 gaps')

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Check and publish' }).click()
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
  const fresh = await discoveryScore(request)
  expect(fresh.score).toBeGreaterThan(old.score)
  await answerEverything(page)
  await page.getByRole('button', { name: 'Build my plan' }).click()
  await expect(page).toHaveURL(/\/plan\/[A-Za-z0-9_-]{43}\?new=1$/)
  await expect(scoreRow(page)).toContainText(`${SKILL}: ${fresh.score} ·`)

  // The plan made before the publish shows exactly what it showed.
  await page.goto(old.ownerUrl)
  await expect(scoreRow(page)).toContainText(`${SKILL}: ${old.score} ·`)
  expect(await page.locator('main').textContent()).toBe(oldReadout)

  // The history shows who published what, and a rollback puts the old weight back for new assessments.
  await page.goto('/admin/audit')
  await expect(page.getByText('Published a release').first()).toBeVisible()
  await expect(
    page.getByText('Weighing two requests against the quarter’s goal counts more for prioritising by outcome.').first(),
  ).toBeVisible()
  await page.goto('/admin/releases')
  const previous = page.getByRole('button', { name: /^Roll back to release \d+$/ }).first()
  await previous.click()
  await expect(page.getByRole('status')).toContainText(/is published/)
  expect((await discoveryScore(request)).score).toBe(old.score)
})
