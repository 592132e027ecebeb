import type { Content, Signal } from '@/lib/content/schema'
import { MOTIVATION } from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import type { Flag, Verdict } from '@/lib/scoring/result-schema'

type Totals = Record<Signal, number>

/** Signal totals, and the rationale of every answer that carried each signal, in one pass. */
export function signalTotals(chosen: readonly Chosen[]): { t: Totals; said: Record<Signal, string[]> } {
  const t: Totals = { pull: 0, status: 0, 'deep-tech': 0 }
  const said: Record<Signal, string[]> = { pull: [], status: [], 'deep-tech': [] }
  for (const c of chosen) {
    let last: Signal | undefined
    for (const s of c.effects.signals) {
      t[s.signal] += s.weight
      if (s.signal !== last) said[s.signal].push(c.effects.rationale)
      last = s.signal
    }
  }
  return { t, said }
}

/**
 * "Go", "not now" or "not for you", from the motivation answers. The articles are plain that PM is not for every
 * engineer: loving deep technical work is a fine reason to stay, and chasing the title or pay only works short term.
 */
export function judgeMotivation(content: Content, chosen: readonly Chosen[]): { verdict: Verdict; flags: Flag[] } {
  const { t, said } = signalTotals(chosen)
  const m = MOTIVATION
  // Cite the articles behind the motivation questions.
  const cite = [...new Set(content.questions.filter((q) => q.category === 'motivation').flatMap((q) => q.sources))]
  const deepTech = said['deep-tech']
  const status = said.status
  const pull = said.pull
  const deepTechWhy =
    'Many engineers find that deep technical work is the job they love most; that is a good reason to grow as an engineer instead.'
  const statusWhy =
    'The articles warn that chasing the higher-paid title only works in the short term; at entry level engineers often earn slightly more than associate PMs, and senior pay is broadly similar.'

  // The verdict lists the answers behind each warning; the flags say what it means and how to test it cheaply, so
  // the two never repeat each other. Shadowing a PM is the articles' own low-cost way to see the job up close.
  const flags: Flag[] = []
  if (t['deep-tech'] >= 2)
    flags.push({
      kind: 'motivation',
      severity: t['deep-tech'] >= m.deepTechWarning ? 'warning' : 'info',
      title: 'You may miss deep technical work',
      message:
        'Some of your answers say that building things is what you enjoy most. Before you commit, shadow a PM for a day or two — or ask two PMs to walk you through a typical week — and notice whether the customer, data and people work gives you energy or leaves you missing code. If you miss it, you have learned something useful cheaply.',
      sources: cite,
    })
  if (t.status >= 2)
    flags.push({
      kind: 'motivation',
      severity: t.status >= m.statusWarning ? 'warning' : 'info',
      title: 'Pay or title is part of the draw',
      message:
        'Some of your answers point to pay or a bigger title as a reason to move. That is fine as one reason, but it will not carry you through the job if you do not enjoy the day-to-day work. Before you commit, shadow a PM for a day or two — or ask two PMs to walk you through a typical week — and ask yourself whether you would want that week at the pay and title you have now.',
      sources: cite,
    })

  let verdict: Verdict
  if (t.pull <= m.weakPull && (t['deep-tech'] >= m.deepTechWarning || t.status >= m.statusWarning)) {
    const why = t['deep-tech'] >= m.deepTechWarning ? [...deepTech, deepTechWhy] : [...status, statusWhy]
    if (t.pull === 0)
      why.push(
        'None of the reasons the articles give for this move — the why, direct impact, being the bridge, growth — came through in your answers.',
      )
    verdict = {
      kind: 'not-for-you',
      headline: 'Product management may not be the right move for you.',
      why: [
        ...why,
        'If you still want to find out, the first few weeks of the plan are a cheap way to test it before you commit.',
      ],
      sources: cite,
    }
  } else if (t['deep-tech'] >= m.deepTechStrong || t.status >= m.statusStrong || t.pull <= m.noPull) {
    const why: string[] = []
    if (t['deep-tech'] >= m.deepTechStrong) why.push(...deepTech, deepTechWhy)
    if (t.status >= m.statusStrong) why.push(...status, statusWhy)
    if (t.pull <= m.noPull)
      why.push(
        'Little of the pull the articles describe — wanting the why, direct impact, being the bridge — came through in your answers.',
      )
    if (pull.length > 0) why.push(`On the other hand: ${pull.join(' ')}`)
    verdict = {
      kind: 'not-now',
      headline: 'Not yet: test product work before you commit to the move.',
      why: [
        ...why,
        'Try the first few weeks of the plan, then decide at the checkpoint whether the work itself energises you.',
      ],
      sources: cite,
    }
  } else {
    verdict = {
      kind: 'go',
      headline: 'Your reasons match the ones that carry engineers through this move.',
      why: pull.length > 0 ? pull : ['Your motivation answers raise no warning signs.'],
      sources: cite,
    }
  }
  return { verdict, flags }
}
