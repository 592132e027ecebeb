// Prints the readout and plan for one answers file as Markdown, so content authors can try a persona without the UI.
// Usage: npm run assess -- tests/fixtures/personas/backend-with-pms.json [--weeks N]
// The file holds either the answers object itself or { "answers": { … } }.
import { readFileSync } from 'node:fs'
import { validateAnswers } from '@/lib/content/answers'
import { contentVersion, loadContent } from '@/lib/content/load'
import type { Plan } from '@/lib/plan/plan-schema'
import { assess } from '@/lib/scoring/assess'
import type { AssessmentResult, SourceCitation } from '@/lib/scoring/result-schema'

const cite = (sources: SourceCitation[]) => (sources.length ? ` _(${sources.map((s) => s.publisher).join('; ')})_` : '')
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`)

export function renderMarkdown(r: AssessmentResult, plan: Plan, weeksToShow = Number.POSITIVE_INFINITY): string {
  const out: string[] = []
  const line = (s = '') => out.push(s)
  line('# Your product management readout')
  line()
  line(r.headline)
  line()
  line(`**Verdict:** ${r.verdict.headline}`)
  for (const w of r.verdict.why) line(`- ${w}`)
  line()
  line(`**Readiness:** ${r.readiness.label} — ${r.readiness.why}`)
  line()
  line(`**Estimated window:** ${r.window.summary}`)
  for (const w of r.window.reasons)
    line(`- ${w.effect === 'longer' ? '⬆' : w.effect === 'shorter' ? '⬇' : '•'} ${w.text}`)
  line()
  if (r.flags.length) {
    line('## Honest flags')
    for (const f of r.flags) line(`- **${f.title}** (${f.severity}): ${f.message}${cite(f.sources)}`)
    line()
  }
  line('## Strengths that carry over')
  for (const s of r.strengths) {
    line(`- **${s.name} — ${s.score}.** ${s.why}`)
    for (const e of s.evidence) line(`  - ${e}`)
  }
  line()
  line('## Gaps, most important first')
  for (const g of r.gaps) line(`${g.rank}. **${g.name} — ${g.score}** (importance ${g.importance}). ${g.why}`)
  line()
  line('## Role fit')
  for (const role of r.roles)
    line(`- **${role.name}: ${role.score}**${role.timing === 'later' ? ' (later move)' : ''} — ${role.why.join(' ')}`)
  line()
  line(`## Recommended path: ${r.path.name}`)
  line(r.path.summary)
  for (const w of r.path.why) line(`- ${w}`)
  for (const a of r.path.alternatives) line(`- _Alternative — ${a.name}:_ ${a.why}`)
  line()
  line('## Skill profile')
  line('| Skill | Score | Confidence | Self-rating | Evidence | Top reason |')
  line('|---|---|---|---|---|---|')
  for (const s of r.skills) {
    const top = s.contributions[0]
    line(
      `| ${s.name} | ${s.score} | ${s.confidence.level} | ${s.selfRatingScore ?? '–'} | ${s.evidenceScore ?? '–'} | ${top ? `${signed(top.delta)}: ${top.reason}` : '–'} |`,
    )
  }
  line()
  line(`**How reliable is this?** ${r.reliability.note}`)
  for (const i of r.reliability.improveBy) line(`- ${i}`)
  line()
  line(`# Your plan: ${plan.totalWeeks} weeks, ${plan.totalHours} hours, at most ${plan.hoursPerWeek} a week`)
  line(`Aiming at **${plan.roleName}** via **${plan.pathName.toLowerCase()}**.`)
  for (const n of plan.notes) line(`- ${n}`)
  line()
  const weeks = (p: Plan['phases'][number]) =>
    p.startWeek === p.endWeek ? `week ${p.startWeek}` : `weeks ${p.startWeek}–${p.endWeek}`
  line(`Phases: ${plan.phases.map((p) => `${p.title} (${weeks(p)})`).join(' → ')}`)
  line()
  for (const w of plan.weeks.slice(0, weeksToShow)) {
    line(`### Week ${w.week} · ${w.phaseTitle} · ${w.hours} h`)
    for (const it of w.items) {
      const part = it.parts > 1 ? ` (part ${it.part} of ${it.parts})` : ''
      const gaps = it.closesGaps.length ? ` Closes: ${it.closesGaps.map((g) => g.name).join(', ')}.` : ''
      line(
        `- **${it.title}**${part} — ${it.hours} h. ${it.part === 1 ? `${it.whatToDo} ` : ''}_Done when:_ ${it.doneWhen} ${it.why}${gaps}${cite(it.sources)}`,
      )
    }
    for (const m of w.milestones) line(`- 🏁 **${m.title}** — ${m.doneWhen}`)
  }
  if (plan.weeks.length > weeksToShow) line(`… ${plan.weeks.length - weeksToShow} more weeks.`)
  line()
  line('## Sources')
  for (const s of r.sources) line(`- ${s.title} — ${s.publisher}${s.url ? ` <${s.url}>` : ''}`)
  return out.join('\n')
}

function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith('--'))
  const weeksFlag = argv.indexOf('--weeks')
  const weeks = weeksFlag >= 0 ? Number(argv[weeksFlag + 1]) : Number.POSITIVE_INFINITY
  if (!file) {
    console.error('Usage: npm run assess -- <answers.json> [--weeks N]')
    process.exit(2)
  }
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const input = raw && typeof raw === 'object' && 'answers' in raw ? (raw as { answers: unknown }).answers : raw
  const content = loadContent()
  const checked = validateAnswers(content, input)
  if (!checked.ok) {
    console.error(`The answers in ${file} are not valid:`)
    for (const e of checked.errors) console.error(`- ${e.questionId || '(file)'}: ${e.message}`)
    process.exit(1)
  }
  const { result, plan } = assess(content, checked.answers)
  console.log(renderMarkdown(result, plan, weeks))
  console.log(`\n_Content version ${contentVersion(content)}._`)
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
