import { renderToStaticMarkup } from 'react-dom/server'
import { OwnerPage } from '@/components/plan/owner-page'
import { SharedPage } from '@/components/plan/shared-page'
import { DeltaView } from '@/components/progress/delta-view'
import { RaterComparison } from '@/components/progress/rater-comparison'
import { SkillDetails } from '@/components/results/skill-details'
import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { replanAll } from '@/lib/engine/plan/replan'
import { assess } from '@/lib/engine/scoring/assess'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import { planCalendar } from '@/lib/plans/exports/ics'
import { planMarkdown } from '@/lib/plans/exports/plan-markdown'
import { type PlanProgress, progressOf } from '@/lib/plans/progress/load-progress'
import type { ProgressEvent } from '@/lib/plans/progress/schema'
import { currentResult } from '@/lib/plans/progress/state'
import { compareWithRaters } from '@/lib/plans/raters/compare'
import { raterItems } from '@/lib/plans/raters/items'
import { computeDelta } from '@/lib/plans/retakes/delta'
import { withoutAnswers } from '@/lib/plans/views/stored-plan'

// Every page and export a person can reach for one set of answers, rendered as the app renders them: the owner page
// (fresh, and after re-planning at other hours), the read-only copy, the skills page, the mentor comparison, the
// delta page after a retake, the Markdown and the calendar. Pure: no database, no server; the pages' own components.

export const STARTS_ON = '2027-01-04'
const NOW = new Date('2027-01-05T12:00:00Z')
const TOKEN = 'T'.repeat(43)
const ORIGIN = 'https://howtowhy.test'
const noop = async () => {}

/** What a surface was rendered from: the readout, the plan it shows, and for the delta page the readout before. */
export type SurfaceData = {
  result: AssessmentResult
  plan: Plan
  /** Every step of the plan as made (progress counts these). */
  madePlan: Plan
  startsOn: string
  before?: AssessmentResult
  /** Set when the plan was re-planned at other hours than the readout's. */
  replanned?: { hoursPerWeek: number; day: string }
}

export type Surface = {
  name: string
  kind: 'page' | 'export'
  /** HTML for pages, plain text for exports. */
  body: string
  data: SurfaceData
}

export type PersonaSurfaces = {
  persona: string
  result: AssessmentResult
  plan: Plan
  /** The phase whose ongoing step is the move (the last of the content's phases), as the engine reads it. */
  movePhaseId: string | undefined
  surfaces: Surface[]
}

const html = (node: React.ReactElement) => renderToStaticMarkup(node)

function progressFor(plan: Plan, events: ProgressEvent[] = []): PlanProgress {
  return progressOf('plan-id', plan, STARTS_ON, events, NOW)
}

function ownerHtml(result: AssessmentResult, progress: PlanProgress, sequence = 1): string {
  return html(
    <OwnerPage
      token={TOKEN}
      origin={ORIGIN}
      view={{ createdAt: NOW, sequence, shareToken: 'S'.repeat(43), isShared: true }}
      result={result}
      progress={progress}
      isNew
      rotateAction={noop}
      revokeAction={noop}
      toggleActions={{ toggle: async () => ({ ok: false, message: 'not in this test' }), toggleForm: noop }}
    />,
  )
}

function calendarOf(progress: PlanProgress): string {
  return planCalendar({
    planId: progress.planId,
    startsOn: progress.state.startsOn,
    schedule: progress.schedule,
    allActions: progress.made.actions,
    state: progress.state,
    stamp: NOW,
  })
}

/** Other hours for a re-plan: more when there is room, fewer at the top of the range. */
export function otherHours(hours: number): number {
  return hours <= 20 ? hours + 4 : hours - 4
}

/** A retake: the same person a few weeks on, having talked with customers more and found more time. */
export function retakeAnswers(content: Content, answers: Answers): Answers {
  const next: Answers = { ...answers }
  const contact = content.questions.find((q) => q.id === 'customer-contact')
  if (contact?.kind === 'single') {
    const ids = contact.options.map((o) => o.id)
    const at = ids.indexOf(String(answers['customer-contact']))
    next['customer-contact'] = ids[Math.min(at + 1, ids.length - 1)] ?? ids[0] ?? ''
  }
  const hours = answers['hours-per-week']
  if (typeof hours === 'number') next['hours-per-week'] = Math.min(hours + 2, 40)
  return next
}

