import type { Plan } from '@/lib/plan/plan-schema'
import { signedDelta } from '@/lib/plan-views/format'
import {
  answerTo,
  bestRole,
  citations,
  type Replanned,
  stepTiming,
  uniqueSources,
  VERDICT_TERM,
  verdictLabels,
  weekRuns,
  windowDetail,
} from '@/lib/plan-views/readout-view'
import type { AssessmentResult, SourceCitation } from '@/lib/scoring/result-schema'

/**
 * The readout and plan as Markdown, in the order of the page: for notes apps and chat, and what `npm run assess`
 * prints. With `weeksToShow`, the week list stops there (the steps are all listed either way).
 */
export function renderMarkdown(
  r: AssessmentResult,
  plan: Plan,
  weeksToShow = Number.POSITIVE_INFINITY,
  replan: Replanned | null = null,
): string {
  const all = uniqueSources(r.sources, plan.sources)
  const cite = (ids: readonly string[]) => {
    const names = [...new Set(citations(ids, all).map((s) => s.publisher))]
    return names.length > 0 ? ` _(${names.join('; ')})_` : ''
  }
  const out: string[] = []
  const line = (s = '') => out.push(s)
  const role = bestRole(r)
  line('# Your product management readout')
  line()
  // The answer first, as on the page: where you stand and the route, then the facts, the verdict on your reasons last.
  line(r.headline)
  line()
  line(`- **Readiness:** ${r.readiness.label}. ${r.readiness.why}`)
  line(`- **Best first role:** ${role?.name ?? '—'}`)
  line(`- **Likely path:** ${r.path.name}`)
  line(
    `- **Estimated window:** ${r.window.summary}${replan ? ` ${windowDetail(r, plan, replan).split('. ')[0]}.` : ''}`,
  )
  line(`- **${VERDICT_TERM}:** ${verdictLabels[r.verdict.kind]}. ${r.verdict.headline}`)
  if (r.verdict.kind !== 'go') for (const w of r.verdict.why) line(`  - ${w}`)
  line()
  if (r.flags.length > 0) {
    line('## Worth weighing honestly')
    for (const f of r.flags) line(`- **${f.title}.** ${f.message}${cite(f.sources)}`)
    line()
  }
  line('## What carries over')
  if (r.strengths.length === 0) line('No skill scored as a clear strength yet.')
  for (const s of r.strengths)
    line(`- **${s.name} — ${s.score}${s.confidence === 'low' ? ' (tentative)' : ''}.** ${s.why}`)
  line()
  line('## What to work on first')
  for (const g of r.gaps)
    line(`${g.rank}. **${g.name} — ${g.score}${g.confidence === 'low' ? ' (tentative)' : ''}.** ${g.why}`)
  line()
  line(`## Your route: ${r.path.name}`)
  for (const w of r.path.why) line(`- ${w}`)
  line()
  line('What sets the window:')
  // The starting point has no arrow: a list item's own bullet is enough.
  for (const w of r.window.reasons)
    line(`- ${w.effect === 'longer' ? '⬆ ' : w.effect === 'shorter' ? '⬇ ' : ''}${w.text}`)
  line()
  line(`# Your plan: ${plan.totalWeeks} weeks, ${plan.totalHours} hours, at most ${plan.hoursPerWeek} a week`)
  for (const n of plan.notes) line(`- ${n}`)
  line()
  line('## Milestones')
  for (const m of plan.milestones) line(`- Week ${m.week}: **${m.title}.** ${m.doneWhen}`)
  line()
  line('## Steps')
  for (const a of plan.actions) {
    line(`### ${a.title} (${stepTiming(a)})`)
    line(a.whatToDo)
    line()
    line(`_Done when:_ ${a.doneWhen}${a.why ? ` ${a.why}` : ''}${cite(a.sources)}`)
    line()
  }
  line('## Week by week')
  const title = new Map(plan.actions.map((a) => [a.actionId, a.title]))
  const runs = weekRuns(plan.weeks)
  for (const { from, to, week: w } of runs.filter((r) => r.from <= weeksToShow)) {
    const work = w.work.map((x) => `${title.get(x.actionId)} (${x.hours} h)`)
    const follow =
      w.followUps.length > 0 ? [`follow-up: ${w.followUps.map((x) => title.get(x.actionId)).join(', ')}`] : []
    const when = from === to ? `Week ${from} · ${w.hours} h` : `Weeks ${from}–${to} · ${w.hours} h a week`
    line(`- ${when}: ${[...work, ...follow].join('; ') || 'catch-up week'}`)
  }
  const lastWeek = runs.at(-1)?.to ?? 0
  if (lastWeek > weeksToShow) line(`- … ${lastWeek - weeksToShow} more weeks.`)
  line()
  line('## Why each skill scored as it did')
  for (const s of r.skills) {
    line(`### ${s.name}: ${s.score} (confidence ${s.confidence.level})`)
    line(`Starts at ${s.start}.${s.cap ? ` Held at ${s.cap.atMost}: ${s.cap.reason}` : ''}`)
    for (const c of s.contributions) {
      const answer = answerTo(r, c.questionId)
      line(`- ${signedDelta(c.delta)}: ${c.reason}${answer ? ` (“${answer.answer}”)` : ''}`)
    }
    line()
  }
  line('## Roles compared')
  for (const x of r.roles)
    line(
      `- **${x.name}: ${x.score}**${x.open ? '' : ' (not open yet)'}${x.timing === 'later' ? ' (later move)' : ''} — ${x.why.join(' ')}`,
    )
  line()
  line(`**How far to trust this.** ${r.reliability.note}`)
  for (const i of r.reliability.improveBy) line(`- ${i}`)
  line()
  line('## Sources')
  for (const s of all as SourceCitation[]) line(`- ${s.title} — ${s.publisher}${s.url ? ` <${s.url}>` : ''}`)
  return out.join('\n')
}
