import type { Plan } from '@/lib/engine/plan/plan-schema'
import { FOLLOW_UP_LABEL, weekLabel } from '@/lib/engine/plan/plan-text'
import type { AssessmentResult, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { signedDelta } from '@/lib/plans/views/format'
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
} from '@/lib/plans/views/readout-view'
import { mdUrl, mdText as t } from '@/lib/platform/security/markdown-text'

/**
 * The readout and plan as Markdown, in the order of the page: for notes apps and chat, and what `npm run assess`
 * prints. With `weeksToShow`, the week list stops there (the steps are all listed either way). Every field from the
 * content or the answers goes through `t` (lib/platform/security/markdown-text.ts): it comes out as text, never as markup.
 */
export function renderMarkdown(
  r: AssessmentResult,
  plan: Plan,
  weeksToShow = Number.POSITIVE_INFINITY,
  replan: Replanned | null = null,
): string {
  const all = uniqueSources(r.sources, plan.sources)
  const cite = (ids: readonly string[]) => {
    const names = [...new Set(citations(ids, all).map((s) => t(s.publisher)))]
    return names.length > 0 ? ` _(${names.join('; ')})_` : ''
  }
  const out: string[] = []
  const line = (s = '') => out.push(s)
  const role = bestRole(r)
  line('# Your product management readout')
  line()
  // The answer first, as on the page: where you stand and the route, then the facts, the verdict on your reasons last.
  line(t(r.headline))
  line()
  line(`- **Readiness:** ${t(r.readiness.label)}. ${t(r.readiness.why)}`)
  line(`- **Best first role:** ${role ? t(role.name) : '—'}`)
  line(`- **Likely path:** ${t(r.path.name)}`)
  line(
    `- **Estimated window:** ${t(r.window.summary)}${replan ? ` ${t(windowDetail(r, plan, replan).split('. ')[0] ?? '')}.` : ''}`,
  )
  line(`- **${VERDICT_TERM}:** ${verdictLabels[r.verdict.kind]}. ${t(r.verdict.headline)}`)
  if (r.verdict.kind !== 'go') for (const w of r.verdict.why) line(`  - ${t(w)}`)
  line()
  if (r.flags.length > 0) {
    line('## Worth weighing honestly')
    for (const f of r.flags) line(`- **${t(f.title)}.** ${t(f.message)}${cite(f.sources)}`)
    line()
  }
  line('## What carries over')
  if (r.strengths.length === 0) line('No skill scored as a clear strength yet.')
  for (const s of r.strengths)
    line(`- **${t(s.name)} — ${s.score}${s.confidence === 'low' ? ' (tentative)' : ''}.** ${t(s.why)}`)
  line()
  line('## What to work on first')
  for (const g of r.gaps)
    line(`${g.rank}. **${t(g.name)} — ${g.score}${g.confidence === 'low' ? ' (tentative)' : ''}.** ${t(g.why)}`)
  line()
  line(`## Your route: ${t(r.path.name)}`)
  for (const w of r.path.why) line(`- ${t(w)}`)
  line()
  line('What sets the window:')
  // The starting point has no arrow: a list item's own bullet is enough.
  for (const w of r.window.reasons)
    line(`- ${w.effect === 'longer' ? '⬆ ' : w.effect === 'shorter' ? '⬇ ' : ''}${t(w.text)}`)
  line()
  line(`# Your plan: ${plan.totalWeeks} weeks, ${plan.totalHours} hours, at most ${plan.hoursPerWeek} a week`)
  for (const n of plan.notes) line(`- ${t(n)}`)
  line()
  line('## Milestones')
  for (const m of plan.milestones) line(`- Week ${m.week}: **${t(m.title)}.** ${t(m.doneWhen)}`)
  line()
  line('## Steps')
  for (const a of plan.actions) {
    line(`### ${t(a.title)} (${t(stepTiming(a))})`)
    line(t(a.whatToDo))
    line()
    line(`_Done when:_ ${t(a.doneWhen)}${a.why ? ` ${t(a.why)}` : ''}${cite(a.sources)}`)
    line()
  }
  line('## Week by week')
  const title = new Map(plan.actions.map((a) => [a.actionId, t(a.title)]))
  const runs = weekRuns(plan.weeks)
  for (const { from, to, week: w } of runs.filter((r) => r.from <= weeksToShow)) {
    const work = w.work.map((x) => `${title.get(x.actionId)} (${x.hours} h)`)
    const follow =
      w.followUps.length > 0 ? [`${FOLLOW_UP_LABEL}: ${w.followUps.map((x) => title.get(x.actionId)).join(', ')}`] : []
    const when = `${weekLabel({ week: from, toWeek: to })} · ${w.hours} h${to > from ? ' a week' : ''}`
    line(`- ${when}: ${[...work, ...follow].join('; ') || 'catch-up week'}`)
  }
  const lastWeek = runs.at(-1)?.to ?? 0
  if (lastWeek > weeksToShow) line(`- … ${lastWeek - weeksToShow} more weeks.`)
  line()
  line('## Why each skill scored as it did')
  for (const s of r.skills) {
    line(`### ${t(s.name)}: ${s.score} (confidence ${s.confidence.level})`)
    line(`Starts at ${s.start}.${s.cap ? ` Held at ${s.cap.atMost}: ${t(s.cap.reason)}` : ''}`)
    for (const c of s.contributions) {
      const answer = answerTo(r, c.questionId)
      line(`- ${signedDelta(c.delta)}: ${t(c.reason)}${answer ? ` (“${t(answer.answer)}”)` : ''}`)
    }
    line()
  }
  line('## Roles compared')
  for (const x of r.roles)
    line(
      `- **${t(x.name)}: ${x.score}**${x.open ? '' : ' (not open yet)'}${x.timing === 'later' ? ' (later move)' : ''} — ${t(x.why.join(' '))}`,
    )
  line()
  line(`**How far to trust this.** ${t(r.reliability.note)}`)
  for (const i of r.reliability.improveBy) line(`- ${t(i)}`)
  line()
  line('## Sources')
  for (const s of all as SourceCitation[]) {
    const url = mdUrl(s.url)
    line(`- ${t(s.title)} — ${t(s.publisher)}${url ? ` <${url}>` : ''}`)
  }
  return out.join('\n')
}
