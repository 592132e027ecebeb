'use client'

import { useEffect, useRef } from 'react'
import type { FieldError } from '@/lib/engine/input/field-errors'

// GOV.UK's error summary: a list of links to each field in error, placed first on the page and focused, so screen
// readers announce it. The page redirects to #error-summary after a failed submit, so even without JavaScript the
// browser scrolls here and keyboard focus starts from it.
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null)
  const key = errors.map((e) => e.fieldId).join()
  useEffect(() => {
    if (key) ref.current?.focus()
  }, [key])
  if (errors.length === 0) return null
  return (
    <div
      ref={ref}
      id="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      className="mb-6 rounded-md border-4 border-bad bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold">
        There {errors.length === 1 ? 'is a problem' : `are ${errors.length} problems`}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} className="font-semibold text-bad">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