/** A mentor who saw one level more than the owner described on every item they could, and skipped the rest. */
function mentorAnswers(content: Content, answers: Answers): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of raterItems(content)) {
    const ids = item.options.map((o) => o.id)
    const at = ids.indexOf(String(answers[item.questionId]))
    if (at >= 0) out[item.questionId] = ids[Math.min(at + 1, ids.length - 1)] ?? ''
  }
  return out
}

export function renderSurfaces(content: Content, persona: string, answers: Answers): PersonaSurfaces {
  const { result, plan } = assess(content, answers)
  const progress = progressFor(plan)
  const base: SurfaceData = { result, plan, madePlan: plan, startsOn: STARTS_ON }
  const shared = withoutAnswers({ result, plan, createdAt: NOW }).result

  // Re-planned from the start day at other hours, nothing done yet, as the owner's re-plan stores it: the plan, and
  // the window and headline recomputed for it (the pages then show the readout as it stands, currentResult).
  const hours = otherHours(plan.hoursPerWeek)
  const again = replanAll(content, result, result.window, plan, { done: new Set(), hoursPerWeek: hours }, 0)
  const replanned = progressFor(plan, [
    {
      id: 1,
      at: NOW,
      kind: 'replanned',
      day: STARTS_ON,
      data: { hoursPerWeek: hours, plan: again.plan, window: again.window, headline: again.headline },
    },
  ])
  const replannedResult = currentResult(result, replanned.state)
  const replanData: SurfaceData = {
    ...base,
    result: replannedResult,
    plan: again.plan,
    replanned: { hoursPerWeek: hours, day: STARTS_ON },
  }

  // A retake a few weeks on: the delta page, and the new owner page.
  const retaken = retakeAnswers(content, answers)
  const after = assess(content, retaken)
  const delta = computeDelta(content, { result, answers }, { result: after.result, answers: retaken })
  const afterData: SurfaceData = { result: after.result, plan: after.plan, madePlan: after.plan, startsOn: STARTS_ON }

  const comparison = compareWithRaters(content, raterItems(content), answers, [
    { answers: mentorAnswers(content, answers), signature: null },
  ])

  const surfaces: Surface[] = [
    { name: 'owner page', kind: 'page', body: ownerHtml(result, progress), data: base },
    {
      name: 'share page',
      kind: 'page',
      body: html(<SharedPage token={TOKEN} result={shared} createdAt={NOW} progress={progress} />),
      data: { ...base, result: shared },
    },
    { name: 'skills page', kind: 'page', body: html(<SkillDetails result={result} showAnswers />), data: base },
    {
      name: 'shared skills page',
      kind: 'page',
      body: html(<SkillDetails result={shared} showAnswers={false} />),
      data: { ...base, result: shared },
    },
    {
      name: 'mentor comparison',
      kind: 'page',
      body: html(
        <RaterComparison comparison={comparison} scores={new Map(result.skills.map((s) => [s.skillId, s.score]))} />,
      ),
      data: base,
    },
    { name: 'Markdown', kind: 'export', body: planMarkdown(result, plan, progress), data: base },
    { name: 'calendar', kind: 'export', body: calendarOf(progress), data: base },
    { name: 'owner page, re-planned', kind: 'page', body: ownerHtml(replannedResult, replanned), data: replanData },
    {
      name: 'Markdown, re-planned',
      kind: 'export',
      body: planMarkdown(replannedResult, again.plan, replanned),
      data: replanData,
    },
    { name: 'calendar, re-planned', kind: 'export', body: calendarOf(replanned), data: replanData },
    {
      name: 'delta page',
      kind: 'page',
      body: html(<DeltaView delta={delta} sameModel exact raisedBy={new Map()} />),
      data: { ...afterData, before: result },
    },
    {
      name: 'owner page, retaken',
      kind: 'page',
      body: ownerHtml(after.result, progressFor(after.plan), 2),
      data: afterData,
    },
  ]
  return { persona, result, plan, movePhaseId: content.phases.at(-1)?.id, surfaces }
}
