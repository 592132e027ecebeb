import type { Plan } from '@/lib/engine/plan/plan-schema'
import { moveStep } from '@/lib/engine/plan/weeks'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import { addDays, weekStart } from '@/lib/plans/progress/days'
import { weekSpan } from '@/lib/plans/views/format'
import type { PersonaSurfaces, Surface } from './surfaces'
import { elementHtml, escapeRegExp, htmlText, wordsOf } from './text'

// The checks the consistency suite runs over every rendered page and export of a persona. Each finds one kind of
// contradiction a reader would catch, and says whether it comes from the page (a component or export) or from the
// model (a sentence or number the engine wrote): the engine's own strings are searched for the offending text.

export const KINDS = {
  numbers: 'numbers that disagree',
  'outside-window': 'the apply/move milestone outside the window the headline states',
  'identical-weeks': 'a run of identical weeks',
  padding: 'a plan that runs on after its work ends',
  'repeated-phrase': 'a phrase of six or more words more than twice on a page',
  'headline-names': 'a skill the headline names missing from the list under it',
} as const
export type Kind = keyof typeof KINDS

export type Violation = {
  kind: Kind
  persona: string
  surface: string
  detail: string
  cause: 'page' | 'model'
}

type Ctx = { persona: string; surface: Surface; engine: EngineText; movePhaseId: string | undefined }

/** Every string the engine wrote for a readout and plan, for telling its sentences from the pages'. */
export type EngineText = { strings: string[]; lower: string }

export function engineText(...values: unknown[]): EngineText {
  const strings: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  values.forEach(walk)
  return { strings, lower: strings.join('\n').toLowerCase() }
}

const causeOf = (engine: EngineText, snippet: string): 'page' | 'model' =>
  engine.lower.includes(snippet.toLowerCase()) ? 'model' : 'page'

