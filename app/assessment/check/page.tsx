import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { connection } from 'next/server'
import { generatePlanAction } from '@/app/assessment/actions'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { currentRetakeView } from '@/lib/plans/retakes/retake-view'
import { formatDate } from '@/lib/plans/views/format'
import { readFlash } from '@/lib/platform/flash/flash'
import { answerLabel } from '@/lib/questionnaire/answer-labels'
import { currentDraft } from '@/lib/questionnaire/draft-session'
import { buildPlanButtonId } from '@/lib/questionnaire/sections'

export async function generateMetadata(): Promise<Metadata> {
  const failed = ((await readFlash('check'))?.errors.length ?? 0) > 0
  return { title: `${failed ? 'Error: ' : ''}Check your answers` }
}

export default async function CheckAnswersPage() {
  // Rendered per request: the questions come from the latest published release in the database.
  await connection()
  const { content } = await currentContent()
  const draft = await currentDraft()
  if (!draft) redirect('/assessment')
  const flash = await readFlash('check')
  // Errors link to the question on its own section page, where it can be fixed.
  const errors = (flash?.errors ?? []).map((e) => {
    const q = content.questions.find((x) => x.id === e.fieldId)
    return {
      fieldId: q ? `row-${q.id}` : e.fieldId === buildPlanButtonId ? buildPlanButtonId : 'answers',
      message: e.message,
    }
  })
  const missing = new Set(flash?.errors.map((e) => e.fieldId))
  const retake = await currentRetakeView(content, draft.answers)

  return (
    <div className="space-y-8">
      <ErrorSummary errors={errors} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Check your answers</h1>
        <p className="text-muted">Change anything that isn’t right. Your plan is built from exactly these answers.</p>
      </div>
      {retake ? (
        <p className="rounded-md border-l-8 border-accent bg-white p-4">
          You are retaking your assessment of {formatDate(retake.previousDate)}. Your answers from then are filled in:
          change any that are no longer true. The new plan joins the history behind the same private link, and you will
          see what moved and why.
        </p>
      ) : null}
      {content.sections.map((section) => (
        <section key={section.id} aria-labelledby={`h-${section.id}`} className="space-y-2">
          <h2 id={`h-${section.id}`} className="text-xl font-bold">
            {section.title}
          </h2>
          <dl className="divide-y divide-line border-y border-line">
            {content.questions
              .filter((q) => q.sectionId === section.id)
              .map((q) => {
                const label = answerLabel(q, draft.answers[q.id])
                return (
                  <div key={q.id} id={`row-${q.id}`} className="grid gap-1 py-3 sm:grid-cols-[2fr_2fr_auto] sm:gap-4">
                    <dt className="font-semibold">{q.shortLabel}</dt>
                    <dd className={missing.has(q.id) ? 'font-semibold text-bad' : ''}>
                      {label === null ? (
                        q.optional ? (
                          <span className="text-muted">No answer (optional)</span>
                        ) : (
                          'Not answered yet'
                        )
                      ) : Array.isArray(label) ? (
                        <ul className="list-disc pl-5">
                          {label.map((l) => (
                            <li key={l}>{l}</li>
                          ))}
                        </ul>
                      ) : (
                        label
                      )}
                      {retake?.notes.get(q.id) ? (
                        <p className="mt-1 text-sm text-good">{retake.notes.get(q.id)}</p>
                      ) : null}
                    </dd>
                    <dd>
                      <Link href={`/assessment/${section.id}?returnTo=check#q-${q.id}`}>
                        Change<span className="sr-only"> {q.shortLabel.toLowerCase()}</span>
                      </Link>
                    </dd>
                  </div>
                )
              })}
          </dl>
        </section>
      ))}
      <form action={generatePlanAction} className="space-y-3 border-t border-line pt-6">
        <h2 className="text-xl font-bold">Build my readout and plan</h2>
        <p className="text-muted">
          We store your answers with the readout and plan, behind a private link only you get. No name or email is asked
          for.
        </p>
        <Button id={buildPlanButtonId}>Build my plan</Button>
      </form>
    </div>
  )
}
