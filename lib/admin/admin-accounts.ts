import { APIError } from 'better-auth'
import { z } from 'zod'
import { storableText } from '@/lib/engine/input/storable-text'
import { findAdminByEmail } from './admin-account-repo'
import { getAuth } from './auth'
import { passwordProblem } from './password-rules'

// Making an admin account, the one way: the command line (the first admin) and an accepted invitation both come
// here, so both apply the same rules.

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'Enter an email address of at most 254 characters.' })
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }))

export const NameSchema = storableText()
  .trim()
  .min(1, { error: 'Enter a name, so others can tell who made a change.' })
  .max(80, { error: 'Use at most 80 characters for the name.' })

export type NewAdmin = { email: string; name: string; password: string }
export type CreateAdminResult =
  | { ok: true; userId: string; email: string }
  | { ok: false; field: 'email' | 'name' | 'password'; message: string }

export async function createAdminAccount(input: NewAdmin): Promise<CreateAdminResult> {
  const email = EmailSchema.safeParse(input.email)
  if (!email.success)
    return { ok: false, field: 'email', message: email.error.issues[0]?.message ?? 'Check the email.' }
  const name = NameSchema.safeParse(input.name)
  if (!name.success) return { ok: false, field: 'name', message: name.error.issues[0]?.message ?? 'Check the name.' }
  const problem = passwordProblem(input.password, { email: email.data, name: name.data })
  if (problem) return { ok: false, field: 'password', message: problem }
  if (await findAdminByEmail(email.data)) {
    return { ok: false, field: 'email', message: 'There is already an admin account with this email.' }
  }
  const auth = await getAuth(false)
  try {
    const { user } = await auth.api.signUpEmail({
      body: { email: email.data, name: name.data, password: input.password },
    })
    return { ok: true, userId: user.id, email: user.email }
  } catch (error) {
    // Two creations of one email at once: the second meets the unique index.
    if (error instanceof APIError) {
      return { ok: false, field: 'email', message: 'There is already an admin account with this email.' }
    }
    throw error
  }
}
