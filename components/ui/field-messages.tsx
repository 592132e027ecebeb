/** Ids for a field's hint and error, and the aria-describedby that ties them to the control. */
export function fieldMessageIds(name: string, hint?: string, error?: string) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined }
}

/** The hint under a field's label, then its error (GOV.UK order: the error sits next to the field). */
export function FieldMessages({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const { hintId, errorId } = fieldMessageIds(name, hint, error)
  return (
    <>
      {hint ? (
        <p id={hintId} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-semibold text-bad">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  )
}
