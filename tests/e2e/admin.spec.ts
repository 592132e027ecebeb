import { expect, test } from '@playwright/test'
import { adminPages, signInAsAdmin } from './admin-account'
import { expectNoAxeViolations } from './axe'

// The admin area from outside and inside, without changing what users see (publishing is in admin-publish.spec.ts).

test('a signed-out visitor gets the sign-in page for every admin URL', async ({ page }) => {
  test.setTimeout(120_000)
  for (const path of adminPages) {
    await page.goto(path)
    await expect(page, path).toHaveURL(/\/admin\/sign-in(\?|$)/)
    await expect(page.getByRole('heading', { level: 1, name: 'Admin sign-in' })).toBeVisible()
  }
})

test('every admin action and route answers a signed-out request with 401', async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000)
  await signInAsAdmin(page)
  // The no-JavaScript form of every action on every page: React names each form's action in a hidden field, and
  // Next runs an action posted to a page that uses it.
  const actions = new Map<string, string>()
  for (const path of adminPages) {
    await page.goto(path)
    const names = await page
      .locator('form input[type=hidden][name^="$ACTION_ID_"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name))
    for (const name of names) if (!actions.has(name)) actions.set(name, path)
  }
  expect(actions.size).toBeGreaterThanOrEqual(7)
  const stranger = await playwright.request.newContext({ baseURL })
  for (const [action, path] of actions) {
    // As the browser calls an action when JavaScript runs (React sends the form as multipart, the form's fields
    // prefixed "_1_", its argument list in field "0"; proxy.ts refuses anything else before it reaches the action): 401.
    const id = action.replace('$ACTION_ID_', '')
    const called = await stranger.post(path, {
      multipart: { _1_note: 'x', '0': '["$K1"]' },
      headers: { Origin: baseURL ?? '', 'Next-Action': id },
      maxRedirects: 0,
    })
    expect(called.status(), `${action} on ${path}`).toBe(401)
    // As a form posts without JavaScript: Next renders an interrupted no-JS action as its 404 page (a framework
    // limitation, see docs/decisions/025-authorization-in-the-data-access-layer.md); still refused, and nothing changed.
    const posted = await stranger.post(path, {
      multipart: { [action]: '' },
      headers: { Origin: baseURL ?? '' },
      maxRedirects: 0,
    })
    expect([401, 404], `${action} on ${path} without JavaScript`).toContain(posted.status())
  }
  for (const route of ['/admin/releases/1/export', '/admin/releases/1/export?file=skills']) {
    const response = await stranger.get(route)
    expect(response.status(), route).toBe(401)
    expect((await response.json()).error.code).toBe('unauthorized')
  }
  await stranger.dispose()
})

test('every admin page passes axe', async ({ page }) => {
  // The question editor is a long form; axe takes several seconds on it on a busy machine.
  test.setTimeout(240_000)
  await page.goto('/admin/sign-in')
  await expectNoAxeViolations(page)
  await page.goto('/admin/invite/not-a-real-invitation-token-xxxxxxxxxxxxxxxxx')
  await expectNoAxeViolations(page)
  await signInAsAdmin(page)
  for (const path of adminPages) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  }
})

test('a wrong sign-in says so next to the field, keeps the email, and never says whether the account exists', async ({
  page,
}) => {
  await page.goto('/admin/sign-in')
  await page.getByLabel('Email address').fill('nobody-here@example.com')
  await page.getByLabel('Password').fill('not the password')
  await page.keyboard.press('Enter')
  const summary = page.locator('#error-summary')
  await expect(summary).toContainText('do not match an admin account')
  await expect(summary).toBeFocused()
  await expect(page.getByLabel('Email address')).toHaveValue('nobody-here@example.com')
  await expect(page.getByLabel('Password')).toHaveValue('')
  await expectNoAxeViolations(page)
})

test('a release exports as JSON; an unknown or out-of-range release number is a 404, never a 500', async ({ page }) => {
  await signInAsAdmin(page)
  const bundle = await page.request.get('/admin/releases/1/export?file=skills')
  expect(bundle.status()).toBe(200)
  expect(bundle.headers()['content-disposition']).toBe('attachment; filename="skills.json"')
  expect(((await bundle.json()) as { skills: unknown[] }).skills.length).toBeGreaterThan(10)
  for (const id of ['999999', '99999999999999', '1e3', '-1']) {
    const missing = await page.request.get(`/admin/releases/${id}/export`)
    expect(missing.status(), id).toBe(404)
    expect((await missing.json()).error.code).toBe('not_found')
  }
})
