import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'

type Props = {
  id: string
  name: string
  label: string
  hint?: string
  error?: string
  defaultValue?: string
  type?: 'text' | 'email' | 'password'
  autoComplete?: string
  long?: boolean
  /** Lines a long field shows. */
  rows?: number
  inputMode?: 'numeric'
  width?: 'narrow' | 'full'
}

/** A labelled text box with its hint and error (GOV.UK order), for admin forms. */
export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  type = 'text',
  autoComplete,
  long,
  rows = 3,
  inputMode,
  width = 'full',
}: Props) {
  const { describedBy } = fieldMessageIds(id, hint, error)
  const box = `rounded-md border-2 bg-white px-3 py-2 ${error ? 'border-bad' : 'border-ink'} ${width === 'narrow' ? 'w-28' : 'w-full'}`
  return (
    <div className={`space-y-1 ${error ? 'border-l-4 border-bad pl-3' : ''}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldMessages name={id} hint={hint} error={error} />
      {long ? (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={box}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          spellCheck={type === 'text' ? undefined : false}
          defaultValue={defaultValue}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={box}
        />
      )}
    </div>
  )
}
