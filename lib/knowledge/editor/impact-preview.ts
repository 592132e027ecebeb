import type { Admin } from '@/lib/admin/admin-session'
import { type LexiconImpact, lexiconChanged, lexiconImpact } from '@/lib/engine/listings/lexicon-impact'
import { parseContent } from '@/lib/knowledge/load'
import { personaAnswerSets, REFERENCE_PERSONAS } from '@/lib/knowledge/reference-personas'
import { loadDraftView } from '@/lib/knowledge/store/content-admin'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { type AnswerSet, type ImpactReport, previewImpact } from '@/lib/knowledge/store/impact'
import { newestPlanAnswers } from '@/lib/knowledge/store/plan-sample-repo'
import { draftProblems, type Problem } from '@/lib/knowledge/store/problems'
import { tunedListingCorpus } from './listing-corpus'

// The impact preview for the draft: the reference personas and the newest stored plans' answers, under the
// published release and under the draft.

export const DEFAULT_SAMPLE = 200
export const MAX_SAMPLE = 500

/** A lexicon change read on the hand-tagged listings; 'no-corpus' when they are not on this server. */
export type ListingImpact = LexiconImpact | 'no-corpus' | null

export type ImpactPreview =
  | {
      ok: true
      report: ImpactReport
      personas: number
      plans: number
      releaseNumber: number
      /** Null when the draft does not change how listings are read. */
      listings: ListingImpact
    }
  | { ok: false; reason: 'no-draft' }
  | { ok: false; reason: 'problems'; problems: Problem[] }

export async function impactOfDraft(admin: Admin, sample: number): Promise<ImpactPreview> {
  const view = await loadDraftView(admin)
  if (!view) return { ok: false, reason: 'no-draft' }
  // The engine is only defined on content that passes every check; a broken draft is fixed first.
  const problems = draftProblems(view.raw)
  if (problems.length > 0) return { ok: false, reason: 'problems', problems }
  const draft = parseContent(view.raw)
  const published = await currentContent()
  const plans = await newestPlanAnswers(Math.min(Math.max(sample, 0), MAX_SAMPLE))
  const sets: AnswerSet[] = [
    ...personaAnswerSets(),
    ...plans.map((p) => ({
      id: p.id.slice(0, 8),
      label: `Plan made ${p.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (${p.id.slice(0, 8)})`,
      kind: 'plan' as const,
      answers: p.answers,
    })),
  ]
  const corpus = lexiconChanged(published.content, draft) ? tunedListingCorpus() : undefined
  return {
    ok: true,
    listings:
      corpus === undefined ? null : corpus === null ? 'no-corpus' : lexiconImpact(published.content, draft, corpus),
    report: previewImpact(published.content, draft, sets),
    personas: REFERENCE_PERSONAS.length,
    plans: plans.length,
    releaseNumber: view.published.number,
  }
}
