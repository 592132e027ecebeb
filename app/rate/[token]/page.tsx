import type { Metadata } from 'next'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { raterItems } from '@/lib/plans/raters/items'
import { findRaterLink } from '@/lib/plans/raters/rater-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { formatDate } from '@/lib/plans/views/format'
import { readFlash, scopedFormKey } from '@/lib/platform/flash/flash'
import { declineRatingAction, submitRatingAction } from './actions'

export const metadata: Metadata = {
  title: 'How do you see their work?',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const SKIP = ''

export default async function RatePage({ params, searchParams }: Props) {
  const { token } = await params
  const found = await findRaterLink(token, new Date())
  // A mentor whose link was turned off (or ran out) is told so; an unknown link reads as mistyped.
  if (found.state !== 'live') deadLink(found.state === 'off' ? 'rating-off' : 'rating')
  const { link } = found
  const query = await searchParams
  const items = raterItems((await currentContent()).content)
  const flash = await readFlash(scopedFormKey('rate', token))
  const previous = link.response?.status === 'answered' ? link.response.answers : {}
  const chosen = (questionId: string) => {
    const raw = flash?.values[questionId]
    if (typeof raw === 'string') return raw
    return previous[questionId] ?? SKIP
  }
  const done = query.done === 'answered' || query.done === 'declined' ? query.done : null

  if (done)
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight">
          {done === 'answered' ? 'Thank you — your answers are in' : 'Thank you — noted that you’d rather not answer'}
        </h1>
        <p>
          {done === 'answered'
            ? 'They will see your answers beside their own. You can change them with this link until it stops working.'
            : 'They will see only that you declined. Changed your mind? You can still answer with this link until it stops working.'}
        </p>
        <p>
          This link works until {formatDate(link.expiresAt)}. <a href={`/rate/${token}`}>Back to the questions</a>
        </p>
      </div>
    )

  return (
    <div className="space-y-8">
      <ErrorSummary errors={flash?.errors ?? []} />
      <div className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight">How do you see their work?</h1>
        <p>
          Someone you work with is weighing a move from engineering into product management. They took a self-assessment
          and would like to set your view beside their own. It takes about five minutes.
        </p>
        <ul className="dots text-sm">
          <li>Answer only from what you have seen. “I haven’t seen this” is always a fine answer.</li>
          <li>No account and no email. Your name is asked for only at the end, and only if you want to sign.</li>
          <li>
            Your answers never change their readout; they sit beside it. With fewer than three people answering, they
            can tell which answers are yours. From three on, they see only an average.
          </li>
          <li>You may also decline: they will see only that you did.</li>
        </ul>
      </div>
      {items.length === 0 ? (
        <p>There are no questions to answer at the moment. You can close this page.</p>
      ) : (
        <form action={submitRatingAction} className="space-y-6">
          <input type="hidden" name="token" value={token} />
          {items.map((item, i) => (
            <fieldset
              key={item.questionId}
              id={`item-${item.questionId}`}
              className="space-y-2 rounded-md border border-line bg-white p-4"
            >
              <legend className="px-1 font-semibold">{`${i + 1}. ${item.prompt}`}</legend>
              {[...item.options, { id: SKIP, label: 'I haven’t seen this' }].map((option) => (
                <label key={option.id || 'skip'} className="flex min-h-11 items-start gap-3 py-1">
                  <input
                    type="radio"
                    name={item.questionId}
                    value={option.id}
                    defaultChecked={chosen(item.questionId) === option.id}
                    className="mt-1 h-5 w-5"
                  />
                  <span className={option.id === SKIP ? 'text-muted' : ''}>{option.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <div className="space-y-1">
            <label htmlFor="signature" className="block font-semibold">
              Your name (optional)
            </label>
            <p id="signature-hint" className="text-sm text-muted">
              Leave it blank to stay anonymous.
            </p>
            <input
              id="signature"
              name="signature"
              maxLength={120}
              autoComplete="name"
              defaultValue={
                typeof flash?.values.signature === 'string' ? flash.values.signature : (link.response?.signature ?? '')
              }
              aria-describedby="signature-hint"
              className="min-h-11 w-full max-w-sm rounded-md border border-ink bg-white px-2"
            />
          </div>
          <Button>Send my answers</Button>
        </form>
      )}
      <form action={declineRatingAction} className="space-y-2 border-t border-line pt-6">
        <input type="hidden" name="token" value={token} />
        <h2 className="text-xl font-bold">Rather not answer?</h2>
        <p>That is fine. They will see only that you declined.</p>
        <Button variant="secondary">I’d rather not answer</Button>
      </form>
    </div>
  )
}
