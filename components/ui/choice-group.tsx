import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'
export type Choice = { value: string; label: string; hint?: string; exclusive?: boolean }

type Props = {
  name: string
  legend: string
  hint?: string
  choices: Choice[]
  multiple?: boolean
  selected: string[]
  error?: string
}

// One fieldset for radios (single answer) and checkboxes (several). The first input carries the field id so the
// error summary can link to it; the fieldset's hint and error are tied to it with aria-describedby. Each choice's own
// description has an id of its own (`<name>-<value>-hint`), never the fieldset hint's (`<name>-hint`). A choice that
// excludes the others ("None of these yet") is marked, so the form's script can clear the others when it is ticked
// (and clear it when another is); a live region says so. Without JavaScript the server refuses the mix instead.
export function ChoiceGroup({ name, legend, hint, choices, multiple = false, selected, error }: Props) {
  const { describedBy } = fieldMessageIds(name, hint, error)
  const hasExclusive = multiple && choices.some((c) => c.exclusive)
  return (
    <fieldset aria-describedby={describedBy} className={`space-y-3 ${error ? 'border-l-4 border-bad pl-4' : ''}`}>
      <legend className="text-lg font-semibold leading-snug">{legend}</legend>
      <FieldMessages name={name} hint={hint} error={error} />
      <div className="space-y-2">
        {choices.map((choice, index) => {
          const id = index === 0 ? name : `${name}-${choice.value}`
          const choiceHintId = choice.hint ? `${name}-${choice.value}-hint` : undefined
          return (
            <div key={choice.value} className="flex items-start gap-3 rounded-md border border-line bg-white p-3">
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
                aria-describedby={choiceHintId}
                data-exclusive={choice.exclusive ? '' : undefined}
                className="mt-1 size-5 shrink-0 accent-accent"
              />
              <label htmlFor={id} className="flex-1 cursor-pointer">
                <span className="block">{choice.label}</span>
                {choice.hint ? (
                  <span id={choiceHintId} className="block text-sm text-muted">
                    {choice.hint}
                  </span>
                ) : null}
              </label>
            </div>
          )
        })}
      </div>
      {hasExclusive ? <p role="status" className="sr-only" data-cleared-for={name} /> : null}
    </fieldset>
  )
}
