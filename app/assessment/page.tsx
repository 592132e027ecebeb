import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { startOverAction } from '@/app/assessment/actions'
import { Button } from '@/components/ui/button'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { findPlanByOwnerToken } from '@/lib/plans/store/plan-repo'
import { currentDraft } from '@/lib/questionnaire/draft-session'
import { madePlanToken } from '@/lib/questionnaire/made-plan-session'
import { firstIncompleteSection } from '@/lib/questionnaire/sections'

export const metadata: Metadata = { title: 'The assessment' }

export default async function AssessmentStartPage() {
  // Rendered per request: the questions come from the latest published release in the database.
  await connection()
  const { content } = await currentContent()
  const draft = await currentDraft()
  const answered = draft?.answers ?? {}
  const started = Object.keys(answered).length > 0
  const next = firstIncompleteSection(content, answered)
  const continueHref = next ? `/assessment/${next.id}` : '/assessment/check'
  const totalMinutes = content.sections.reduce((sum, s) => sum + s.estimatedMinutes, 0)
  // Back from a plan just built lands here, with the answers gone into the plan: link to it while this browser
  // remembers it (and only while it still exists).
  const made = await madePlanToken()
  const madePlan = made && (await findPlanByOwnerToken(made)) ? made : null

  return (
    <div className="space-y-6">
      {madePlan ? (
        <section aria-labelledby="made-title" className="space-y-2 rounded-lg border-2 border-good bg-white p-4">
          <h2 id="made-title" className="text-lg font-bold">
            Your plan is ready
          </h2>
          <p>
            You built a plan in this browser a moment ago; your answers are in it now.{' '}
            <Link href={`/plan/${madePlan}`} className="font-semibold">
              Open your plan
            </Link>
            . Its address is the only way back to it: bookmark it there.
          </p>
        </section>
      ) : null}
      <h1 className="text-2xl font-bold sm:text-3xl">{started ? 'Welcome back' : 'The assessment'}</h1>
      <p>
        {content.questions.length} questions in {content.sections.length} short sections, about {totalMinutes} minutes
        in all. Your answers are saved as you go, so you can stop and come back in this browser. You can check and
        change every answer before we build your plan.
      </p>
      <ol className="space-y-2">
        {content.sections.map((s, i) => {
          const questions = content.questions.filter((q) => q.sectionId === s.id)
          const done = questions.filter((q) => answered[q.id] !== undefined).length
          return (
            <li
              key={s.id}
              className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-line bg-white p-3"
            >
              <span>
                <span className="text-muted">{i + 1}. </span>
                {started ? (
                  <Link href={`/assessment/${s.id}`}>{s.title}</Link>
                ) : (
                  <span className="font-semibold">{s.title}</span>
                )}
              </span>
              <span className="text-sm text-muted">
                {started ? `${done} of ${questions.length} answered` : `about ${s.estimatedMinutes} min`}
              </span>
            </li>
          )
        })}
      </ol>
      <p>
        <Link
          href={started ? continueHref : `/assessment/${content.sections[0]?.id ?? ''}`}
          className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-white no-underline hover:bg-accent-dark hover:text-white"
        >
          {started ? (next ? 'Continue where you left off' : 'Check your answers') : 'Start'}
        </Link>
      </p>
      {started ? (
        <form action={startOverAction} className="border-t border-line pt-6">
          <h2 className="text-lg font-semibold">Start over</h2>
          <p className="mb-3 text-muted">
            This clears every answer saved in this browser. Plans you already made are kept.
          </p>
          <Button variant="secondary">Clear my answers and start again</Button>
        </form>
      ) : null}
    </div>
  )
}
