import type { Content, Signal } from '@/lib/engine/content/schema'
import { MOTIVATION } from '@/lib/engine/scoring/calibration'
import type { Chosen } from '@/lib/engine/scoring/chosen'
import type { Flag, Verdict } from '@/lib/engine/scoring/result-schema'

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
    'Deep technical work is the job many engineers love most, and a good reason to grow as an engineer instead.'
  const statusWhy =
    'Chasing the higher-paid title only works short term: early on engineers often earn a little more than associate PMs, and senior pay is similar.'

  // The verdict lists the answers behind a warning once; its caution (the last sentence of the headline) says what
  // it means, kindly, without listing them again. A warning the verdict carries gets no flag of its own: the person
  // would read the same reasons twice. Shadowing a PM is the articles' own low-cost way to see the job up close.
  const shadow =
    'Before you commit, shadow a PM for a day, or ask two PMs to walk you through a typical week, and notice whether the customer, data and people work gives you energy.'

  let verdict: Verdict
  let carried: Signal[] = []
  if (t.pull <= m.weakPull && (t['deep-tech'] >= m.deepTechWarning || t.status >= m.statusWarning)) {
    const deep = t['deep-tech'] >= m.deepTechWarning
    const why = deep ? [...deepTech, deepTechWhy] : [...status, statusWhy]
    carried = [deep ? 'deep-tech' : 'status']
    if (t.pull === 0)
      why.push(
        'None of the reasons the articles give for the move (the why, direct impact, being the bridge, growth) came through.',
      )
    verdict = {
      kind: 'not-for-you',
      label: 'Worth a second thought',
      caution: deep
        ? 'One thing to weigh first: your answers suggest hands-on technical work may suit you better than product work, which is a fine reason to stay an engineer; the plan’s first weeks are a cheap way to be sure.'
        : 'One thing to weigh first: your answers suggest the move appeals more for what it brings than for the work itself, and that rarely lasts; the plan’s first weeks are a cheap way to find out whether you would enjoy the work.',
      headline: 'Product management may not give you what you are looking for.',
      why: [...why, `${shadow} Or try the first weeks of the plan before you decide.`],
      sources: cite,
    }
  } else if (t['deep-tech'] >= m.deepTechStrong || t.status >= m.statusStrong || t.pull <= m.noPull) {
    const why: string[] = []
    if (t['deep-tech'] >= m.deepTechStrong) {
      why.push(...deepTech, deepTechWhy)
      carried.push('deep-tech')
    }
    if (t.status >= m.statusStrong) {
      why.push(...status, statusWhy)
      carried.push('status')
    }
    if (t.pull <= m.noPull)
      why.push(
        'Little of the pull the articles describe (wanting the why, direct impact, being the bridge) came through.',
      )
    if (pull.length > 0) why.push(`On the other hand: ${pull.join(' ')}`)
    verdict = {
      kind: 'not-now',
      label: 'Worth testing first',
      caution:
        'One thing to weigh first: your reasons for the move are mixed, so try the first weeks of the plan and decide at its checkpoint whether the work itself suits you.',
      headline: 'Not yet: test product work before you commit to the move.',
      why: [
        ...why,
        'Try the first weeks of the plan, then decide at the checkpoint whether the work itself energises you.',
      ],
      sources: cite,
    }
  } else {
    verdict = {
      kind: 'go',
      label: 'Your reasons fit',
      caution: null,
      headline: 'Your reasons match the ones that carry engineers through this move.',
      why: pull.length > 0 ? pull : ['Your motivation answers raise no warning signs.'],
      sources: cite,
    }
  }

  const flags: Flag[] = []
  if (t['deep-tech'] >= m.flagAt && !carried.includes('deep-tech'))
    flags.push({
      kind: 'motivation',
      severity: t['deep-tech'] >= m.deepTechWarning ? 'warning' : 'info',
      title: 'You may miss deep technical work',
      message: `Building things is what you enjoy most. ${shadow}`,
      sources: cite,
    })
  if (t.status >= m.flagAt && !carried.includes('status'))
    flags.push({
      kind: 'motivation',
      severity: t.status >= m.statusWarning ? 'warning' : 'info',
      title: 'Pay or title is part of the draw',
      message:
        'That is fine as one reason among others, but it will not carry you through work you do not enjoy. Ask two PMs to walk you through a typical week, and ask yourself whether you would want that week with no change in what you earn.',
      sources: cite,
    })
  return { verdict, flags }
}
