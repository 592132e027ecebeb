import { expect, type Page } from '@playwright/test'

/** A complete, valid answer set: a backend engineer at a company with PMs, six hours a week. */
export const backendAnswers: Record<string, string | string[] | number> = {
  'years-experience': 6,
  specialty: 'backend',
  'product-area': 'business',
  'company-pms': 'yes-my-team',
  'team-standing': 'go-to',
  'customer-contact': 'once-twice',
  'usage-data': 'monthly',
  'present-outside': 'once',
  'changed-plans': 'once',
  'how-money': 'roughly',
  'idea-built': 'suggested',
  'specs-written': 'one',
  'user-observation': 'never',
  'unclear-problems': 'once',
  'engineering-work': ['postmortem', 'design-doc', 'on-call'],
  'product-work': ['spec-review', 'mentored'],
  'rate-customer-discovery': 'level-2',
  'rate-feasibility': 'level-4',
  'rate-stakeholders': 'level-3',
  'rate-prioritisation': 'level-3',
  'rate-data': 'level-3',
  'rate-business': 'level-2',
  'urgent-request': 'ask-why',
  'unused-feature': 'funnel',
  'two-requests': 'goal',
  'vague-direction': 'interview',
  'ceo-pitch': 'cost',
  'promised-date': 'smaller-first',
  'hours-per-week': 6,
  'target-timeline': '3-to-6-months',
  interests: ['technical', 'apis'],
  'change-employer': 'if-needed',
  'manager-knows': 'supportive',
  'draws-you': ['why', 'impact'],
  'no-code-week': 'fine',
  'best-day': 'users-adopt',
  'pay-dip': 'probably',
}

/** Answers every question on the current section page that has an answer in `answers`. */
export async function answerSection(page: Page, answers: Record<string, string | string[] | number>) {
  const names = await page
    .locator('form input[name]:not([type=hidden])')
    .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))])
  for (const name of names) {
    const value = answers[name]
    if (value === undefined) continue
    if (typeof value === 'number') {
      await page.locator(`input[name="${name}"]`).fill(String(value))
    } else {
      for (const v of [value].flat()) await page.locator(`input[name="${name}"][value="${v}"]`).check()
    }
  }
}

export const sectionPaths = ['background', 'experience', 'scenarios', 'goals', 'motivation']

/** From the start page to "check your answers", answering every section. */
export async function answerEverything(page: Page, answers = backendAnswers) {
  await page.goto('/assessment')
  await page.getByRole('link', { name: 'Start', exact: true }).click()
  for (const [i, section] of sectionPaths.entries()) {
    await expect(page).toHaveURL(new RegExp(`/assessment/${section}$`))
    await expect(page.getByText(new RegExp(`^Section ${i + 1} of 5 ·`))).toBeVisible()
    await answerSection(page, answers)
    await page.getByRole('button', { name: /^Save and (continue|check your answers)$/ }).click()
  }
  await expect(page).toHaveURL(/\/assessment\/check$/)
}
