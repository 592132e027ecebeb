import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { AssessmentResultSchema } from '@/lib/scoring/result-schema'
import { scoreAssessment } from '@/lib/scoring/score'
import { personaAnswers } from '@/tests/fixtures/answers-arbitrary'

const content = loadContent()
const base = await personaAnswers('backend-with-pms')
const score = (changes: Answers = {}) => scoreAssessment(content, { ...base, ...changes })
const skill = (r: ReturnType<typeof score>, id: string) => {
  const s = r.skills.find((x) => x.skillId === id)
  if (!s) throw new Error(`no skill ${id}`)
  return s
}
const ratings = (level: string): Answers =>
  Object.fromEntries(content.questions.filter((q) => q.category === 'anchored').map((q) => [q.id, level]))

describe('scoreAssessment', () => {
  it('returns a strict, self-contained result that parses with its own schema', () => {
    const r = score()
    expect(AssessmentResultSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(JSON.parse(JSON.stringify(r)))
    expect(r.skills).toHaveLength(content.skills.length)
    for (const s of r.skills) expect(s.sources.length).toBeGreaterThan(0)
    expect(r.sources.map((s) => s.publisher)).toContain('Product School')
  })

  it('explains a skill by the answers that moved it, in words from the content', () => {
    const r = score({ 'engineering-work': ['postmortem'] })
    const c = skill(r, 'problem-diagnosis').contributions.find((x) => x.questionId === 'engineering-work')
    expect(c?.reason).toBe(
      'Your postmortems are problem-diagnosis evidence: finding root causes is what PMs do with product issues.',
    )
    expect(c?.answer).toBe('Led or written a postmortem after an incident')
    expect(c?.delta).toBeGreaterThan(0)
  })

  it.each([
    ['customer-contact', 'never', 'weekly', 'customer-discovery'],
    ['how-money', 'not-sure', 'discussed', 'business-acumen'],
    ['present-outside', 'none', 'many', 'storytelling'],
    ['changed-plans', 'never', 'often', 'influence-without-authority'],
    ['urgent-request', 'build-it', 'ask-why', 'customer-discovery'],
    ['vague-direction', 'wait', 'test-assumptions', 'comfort-with-ambiguity'],
  ])('%s: answering %s rather than %s raises %s by a visible amount', (q, worse, better, id) => {
    const low = skill(score({ [q]: worse }), id).score
    const high = skill(score({ [q]: better }), id).score
    expect(high - low).toBeGreaterThanOrEqual(10)
  })

  it('counts evidence double a self-rating', () => {
    const evidence = skill(score({ 'customer-contact': 'weekly' }), 'customer-discovery').contributions.find(
      (c) => c.questionId === 'customer-contact',
    )
    const self = skill(score({ 'rate-customer-discovery': 'level-5' }), 'customer-discovery').contributions.find(
      (c) => c.questionId === 'rate-customer-discovery',
    )
    // Both answers carry weight 3 in the content; evidence is multiplied by 2, self-ratings by 1.
    expect(evidence?.delta).toBeCloseTo(2 * (self?.delta ?? 0), 0)
  })

  it('flags flat self-ratings and cites the U.S. Labor Department’s Skills Matcher', () => {
    const flat = score(ratings('level-4'))
    const flag = flat.flags.find((f) => f.kind === 'flat-ratings')
    expect(flag?.message).toMatch(/most or all skills at one level/)
    expect(flag?.sources[0]?.publisher).toMatch(/U\.S\. Department of Labor/)
    expect(flat.reliability.improveBy.some((x) => /Rate each skill on its own/.test(x))).toBe(true)
    // Flat ratings lower confidence everywhere.
    expect(skill(flat, 'business-acumen').confidence.value).toBeLessThan(
      skill(score(), 'business-acumen').confidence.value,
    )
    expect(score().flags.some((f) => f.kind === 'flat-ratings')).toBe(false)
  })

  it('flags over-confidence where a self-rating outruns the evidence, and not where it matches', () => {
    const over = score({
      'rate-customer-discovery': 'level-5',
      'customer-contact': 'never',
      'urgent-request': 'build-it',
    })
    expect(over.flags.find((f) => f.kind === 'over-confidence')?.skillId).toBe('customer-discovery')
    const earned = score({
      'rate-customer-discovery': 'level-5',
      'customer-contact': 'weekly',
      'urgent-request': 'ask-why',
    })
    expect(earned.flags.some((f) => f.kind === 'over-confidence' && f.skillId === 'customer-discovery')).toBe(false)
  })

  it('says "not for you" when the draw is pay and title alone, "not now" for mixed motives, and "go" otherwise', () => {
    expect(score().verdict.kind).toBe('go')
    const status = score({
      'draws-you': ['pay', 'title'],
      'best-day': 'promotion',
      'pay-dip': 'no',
      'no-code-week': 'fine',
    })
    expect(status.verdict.kind).toBe('not-for-you')
    expect(status.verdict.why.join(' ')).toMatch(/short term/)
    const mixed = score({ 'no-code-week': 'dread', 'best-day': 'hard-problem' })
    expect(mixed.verdict.kind).toBe('not-now')
    expect(mixed.verdict.headline).toMatch(/^Not yet/)
    // The summary points to the verdict but never repeats its sentence.
    for (const r of [status, mixed]) expect(r.headline).not.toContain(r.verdict.headline)
  })

  it('recommends moving first to a company with PMs when yours has none', () => {
    expect(score({ 'company-pms': 'no-agency' }).path.pathId).toBe('move-first')
    expect(score().path.pathId).toBe('internal-transfer')
    expect(
      score({ 'company-pms': 'not-employed', 'team-standing': 'not-employed', 'manager-knows': 'no-manager' }).path
        .pathId,
    ).toBe('external-move')
  })

  it('lengthens the window for few hours and a job move, and says why', () => {
    const r = score()
    const few = score({ 'hours-per-week': 2 })
    const moving = score({ 'company-pms': 'no-agency' })
    expect(few.window.minWeeks).toBeGreaterThan(r.window.minWeeks)
    expect(few.window.reasons.some((x) => x.effect === 'longer' && /three hours a week/.test(x.text))).toBe(true)
    expect(moving.window.maxWeeks).toBeGreaterThan(r.window.maxWeeks)
    expect(moving.window.reasons.some((x) => /change jobs/.test(x.text))).toBe(true)
  })

  it('flags a hoped-for timeline shorter than the estimate', () => {
    const r = score({ 'target-timeline': 'within-3-months', 'hours-per-week': 2 })
    expect(r.flags.find((f) => f.kind === 'timeline')?.message).toMatch(/13 weeks/)
  })

  it('always states that the readout rests on self-report', () => {
    expect(score().reliability.note).toMatch(/rests entirely on your own answers/)
  })

  it('does not mutate its inputs and gives the same output for the same input', () => {
    const answers = structuredClone(base)
    const first = scoreAssessment(content, answers)
    expect(answers).toEqual(base)
    expect(scoreAssessment(content, structuredClone(base))).toEqual(first)
  })
})
