'use client'

import { useEffect, useState } from 'react'
import { formatDay } from '@/lib/plans/progress/days'
import type { ToggleResult } from '@/lib/plans/progress/progress-input'
import { useProgress } from './progress-store'

type Props = {
  token: string
  actionId: string
  title: string
  today: string
  returnTo: 'progress' | 'plan'
  /** A day the server rejected, to show again (no-JavaScript round trip). */
  error?: string
  /** Ask for the day it was done (the full list); the compact list marks it done today. */
  withDay?: boolean
}

// A plain form posting to the server action, so it works without JavaScript (post/redirect/get). Once the page has
// hydrated, the same form is sent by script instead: the change shows at once and is rolled back, with a message, if
// the save fails.
export function StepToggle({ token, actionId, title, today, returnTo, error, withDay = true }: Props) {
  const { done, setDone, actions } = useProgress()
  if (!actions) throw new Error('StepToggle: the page gives <ProgressProvider> no check-off actions')
  const { toggle, toggleForm } = actions
  const [scripted, setScripted] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  useEffect(() => setScripted(true), [])
  const doneOn = done.get(actionId)

  async function send(form: FormData) {
    const intent = form.get('intent') === 'undone' ? 'undone' : 'done'
    const before = done.get(actionId) ?? null
    const day = String(form.get('day') ?? '') || today
    setDone(actionId, intent === 'done' ? day : null)
    setMessage(null)
    form.set('via', 'js')
    let result: ToggleResult
    try {
      result = await toggle(form)
    } catch {
      result = { ok: false, message: 'We couldn’t save that: check your connection and try again.' }
    }
    if (result.ok) {
      setMessage({ kind: 'ok', text: result.done ? `Marked done on ${formatDay(result.day)}.` : 'Marked not done.' })
      return
    }
    setDone(actionId, before)
    setMessage({ kind: 'error', text: `${result.message} Nothing was changed.` })
  }

  const action = scripted ? send : toggleForm
  const hidden = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  )
  return (
    <div className="space-y-2">
      {doneOn ? (
        <form action={action} className="flex flex-wrap items-center gap-3">
          {hidden}
          <input type="hidden" name="intent" value="undone" />
          <span className="font-semibold text-good">
            <span aria-hidden="true">✓ </span>Done on {formatDay(doneOn)}
          </span>
          <button
            type="submit"
            className="min-h-11 rounded-md border border-ink bg-white px-3 py-1.5 text-sm font-semibold"
          >
            Undo<span className="sr-only"> “{title}”</span>
          </button>
        </form>
      ) : (
        <form action={action} className="flex flex-wrap items-end gap-3">
          {hidden}
          <input type="hidden" name="intent" value="done" />
          {withDay ? (
            <label className="text-sm">
              <span className="block font-semibold">Day done</span>
              <input
                type="date"
                name="day"
                id={`day-${actionId}`}
                defaultValue={today}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `day-${actionId}-error` : undefined}
                className="min-h-11 rounded-md border border-ink bg-white px-2"
              />
            </label>
          ) : null}
          <button
            type="submit"
            className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark"
          >
            {withDay ? 'Mark done' : 'Done today'}
            <span className="sr-only"> “{title}”</span>
          </button>
        </form>
      )}
      {error && !doneOn ? (
        <p id={`day-${actionId}-error`} className="font-semibold text-bad">
          {error}
        </p>
      ) : null}
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message?.kind === 'error' ? 'font-semibold text-bad' : 'text-sm text-muted'}
      >
        {message?.text ?? ''}
      </p>
    </div>
  )
}