/** What a reader reads: a page's text, a calendar's lines unfolded and unescaped, Markdown as it is. */
function textOf(surface: Surface): string {
  if (surface.kind === 'page') return htmlText(surface.body)
  if (!surface.body.startsWith('BEGIN:VCALENDAR')) return surface.body
  return surface.body
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1')
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers: every figure a surface states about a skill, a role, the window, the hours, the plan's length and size,
// a step or a milestone equals the one the readout and plan hold.

// What may sit between a name and the figure that belongs to it: "· 36", ": 36", " — 36", " at 36", " (you: 36)".
const JOIN = String.raw`[ \t]*(?:·|:|—|–|-|\(you:|\(|at|scored)?[ \t]*`
// …and what must not follow, because then the figure is something else (a level, a share, a duration).
const NOT_A_SCORE = String.raw`(?![\d.,]*\s*(?:%|weeks?\b|hours?\b|h\b|of 5\b|items?\b|questions?\b|–|→))`

function numberViolations(ctx: Ctx): Violation[] {
  const { surface, engine } = ctx
  const { data } = surface
  const text = textOf(surface)
  const out: Violation[] = []
  const flag = (detail: string, snippet: string) =>
    out.push({ kind: 'numbers', persona: ctx.persona, surface: surface.name, detail, cause: causeOf(engine, snippet) })

  // The delta page states each skill as "before → after": both must match their readouts.
  let rest = text
  if (data.before) {
    for (const s of data.result.skills) {
      const was = data.before.skills.find((b) => b.skillId === s.skillId)
      const re = new RegExp(`${escapeRegExp(s.name)}: (\\d+|—) → (\\d+|—)`, 'gi')
      for (const m of rest.matchAll(re)) {
        if (was && m[1] !== String(was.score)) flag(`${s.name} before: ${m[1]} (readout ${was.score})`, m[0])
        if (m[2] !== String(s.score)) flag(`${s.name} after: ${m[2]} (readout ${s.score})`, m[0])
      }
      rest = rest.replace(re, ' ')
    }
  }

  for (const s of data.result.skills) {
    const re = new RegExp(
      `(?<![\\w-])${escapeRegExp(s.name)}(?![\\w-])${JOIN}(?<![+−\\d.])(\\d{1,3})(?![.,]?\\d)${NOT_A_SCORE}`,
      'gi',
    )
    for (const m of rest.matchAll(re))
      if (Number(m[1]) !== s.score) flag(`${s.name}: “${m[0]}” beside the readout's ${s.score}`, m[0])
  }
  // The skill chart: a label, then the figure beside its bar.
  for (const m of surface.body.matchAll(
    /<text[^>]*>([^<]+)<\/text>(?:<rect[^>]*\/>)*<text[^>]*class="n"[^>]*>(\d+)<\/text>/g,
  )) {
    const skill = data.result.skills.find((s) => s.name === m[1])
    if (skill && Number(m[2]) !== skill.score) flag(`${skill.name}: ${m[2]} on the chart beside ${skill.score}`, m[0])
  }
  // A part of a score quoted as a figure of its own: "you rated yourself 75 of 100", "your self-rating (75)".
  for (const m of rest.matchAll(
    /(?:rated yourself (\d{1,3}) of 100|self-rating \((\d{1,3})\)|what you['’]ve (?:actually )?done \((\d{1,3})\))/gi,
  ))
    flag(`a partial figure quoted as a score: “${m[0]}”`, m[0])

  // The mentor comparison's table: the "You" column is the owner's score for the skill.
  if (surface.name.startsWith('mentor')) {
    for (const row of surface.body.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
      const skill = data.result.skills.find((s) => htmlText(row).startsWith(s.name))
      const firstCell = /<td[^>]*>([\s\S]*?)<\/td>/.exec(row)?.[1]
      const figure = firstCell ? htmlText(firstCell).match(/^(\d{1,3})$/)?.[1] : undefined
      if (skill && figure !== undefined && Number(figure) !== skill.score)
        flag(`${skill.name}: “You ${figure}” beside the readout's ${skill.score}`, `You ${figure}`)
    }
  }

  // Role fit: "<role> · fit 76", "<role>: 76", and the readiness line's "skill fit 58".
  const best = data.result.roles.find((r) => r.roleId === data.result.bestRoleId)
  for (const r of data.result.roles) {
    const re = new RegExp(`${escapeRegExp(r.name)}(?: · fit |: \\*{0,2})(\\d{1,3})(?!\\d| →)`, 'g')
    for (const m of rest.matchAll(re))
      if (Number(m[1]) !== r.score) flag(`${r.name}: fit ${m[1]} beside ${r.score}`, m[0])
  }
  if (best)
    for (const m of rest.matchAll(/skill fit (\d{1,3})/g))
      if (Number(m[1]) !== best.score) flag(`“${m[0]}” beside the best role's fit ${best.score}`, m[0])

  // The window: every "A–B weeks" that is an estimate (not an adjustment "+4–12 weeks", not a starting point the
  // same sentence says is adjusted) is the readout's window. The delta page's row holds before, then after.
  const windows = [...rest.matchAll(/(?<![+−-])\b(\d+)–(\d+) weeks/g)].filter((m) => {
    const sentence = rest.slice(Math.max(0, (m.index ?? 0) - 80), (m.index ?? 0) + 90)
    return !/adjust/.test(sentence.split(/[.\n]/).find((x) => x.includes(m[0])) ?? '')
  })
  const expected = data.before
    ? [data.before.window, data.result.window]
    : [data.result.window, ...(data.replanned ? [] : [])]
  for (const m of windows) {
    const said = `${m[1]}–${m[2]}`
    if (!expected.some((w) => `${w.minWeeks}–${w.maxWeeks}` === said))
      flag(`window “${said} weeks” beside ${expected.map((w) => `${w.minWeeks}–${w.maxWeeks}`).join(' / ')}`, m[0])
  }

  // Hours a week: the readout's and the plan's must be one figure, unless the page says which is from when.
  const hours = new Set([data.plan.hoursPerWeek])
  if (data.replanned && /estimate[^.\n]*re-plan/i.test(text)) hours.add(data.result.inputs.hoursPerWeek)
  for (const m of rest.matchAll(/\b(?:at|at up to|for|at most) (\d+) (?:hours? )?a week(?! of follow)/gi))
    if (!hours.has(Number(m[1]))) flag(`“${m[0]}” beside the plan's ${data.plan.hoursPerWeek} hours a week`, m[0])

  // The plan's length, size and steps.
  const plan = data.plan
  for (const m of rest.matchAll(
    /(?:Week \d+ of (\d+)|The plan runs (\d+) weeks?|Your plan: (\d+) weeks|plan’s (\d+) weeks ended)/g,
  )) {
    const said = Number(m[1] ?? m[2] ?? m[3] ?? m[4])
    if (said !== plan.totalWeeks) flag(`“${m[0]}” beside the plan's ${plan.totalWeeks} weeks`, m[0])
  }
  for (const m of rest.matchAll(/(?:(?<!About |\d)(\d+) hours in all|weeks, (\d+) hours,)/g)) {
    const said = Number(m[1] ?? m[2])
    if (said !== plan.totalHours) flag(`“${m[0]}” beside the plan's ${plan.totalHours} hours`, m[0])
  }
  const stepCounts = [
    ...[...rest.matchAll(/of (\d+) steps done/g)].map((m) => ({ m, n: data.madePlan.actions.length })),
    ...[...rest.matchAll(/(\d+) steps?, \d+ milestones?/g)].map((m) => ({ m, n: data.madePlan.actions.length })),
  ]
  for (const { m, n } of stepCounts) if (Number(m[1]) !== n) flag(`“${m[0]}” beside the plan's ${n} steps`, m[0])

  for (const a of plan.actions) {
    const title = escapeRegExp(a.title)
    const span = weekSpan(a.startWeek, a.endWeek)
    for (const m of rest.matchAll(new RegExp(`${title}\\s*(?:\\(|·)\\s*(weeks? \\d+(?:–\\d+)?)`, 'g')))
      if (m[1] !== span) flag(`${a.title}: “${m[1]}” beside ${span}`, m[0])
    for (const m of rest.matchAll(
      new RegExp(`${title}\\s*(?:\\(|·|\\n)\\s*weeks? [\\d–]+\\s*(?:,|·)\\s*(\\d+) (?:h|hours?)\\b`, 'g'),
    ))
      if (Number(m[1]) !== a.hours) flag(`${a.title}: ${m[1]} hours beside ${a.hours}`, m[0])
  }
  for (const ms of plan.milestones) {
    const title = escapeRegExp(ms.title)
    for (const m of rest.matchAll(new RegExp(`(?:Week (\\d+): \\**${title}|${title} \\(week (\\d+)\\))`, 'g'))) {
      const said = Number(m[1] ?? m[2])
      if (said !== ms.week) flag(`milestone “${ms.title}” in week ${said} beside week ${ms.week}`, m[0])
    }
  }

  if (surface.name.startsWith('calendar')) out.push(...calendarViolations(ctx))
  return out
}

/** The calendar: each step's event spans its weeks, says its hours; each milestone falls at the end of its week. */
function calendarViolations(ctx: Ctx): Violation[] {
  const { data } = ctx.surface
  const out: Violation[] = []
  const unfolded = ctx.surface.body.replace(/\r\n[ \t]/g, '')
  const events = unfolded.split('BEGIN:VEVENT').slice(1)
  const day = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`
  const field = (e: string, name: string) => new RegExp(`\\r\\n${name}[^:]*:([^\\r]*)`).exec(`\r\n${e}`)?.[1] ?? ''
  for (const e of events) {
    const summary = field(e, 'SUMMARY').replace(/\\,/g, ',').replace(/\\;/g, ';')
    const start = day(field(e, 'DTSTART'))
    const end = day(field(e, 'DTEND'))
    const step = data.plan.actions.find((a) => a.title === summary)
    const milestone = data.plan.milestones.find((m) => `Milestone: ${m.title}` === summary)
    const say = (detail: string) =>
      out.push({ kind: 'numbers', persona: ctx.persona, surface: ctx.surface.name, detail, cause: 'page' })
    if (step) {
      const from = weekStart(data.startsOn, step.startWeek)
      const to = addDays(weekStart(data.startsOn, step.endWeek), 7)
      if (start !== from || end !== to)
        say(`${step.title}: ${start} to ${end} beside weeks ${step.startWeek}–${step.endWeek}`)
      const hours = /About (\d+) hours?/.exec(field(e, 'DESCRIPTION'))?.[1]
      if (hours && Number(hours) !== step.hours) say(`${step.title}: about ${hours} hours beside ${step.hours}`)
    }
    if (milestone && start !== addDays(weekStart(data.startsOn, milestone.week), 6))
      say(`milestone ${milestone.title} on ${start} beside week ${milestone.week}`)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// The plan against its window, and padding.

/**
 * The milestone that says the move is under way: the one holding the plan's move step, as the engine finds it
 * (moveStep: the last content phase's ongoing step). It used to be the milestone of the last phase the plan shows,
 * but a plan whose weeks all fall under an earlier phase (a week belongs to the earliest phase it has work in) then
 * offered "PMs who know your goal" as the move: no reader takes that milestone for the move, so it was a false
 * finding. The last milestone stands in when no milestone holds the move step.
 */
export function moveMilestone(plan: Plan, movePhaseId: string | undefined) {
  const move = moveStep(plan, movePhaseId)
  return (
    (move && plan.milestones.find((m) => m.actionIds.includes(move.actionId))) ??
    [...plan.milestones].sort((a, b) => a.week - b.week).at(-1) ??
    null
  )
}

function windowViolations(ctx: Ctx): Violation[] {
  const { data } = ctx.surface
  if (ctx.surface.kind !== 'page' || data.before !== undefined) return []
  const m = moveMilestone(data.plan, ctx.movePhaseId)
  const w = data.result.window
  if (!m || (m.week >= w.minWeeks && m.week <= w.maxWeeks)) return []
  return [
    {
      kind: 'outside-window',
      persona: ctx.persona,
      surface: ctx.surface.name,
      detail: `“${m.title}” in week ${m.week}, window ${w.minWeeks}–${w.maxWeeks} weeks`,
      cause: 'model',
    },
  ]
}

/**
 * Weeks after the last week of main work that hold only follow-ups: a plan should end when its work ends (an ongoing
 * step is said once, with its pace and end). A stored run of weeks (`toWeek`) counts as the weeks it stands for.
 */
function paddingViolations(ctx: Ctx): Violation[] {
  const { plan } = ctx.surface.data
  if (ctx.surface.name !== 'owner page' && ctx.surface.name !== 'owner page, re-planned') return []
  const last = (w: Plan['weeks'][number]) => ('toWeek' in w && typeof w.toWeek === 'number' ? w.toWeek : w.week)
  const lastWork = Math.max(0, ...plan.weeks.filter((w) => w.work.length > 0).map(last))
  const after = Math.max(0, ...plan.weeks.map(last)) - lastWork
  return after > 2
    ? [
        {
          kind: 'padding',
          persona: ctx.persona,
          surface: ctx.surface.name,
          detail: `${after} weeks of follow-up alone after the work ends in week ${lastWork}`,
          cause: 'model',
        },
      ]
    : []
}

/** Three or more week lines in a row that read the same, on a page or in the Markdown. */
function identicalWeekViolations(ctx: Ctx): Violation[] {
  const { surface } = ctx
  const lines =
    surface.kind === 'page'
      ? [...surface.body.matchAll(/<li[^>]*id="weeks?-[\d-]+"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => htmlText(m[1] ?? ''))
      : surface.body.split('\n').filter((l) => /^- Weeks? \d/.test(l))
  const out: Violation[] = []
  let run = 1
  const strip = (l: string) => l.replace(/^-?\s*Weeks? [\d–]+/, '')
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && strip(lines[i] ?? '') === strip(lines[i - 1] ?? '')) {
      run++
      continue
    }
    if (run >= 3)
      out.push({
        kind: 'identical-weeks',
        persona: ctx.persona,
        surface: surface.name,
        detail: `${run} identical weeks: “${strip(lines[i - 1] ?? '').slice(0, 80)}”`,
        cause: 'page',
      })
    run = 1
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Repetition: apart from the names of skills, roles, paths and steps, no phrase of six or more words appears more
// than twice on a page.

const PHRASE = 6

function namesOf(result: AssessmentResult, plan: Plan): string[] {
  return [
    ...result.skills.map((s) => s.name),
    ...result.roles.map((r) => r.name),
    result.path.name,
    ...result.path.alternatives.map((a) => a.name),
    plan.pathName,
    plan.roleName,
    ...plan.actions.map((a) => a.title),
    ...plan.alreadyDoing.map((a) => a.title),
    ...plan.leftOut.map((a) => a.title),
    ...plan.milestones.map((m) => m.title),
    ...plan.phases.map((p) => p.title),
    ...[...result.sources, ...plan.sources].flatMap((s) => [s.title, s.publisher]),
  ]
    .filter((n) => wordsOf(n).length > 0)
    .sort((a, b) => b.length - a.length)
}

/**
 * Runs of words between names, figures and block boundaries: the phrases a reader meets. A figure ends a phrase:
 * "more on 2 of 3" and "more on 1 of 2" are a table's vocabulary, not a sentence said again.
 */
function runsOf(text: string, names: string[]): string[][] {
  return text
    .replace(namePattern(names), '\n')
    .split('\n')
    .flatMap((block) =>
      wordsOf(block)
        .join(' ')
        .split(/\b\d[\d\w]*\b/),
    )
    .map((run) => run.split(' ').filter(Boolean))
    .filter((w) => w.length >= PHRASE)
}

// One pattern for every name (longest first, so a longer name wins over a name inside it), made once per list.
const namePatterns = new Map<string, RegExp>()
function namePattern(names: string[]): RegExp {
  const key = names.join('\u0000')
  const known = namePatterns.get(key)
  if (known) return known
  const re = new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join('|')})(?![\\w-])`, 'gi')
  namePatterns.set(key, re)
  return re
}

function shingles(runs: string[][]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const run of runs)
    for (let i = 0; i + PHRASE <= run.length; i++) {
      const key = run.slice(i, i + PHRASE).join(' ')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  return counts
}

// The engine's strings are the same for most surfaces of a persona: count their phrases once.
const engineShingleCache = new WeakMap<EngineText, Map<string, number>>()
function engineShingles(engine: EngineText, names: string[]): Map<string, number> {
  const cached = engineShingleCache.get(engine)
  if (cached) return cached
  const counts = shingles(runsOf(engine.strings.join('\n'), names))
  engineShingleCache.set(engine, counts)
  return counts
}

function repeatedPhraseViolations(ctx: Ctx, names: string[]): Violation[] {
  const { surface } = ctx
  if (surface.kind !== 'page') return []
  const runs = runsOf(htmlText(surface.body), names)
  const counts = shingles(runs)
  const engineCounts = engineShingles(ctx.engine, names)
  // Overlapping repeated shingles are one phrase: walk each run and join neighbours.
  const out: Violation[] = []
  const reported = new Set<string>()
  for (const run of runs) {
    let phrase: string[] = []
    let times = 0
    let fromEngine = true
    const close = () => {
      const key = phrase.join(' ')
      if (phrase.length > 0 && !reported.has(key)) {
        reported.add(key)
        out.push({
          kind: 'repeated-phrase',
          persona: ctx.persona,
          surface: surface.name,
          detail: `×${times}: “${key}”`,
          cause: fromEngine ? 'model' : 'page',
        })
      }
      phrase = []
      times = 0
      fromEngine = true
    }
    for (let i = 0; i + PHRASE <= run.length; i++) {
      const key = run.slice(i, i + PHRASE).join(' ')
      const n = counts.get(key) ?? 0
      if (n > 2) {
        phrase = phrase.length === 0 ? run.slice(i, i + PHRASE) : [...phrase, run[i + PHRASE - 1] ?? '']
        times = Math.max(times, n)
        // The engine wrote it at least as often as the page shows it: the template is the model's.
        if ((engineCounts.get(key) ?? 0) < 3) fromEngine = false
      } else close()
    }
    close()
  }
  // The same phrase reached from two runs is reported once; sub-phrases of a reported phrase are dropped.
  return out.filter(
    (v, _, all) =>
      !all.some(
        (o) =>
          o !== v && o.detail.length > v.detail.length && o.detail.includes(v.detail.split('“')[1]?.slice(0, -1) ?? ''),
      ),
  )
}

// ---------------------------------------------------------------------------------------------------------------
// The headline names the skills to lead with and to work on first: each must be in the list under it.

function headlineViolations(ctx: Ctx): Violation[] {
  const { surface } = ctx
  if (surface.kind !== 'page' || (!surface.name.startsWith('owner page') && surface.name !== 'share page')) return []
  const { result } = surface.data
  const out: Violation[] = []
  const lists: [RegExp, string, readonly { name: string }[]][] = [
    [/work first on ([^.;]+)/i, 'gaps-title', result.gaps],
    [/lead with ([^.;]+)/i, 'strengths-title', result.strengths],
  ]
  for (const [said, section, all] of lists) {
    const named = said.exec(result.headline)?.[1]
    if (!named) continue
    const shown = htmlText(elementHtml(surface.body, new RegExp(`<section[^>]*aria-labelledby="${section}"`)) ?? '')
    for (const skill of result.skills) {
      if (!new RegExp(`(?<![\\w-])${escapeRegExp(skill.name)}(?![\\w-])`, 'i').test(named)) continue
      if (shown.toLowerCase().includes(skill.name.toLowerCase())) continue
      out.push({
        kind: 'headline-names',
        persona: ctx.persona,
        surface: surface.name,
        detail: `the headline names ${skill.name}, missing under “${section === 'gaps-title' ? 'What to work on first' : 'What carries over'}”`,
        cause: all.some((x) => x.name === skill.name) ? 'page' : 'model',
      })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------

export function checkPersona(rendered: PersonaSurfaces): Violation[] {
  const out: Violation[] = []
  const engines = new Map<unknown, EngineText>()
  for (const surface of rendered.surfaces) {
    const { result, plan, before } = surface.data
    const key = `${rendered.surfaces.findIndex((s) => s.data.result === result && s.data.plan === plan && s.data.before === before)}`
    const engine = engines.get(key) ?? engineText(result, plan, before ?? null, rendered.result, rendered.plan)
    engines.set(key, engine)
    const ctx: Ctx = { persona: rendered.persona, surface, engine, movePhaseId: rendered.movePhaseId }
    out.push(
      ...numberViolations(ctx),
      ...windowViolations(ctx),
      ...paddingViolations(ctx),
      ...identicalWeekViolations(ctx),
      ...repeatedPhraseViolations(ctx, namesOf(result, plan)),
      ...headlineViolations(ctx),
    )
  }
  return out
}

/** Counts per kind and cause, for the script and the test's messages. */
export function tally(violations: readonly Violation[]) {
  const rows = Object.keys(KINDS).map((kind) => {
    const of = violations.filter((v) => v.kind === kind)
    return {
      kind: kind as Kind,
      page: of.filter((v) => v.cause === 'page').length,
      model: of.filter((v) => v.cause === 'model').length,
    }
  })
  return rows
}
