import { expect, type Page } from '@playwright/test'

/** The admin account the end-to-end server is started with (playwright.config.ts creates it with admin:create). */
export const e2eAdmin = { email: 'e2e-admin@example.com', password: 'quartz meadow lantern 9' }

export async function signInAsAdmin(page: Page, next = '/admin') {
  await page.goto(`/admin/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email address').fill(e2eAdmin.email)
  await page.getByLabel('Password').fill(e2eAdmin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // Checking a password is deliberately slow (Argon2id), and slower still on a busy machine: real headroom.
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`), { timeout: 30_000 })
}

/** Every admin page a signed-in admin can open (one per route). */
export const adminPages = [
  '/admin',
  '/admin/content',
  '/admin/content/questions',
  '/admin/content/questions/customer-contact',
  '/admin/content/skills/customer-discovery',
  '/admin/content/new/roles',
  '/admin/publish',
  '/admin/impact',
  '/admin/releases',
  '/admin/diff?from=published&to=draft',
  '/admin/audit',
  '/admin/sessions',
  '/admin/admins',
  '/admin/import',
]
