import { ChoiceGroup } from '@/components/ui/choice-group'
import { NumberField } from '@/components/ui/number-field'
import type { RawValue } from '@/lib/assessment/form-input'
import type { Question } from '@/lib/content/schema'

export function QuestionField({ question, value, error }: { question: Question; value?: RawValue; error?: string }) {
  if (question.kind === 'number') {
    return (
      <NumberField
        name={question.id}
        label={question.prompt}
        hint={question.help}
        unit={question.unit}
        min={question.min}
        max={question.max}
        step={question.step}
        defaultValue={typeof value === 'string' ? value : undefined}
        error={error}
      />
    )
  }
  const selected = value === undefined ? [] : Array.isArray(value) ? value : [value]
  const hint =
    question.kind === 'multi' ? [question.help, 'Select all that apply.'].filter(Boolean).join(' ') : question.help
  return (
    <ChoiceGroup
      name={question.id}
      legend={question.prompt}
      hint={hint}
      multiple={question.kind === 'multi'}
      choices={question.options.map((o) => ({ value: o.id, label: o.label, hint: o.detail }))}
      selected={selected}
      error={error}
    />
  )
}
