import type { Metadata } from 'next'
import Link from 'next/link'
import { autosaveSectionAction, saveSectionAction } from '@/app/assessment/actions'
import { AutosaveForm } from '@/components/assessment/autosave-form'
import { QuestionField } from '@/components/assessment/question-field'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { Progress } from '@/components/ui/progress'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { currentRetakeView } from '@/lib/plans/retakes/retake-view'
import { deadLink } from '@/lib/plans/views/dead-link'
import { readFlash } from '@/lib/platform/flash/flash'
import { currentDraft } from '@/lib/questionnaire/draft-session'
import { answerToRaw } from '@/lib/questionnaire/form-input'
import { saveButtonId, sectionStep } from '@/lib/questionnaire/sections'

type Props = { params: Promise<{ section: string }>; searchParams: Promise<Record<string, string | string[]>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = sectionStep((await currentContent()).content, (await params).section)
  if (!step) return { title: 'Page not found' }
  // GOV.UK pattern: a failed submit says so first in the title, which screen readers announce on load.
  const failed = ((await readFlash(step.section.id))?.errors.length ?? 0) > 0
  return { title: `${failed ? 'Error: ' : ''}${step.section.title} (section ${step.index + 1} of ${step.total})` }
}

export default async function SectionPage({ params, searchParams }: Props) {
  const { content } = await currentContent()
  const step = sectionStep(content, (await params).section)
  if (!step) deadLink('page')
  const returnTo = (await searchParams).returnTo === 'check' ? 'check' : undefined
  const [draft, flash] = await Promise.all([currentDraft(), readFlash(step.section.id)])
  const errors = flash?.errors ?? []
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  const valueFor = (id: string) => flash?.values[id] ?? answerToRaw(draft?.answers[id])
  // On a retake, an answer a finished step raised says so beside the question.
  const retake = draft ? await currentRetakeView(content, draft.answers) : null

  return (
    <div className="space-y-6">
      <Progress current={step.index + 1} total={step.total} minutesLeft={step.minutesLeft} />
      <ErrorSummary errors={errors} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{step.section.title}</h1>
        <p className="text-muted">{step.section.intro}</p>
      </div>
      <AutosaveForm action={saveSectionAction} autosave={autosaveSectionAction} className="space-y-8">
        <input type="hidden" name="sectionId" value={step.section.id} />
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        {step.questions.map((q) => (
          <div key={q.id} id={`q-${q.id}`} className="scroll-mt-4">
            <QuestionField question={q} value={valueFor(q.id)} error={errorFor(q.id)} />
            {retake?.notes.get(q.id) ? <p className="mt-2 text-sm text-good">{retake.notes.get(q.id)}</p> : null}
          </div>
        ))}
        <div className="flex flex-wrap items-center gap-4 border-t border-line pt-6">
          <Button id={saveButtonId} name="intent" value="continue">
            {returnTo || !step.next ? 'Save and check your answers' : 'Save and continue'}
          </Button>
          <Button name="intent" value="back" variant="secondary">
            Back
          </Button>
          <Link prefetch={false} href="/assessment" className="text-sm">
            All sections
          </Link>
        </div>
      </AutosaveForm>
    </div>
  )
}
