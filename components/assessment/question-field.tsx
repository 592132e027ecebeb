import { ChoiceGroup } from '@/components/ui/choice-group'
import { NumberField } from '@/components/ui/number-field'
import type { Question } from '@/lib/engine/content/schema'
import type { RawValue } from '@/lib/questionnaire/form-input'

/** One wording for "several answers allowed", used by the questions themselves; added only where they don't say it. */
export const SEVERAL = 'Tick all that apply.'

/** What a number answer may be, said before anyone gets it wrong: "A whole number from 0 to 40." */
export function numberHint(question: Question & { kind: 'number' }): string {
  const halves = 'step' in question && question.step === 0.5
  return halves
    ? `A number from ${question.min} to ${question.max}; halves are fine, such as 0.5.`
    : `A whole number from ${question.min} to ${question.max}.`
}

export function QuestionField({ question, value, error }: { question: Question; value?: RawValue; error?: string }) {
  if (question.kind === 'number') {
    return (
      <NumberField
        name={question.id}
        label={question.prompt}
        hint={[question.help, numberHint(question)].filter(Boolean).join(' ')}
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
  const saysSeveral = /all that apply/i.test(question.prompt)
  const hint =
    question.kind === 'multi' && !saysSeveral ? [question.help, SEVERAL].filter(Boolean).join(' ') : question.help
  return (
    <ChoiceGroup
      name={question.id}
      legend={question.prompt}
      hint={hint}
      multiple={question.kind === 'multi'}
      choices={question.options.map((o) => ({
        value: o.id,
        label: o.label,
        hint: o.detail,
        exclusive: question.kind === 'multi' && o.exclusive,
      }))}
      selected={selected}
      error={error}
    />
  )
}
