import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { TextInput } from '@/components/admin/text-input'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { currentAdmin, safeAdminPath } from '@/lib/admin/admin-session'
import { readFlash } from '@/lib/platform/flash/flash'
import { signInAction } from './actions'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const failed = ((await readFlash('admin-sign-in'))?.errors.length ?? 0) > 0
  return { title: `${failed ? 'Error: ' : ''}Admin sign-in` }
}

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams
  const next = safeAdminPath(query.next) ?? '/admin'
  if (await currentAdmin()) redirect(next)
  const flash = await readFlash('admin-sign-in')
  const errors = flash?.errors ?? []
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  const email = flash?.values.email
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ErrorSummary errors={errors} />
      <h1 className="text-2xl font-bold sm:text-3xl">Admin sign-in</h1>
      {query.ended === '1' ? (
        <p role="status" className="rounded-md border-l-8 border-warn bg-white p-4">
          Your session ended: after 30 minutes without activity, 8 hours after signing in, or when it was revoked. Sign
          in again to carry on.
        </p>
      ) : null}
      <p className="text-muted">For the people who curate HowToWhy’s knowledge base. There is no public sign-up.</p>
      <form action={signInAction} className="space-y-5">
        <input type="hidden" name="next" value={next} />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="username"
          defaultValue={typeof email === 'string' ? email : undefined}
          error={errorFor('email')}
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={errorFor('password')}
        />
        <Button>Sign in</Button>
      </form>
    </div>
  )
}
