import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { createPlan, ownerPath } from './living-helpers'

// Retaking: the questionnaire opens filled in with the last answers, the new plan joins the history behind the same
// link, and the delta page says what moved and why.

async function retakeWithMoreCustomerContact(page: Page, owner: string) {
  await page.goto(`${owner}/history`)
  await page.getByRole('button', { name: 'Retake the assessment' }).click()
  await expect(page).toHaveURL(/\/assessment\/check$/)
  await expect(page.getByText(/^You are retaking your assessment of /)).toBeVisible()
  // Every previous answer is there to check and change.
  await expect(page.getByText('Not answered yet')).toHaveCount(0)
  await page.getByRole('link', { name: 'Change talking with customers' }).click()
  await page.locator('#customer-contact-weekly').check()
  await page.getByRole('button', { name: 'Save and check your answers' }).click()
  await expect(page).toHaveURL(/\/assessment\/check(#.*)?$/)
  await page.getByRole('button', { name: 'Build my plan' }).click()
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('retake, see the delta split by cause, and find both assessments in the history', async ({
      page,
      request,
    }) => {
      test.setTimeout(90_000)
      const created = await createPlan(request)
      const owner = ownerPath(created)
      await retakeWithMoreCustomerContact(page, owner)

      await expect(page).toHaveURL(new RegExp(`${owner}/delta/2(#.*)?$`))
      await expect(page.getByRole('heading', { level: 1, name: 'What moved since your last assessment' })).toBeVisible()
      const skill = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: /^Customer empathy and discovery: \d+ → \d+/ }) })
      await expect(skill).toBeVisible()
      const heading = (await skill.getByRole('heading').textContent()) ?? ''
      const [, before, after] = heading.match(/: (\d+) → (\d+)/) ?? []
      expect(Number(after)).toBeGreaterThan(Number(before))
      await expect(skill.getByText(`+${Number(after) - Number(before)} points`)).toBeVisible()
      await expect(skill.getByText('The model changed')).toBeVisible()
      await expect(skill.getByText('0 points')).toBeVisible()
      await expect(skill.getByText('Every week or more')).toBeVisible()
      await expect(page.getByText('Both assessments used the same model')).toBeVisible()
      if (javaScriptEnabled) await expectNoAxeViolations(page)

      // The same owner link now shows the new plan; the history lists both.
      await page.goto(`${owner}/history`)
      await expect(page.getByText(/^Assessment 2 · .* · the plan your links show$/)).toBeVisible()
      await expect(page.getByText(/^Assessment 1 · /)).toBeVisible()
      await page.getByRole('link', { name: 'Open assessment 1' }).click()
      await expect(page.getByRole('heading', { level: 1, name: /^Assessment 1 of / })).toBeVisible()
      // The share link follows the family to the newest plan, too.
      expect((await page.goto(created.shareUrl))?.status()).toBe(200)
    })
  })
}

test('a step finished in the plan raises the answer it counts as, and both pages say why', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const created = await createPlan(request, 'new-graduate')
  const owner = ownerPath(created)
  await page.goto(`${owner}/progress`)
  const step = page
    .locator('ol > li')
    .filter({ has: page.getByRole('heading', { name: 'Gather feedback on something you built' }) })
  await step.getByRole('button', { name: /^Mark done/ }).click()
  await expect(step.getByText(/^✓ Done on /)).toBeVisible()

  await page.goto(`${owner}/history`)
  await page.getByRole('button', { name: 'Retake the assessment' }).click()
  const note =
    'Raised from “Never” to “Once or twice”, because you finished “Gather feedback on something you built” in your plan. Change it if it isn’t right.'
  const row = page.locator('#row-customer-contact')
  await expect(row.getByRole('definition').first()).toContainText('Once or twice')
  await expect(row.getByText(note)).toBeVisible()
  await expectNoAxeViolations(page)
  await row.getByRole('link', { name: /^Change/ }).click()
  await expect(page.locator('#customer-contact-once-twice')).toBeChecked()
  await expect(page.getByText(note)).toBeVisible()
  await page.getByRole('button', { name: 'Save and check your answers' }).click()
  await page.getByRole('button', { name: 'Build my plan' }).click()

  await expect(page).toHaveURL(new RegExp(`${owner}/delta/2(#.*)?$`))
  await expect(
    page.getByText('Counted from the step you finished: “Gather feedback on something you built”.').first(),
  ).toBeVisible()
})
