'use client'

import { useMemo, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'
import type { FieldError } from '@/lib/engine/input/field-errors'
import { checkStory, MAX_FIELD_CHARS, type StoryFields } from '@/lib/engine/stories/checklist'
import { STEP_DONE } from '@/lib/engine/stories/story-step'
import { StoryChecklist } from './story-checklist'

// A story draft in the four parts the articles recommend. Without JavaScript it is a plain form with a save button.
// With it, every change is saved a moment later (the status line says when, or why not) and the checklist follows
// the text as it is typed. Nothing typed is lost: a failed save keeps the text on the page, and the button saves again.

type AutosaveResult = { ok: true; savedAt: string; stepDone: boolean } | { ok: false; message: string }

const PARTS: { key: keyof StoryFields; label: string; hint: string }[] = [
  {
    key: 'problem',
    label: 'The problem, and who had it',
    hint: 'What wasn’t working, and for whom: which users, customers or team.',
  },
  { key: 'why', label: 'Why it mattered', hint: 'What it cost them, or the business.' },
  {
    key: 'actions',
    label: 'What you did — your part, not the team’s',
    hint: 'The decisions you made and the steps you took: “I proposed…”, “I talked to…”.',
  },
  {
    key: 'outcome',
    label: 'The outcome',
    hint: 'What changed because of it — with a number where there is one.',
  },
]

const AUTOSAVE_DELAY_MS = 1200
const time = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

export function StoryEditor({
  token,
  promptId,
  initial,
  errors,
  save,
  autosave,
}: {
  token: string
  promptId: string
  initial: StoryFields
  errors: readonly FieldError[]
  save: (form: FormData) => Promise<void>
  autosave: (form: FormData) => Promise<AutosaveResult>
}) {
  const [values, setValues] = useState<StoryFields>(initial)
  const [status, setStatus] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const formRef = useRef<HTMLFormElement>(null)
  const check = useMemo(() => checkStory(values), [values])
  const errorFor = (key: string) => errors.find((e) => e.fieldId === `story-${key}`)?.message
  const buttonError = errors.find((e) => e.fieldId === 'save-story')?.message

  const scheduleSave = () => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const form = formRef.current
      if (!form) return
      setStatus('Saving…')
      autosave(new FormData(form))
        .then((result) =>
          setStatus(
            !result.ok ? result.message : `Saved at ${time(result.savedAt)}.${result.stepDone ? ` ${STEP_DONE}` : ''}`,
          ),
        )
        .catch(() => setStatus('Not saved: the connection failed. Your text is still here; try the button.'))
    }, AUTOSAVE_DELAY_MS)
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <form ref={formRef} action={save} className="space-y-5">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="promptId" value={promptId} />
        {PARTS.map((part) => {
          const id = `story-${part.key}`
          const error = errorFor(part.key)
          const { describedBy } = fieldMessageIds(id, part.hint, error)
          return (
            <div key={part.key} className={`space-y-1 ${error ? 'border-l-4 border-bad pl-3' : ''}`}>
              <label htmlFor={id} className="block font-semibold">
                {part.label}
              </label>
              <FieldMessages name={id} hint={part.hint} error={error} />
              <textarea
                id={id}
                name={part.key}
                rows={4}
                value={values[part.key]}
                onChange={(event) => {
                  const value = event.currentTarget.value
                  setValues((v) => ({ ...v, [part.key]: value }))
                  scheduleSave()
                }}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                className="w-full rounded-md border-2 border-ink bg-white px-3 py-2"
              />
              <p className="sub text-right" aria-hidden="true">
                {`${values[part.key].length} / ${MAX_FIELD_CHARS.toLocaleString('en')}`}
              </p>
            </div>
          )
        })}
        {buttonError ? (
          <p id="save-story" className="font-semibold text-bad" tabIndex={-1}>
            <span className="sr-only">Error: </span>
            {buttonError}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <Button>Save this story</Button>
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {status}
          </p>
        </div>
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <StoryChecklist check={check} />
      </div>
    </div>
  )
}
