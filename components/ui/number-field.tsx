import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'

type Props = {
  name: string
  label: string
  hint?: string
  unit?: string
  min: number
  max: number
  /** Decimals allowed (halves): the phone shows a keyboard with a decimal point. */
  decimal?: boolean
  defaultValue?: string
  error?: string
}

export function NumberField({ name, label, hint, unit, min, max, decimal = false, defaultValue, error }: Props) {
  const { describedBy } = fieldMessageIds(name, hint, error)
  return (
    <div className={`space-y-2 ${error ? 'border-l-4 border-bad pl-4' : ''}`}>
      <label htmlFor={name} className="block text-lg font-semibold leading-snug">
        {label}
      </label>
      <FieldMessages name={name} hint={hint} error={error} />
      <div className="flex items-center gap-2">
        {/* type=text + inputmode: type=number silently drops what it cannot parse, losing the user's input. */}
        <input
          id={name}
          name={name}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          defaultValue={defaultValue}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          data-min={min}
          data-max={max}
          className={`w-24 rounded-md border-2 bg-white px-3 py-2 text-lg ${error ? 'border-bad' : 'border-ink'}`}
        />
        {unit ? <span className="text-muted">{unit}</span> : null}
      </div>
    </div>
  )
}
