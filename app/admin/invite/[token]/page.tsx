import type { Metadata } from 'next'
import { TextInput } from '@/components/admin/text-input'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { findOpenInvite } from '@/lib/admin/invite-repo'
import { MIN_PASSWORD_LENGTH } from '@/lib/admin/password-rules'
import { readFlash, scopedFormKey } from '@/lib/platform/flash/flash'
import { acceptInviteAction } from '../../admins/actions'

export const metadata: Metadata = {
  title: 'Accept an admin invitation',
}

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invite = await findOpenInvite(token)
  if (!invite) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">This invitation does not work</h1>
        <p>It was used already, withdrawn, or is more than 48 hours old. Ask an admin for a new one.</p>
      </div>
    )
  }
  const flash = await readFlash(scopedFormKey('accept-invite', token))
  const errors = flash?.errors ?? []
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ErrorSummary errors={errors} />
      <h1 className="text-2xl font-bold">Become an admin</h1>
      <p>
        You were invited as <span className="font-semibold">{invite.email}</span>. Choose your name and a password.
      </p>
      <form action={acceptInviteAction} className="space-y-5">
        <input type="hidden" name="token" value={token} />
        <TextInput
          id="name"
          name="name"
          label="Your name"
          autoComplete="name"
          hint="Shown in the audit log next to your changes."
          defaultValue={typeof flash?.values.name === 'string' ? flash.values.name : undefined}
          error={errorFor('name')}
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password, a keyboard pattern, or your email or name. A few unrelated words work well.`}
          error={errorFor('password')}
        />
        <TextInput
          id="confirm"
          name="confirm"
          type="password"
          label="The same password again"
          autoComplete="new-password"
          error={errorFor('confirm')}
        />
        <Button>Create my admin account</Button>
      </form>
    </div>
  )
}
