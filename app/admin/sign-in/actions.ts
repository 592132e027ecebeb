'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { safeAdminPath } from '@/lib/admin/admin-session'
import { requestMeta } from '@/lib/admin/request-meta'
import { signIn } from '@/lib/admin/sign-in'
import { fieldErrors } from '@/lib/engine/input/field-errors'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'

const SignInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'Enter your email address.' })
    .max(254, { error: 'Enter your email address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }).max(1000, { error: 'Enter your password.' }),
  next: z.string().optional(),
})

// The one sign-in action: no admin is needed (it makes one), so it authorizes nothing, and says nothing about
// whether an email has an account.
export async function signInAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const parsed = SignInSchema.safeParse({
    email: form.get('email') ?? '',
    password: form.get('password') ?? '',
    next: form.get('next') ?? undefined,
  })
  const next = safeAdminPath(parsed.data?.next ?? form.get('next')) ?? '/admin'
  const back = `/admin/sign-in?next=${encodeURIComponent(next)}#error-summary`
  const email = String(form.get('email') ?? '').slice(0, 254)
  if (!parsed.success) {
    await setFlash('admin-sign-in', {
      values: { email },
      errors: fieldErrors(parsed.error),
    })
    redirect(back)
  }
  const outcome = await signIn(parsed.data.email, parsed.data.password, await requestMeta())
  if (!outcome.ok) {
    await setFlash('admin-sign-in', {
      values: { email },
      errors: [{ fieldId: 'email', message: outcome.message }],
    })
    redirect(back)
  }
  await clearFlash()
  redirect(next)
}
