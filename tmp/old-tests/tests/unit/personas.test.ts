import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { assess } from '@/lib/scoring/assess'
import { personaAnswers } from '@/tests/fixtures/answers-arbitrary'

// Reference personas (tests/fixtures/personas/*.json). Every expectation cites the article it comes from:
//   [PS-SWE]  Product School, "The Transition from Software Engineer to Product Manager" (2025)
//   [ACP]     AICareerPivot, "From Software Engineer to Product Manager: Trading the How for the Why"
//   [EM]      engineeringmanagement.org, "How to Transition from Engineering to Product Management" (2025)
//   [DICE]    Dice, "Jumping Into Product Management"
//   [PS-ANY]  Product School, "How to Transition to Product Management From ANY Background" (2024)
//   [COS]     CareerOneStop (U.S. Department of Labor), "Skills Matcher Help"

const content = loadContent()
async function run(name: string) {
  const checked = validateAnswers(content, await personaAnswers(name))
  if (!checked.ok) throw new Error(`${name}: ${checked.errors.map((e) => e.message).join(' ')}`)
  const { result, plan } = assess(content, checked.answers)
  return {
    result,
    plan,
    gaps: result.gaps.map((g) => g.skillId),
    topGaps: result.gaps.slice(0, 5).map((g) => g.skillId),
  }
}
// [ACP] "Typical transition window: 3–9 months" = 13–39 weeks.
const TYPICAL = { min: 13, max: 39 }
const PERSONAS = [
  'backend-with-pms',
  'flat-overconfident',
  'frontend-agency',
  'ml-engineer-ai',
  'new-graduate',
  'salary-chaser',
  'sre-platform',
  'staff-deep-tech',
  'three-hours',
]

describe('personas', () => {
  it('backend engineer at a company with PMs', async () => {
    const { result, topGaps } = await run('backend-with-pms')
    // [ACP] technical PM and platform/API PM let you lead with your strength; technical PM is the first target.
    expect(result.bestRoleId).toBe('technical-pm')
    // [ACP] the lowest-risk path is an internal transfer where the team already trusts you; [PS-ANY] route 1.
    expect(result.path.pathId).toBe('internal-transfer')
    // [ACP] 3–9 months is typical; a solid engineer with PMs nearby sits inside it.
    expect(result.window.minWeeks).toBeGreaterThanOrEqual(TYPICAL.min)
    expect(result.window.maxWeeks).toBeLessThanOrEqual(TYPICAL.max)
    // [EM] engineers must build customer-focused thinking and stakeholder communication; [PS-SWE] storytelling.
    expect(topGaps).toEqual(expect.arrayContaining(['customer-discovery', 'stakeholder-communication', 'storytelling']))
    // [ACP] feasibility judgement and working with engineering carry over.
    expect(result.strengths.map((s) => s.skillId)).toEqual(
      expect.arrayContaining(['technical-feasibility', 'engineering-collaboration']),
    )
    expect(result.verdict.kind).toBe('go')
  })

  it('frontend developer at an agency without PMs', async () => {
    const { result, plan } = await run('frontend-agency')
    // [PS-ANY] without PMs at your company, move first to a role at a company that has them.
    expect(result.path.pathId).toBe('move-first')
    expect(plan.weeks.some((w) => w.items.some((i) => i.actionId === 'land-role-with-pms'))).toBe(true)
    // [ACP] lead with a technical PM role; consumer or growth PM come later, once you have product reps.
    expect(result.bestRoleId).toBe('technical-pm')
    expect(result.roles.find((r) => r.roleId === 'consumer-pm')?.timing).toBe('later')
    // [PS-ANY] a job move first, then an internal move: longer than the typical window.
    expect(result.window.maxWeeks).toBeGreaterThan(TYPICAL.max)
    // [EM] business acumen (markets, pricing) is a gap for engineers; this persona only roughly knows who pays.
    expect(result.gaps.map((g) => g.skillId)).toContain('business-acumen')
  })

  it('ML engineer drawn to AI products', async () => {
    const { result, topGaps } = await run('ml-engineer-ai')
    // [PS-ANY] an engineering background opens AI/ML product management, which needs more technical depth.
    expect(result.bestRoleId).toBe('ai-ml-pm')
    expect(result.path.pathId).toBe('internal-transfer')
    expect(result.strengths.map((s) => s.skillId)).toContain('data-fluency')
    // [PS-SWE] (Padma's story) the skills to learn were people and business: user needs and business impact.
    expect(topGaps).toEqual(expect.arrayContaining(['customer-discovery', 'business-acumen']))
    expect(result.window.maxWeeks).toBeLessThanOrEqual(TYPICAL.max)
  })

  it('SRE aiming at platform PM', async () => {
    const { result, topGaps } = await run('sre-platform')
    // [ACP] platform/API PM roles let you lead with your strength; systems thinking is the moat.
    expect(result.bestRoleId).toBe('platform-api-pm')
    expect(result.strengths.map((s) => s.skillId)).toContain('systems-thinking')
    // [DICE] your company has PMs and you have a reputation to draw on: move internally.
    expect(result.path.pathId).toBe('internal-transfer')
    // [EM] product strategy and roadmapping; [PS-SWE] customer interviews.
    expect(topGaps).toEqual(expect.arrayContaining(['product-strategy', 'customer-discovery']))
  })

  it('new graduate', async () => {
    const { result, topGaps } = await run('new-graduate')
    // [PS-ANY] fresh out of college, try an APM programme rather than going straight for a job.
    expect(result.bestRoleId).toBe('associate-pm')
    // [EM] apply to APM roles; no current employer, so the route is external.
    expect(result.path.pathId).toBe('external-move')
    // [DICE] without product experience you compete with people who have it: slower than typical.
    expect(result.window.minWeeks).toBeGreaterThan(TYPICAL.min)
    // [EM] business acumen and stakeholder communication are what engineers must add.
    expect(topGaps).toEqual(expect.arrayContaining(['business-acumen', 'stakeholder-communication']))
  })

  it('staff engineer who loves deep technical work', async () => {
    const { result, plan } = await run('staff-deep-tech')
    // [PS-SWE] not every developer should become a PM: deep technical creation is a dream job for many.
    expect(result.verdict.kind).toBe('not-for-you')
    expect(result.verdict.why.join(' ')).toMatch(/deep technical work/)
    const flag = result.flags.find((f) => f.kind === 'motivation')
    for (const reason of result.verdict.why) expect(flag?.message).not.toContain(reason)
    expect(flag?.message).toMatch(/shadow a PM/)
    // Still a readout and a cheap way to test it, with a checkpoint to decide.
    expect(plan.milestones.some((m) => m.id === 'decision-checkpoint')).toBe(true)
    expect(result.bestRoleId).toBe('technical-pm')
  })

  it('someone chasing salary only', async () => {
    const { result } = await run('salary-chaser')
    // [PS-SWE] chasing the title with the higher salary only works short term; entry-level engineers often earn more.
    expect(result.verdict.kind).toBe('not-for-you')
    expect(result.flags.some((f) => f.kind === 'motivation' && f.severity === 'warning')).toBe(true)
    expect(result.verdict.headline).toMatch(/may not be the right move/)
    // The summary and the verdict complement each other: the summary points to the verdict without repeating it,
    // and still says where the person stands on skills.
    expect(result.headline).not.toContain(result.verdict.headline)
    expect(result.headline).toMatch(/weigh the verdict/)
    expect(result.headline).toMatch(/technical product manager/)
    // The flag says what it means and what to do ([PS-SWE]: shadow a PM), not the verdict's reasons again.
    const flag = result.flags.find((f) => f.kind === 'motivation')
    for (const reason of result.verdict.why) expect(flag?.message).not.toContain(reason)
    expect(flag?.message).toMatch(/shadow a PM/)
  })

  it('someone with three hours a week', async () => {
    const { result, plan } = await run('three-hours')
    const full = await run('backend-with-pms')
    // Same person as the backend persona but 3 hours a week: the plan never asks for more, and takes longer.
    expect(Math.max(...plan.weeks.map((w) => w.hours))).toBeLessThanOrEqual(3)
    expect(result.window.minWeeks).toBeGreaterThan(full.result.window.minWeeks)
    expect(plan.totalWeeks).toBeGreaterThan(full.plan.totalWeeks)
    expect(result.window.reasons.some((r) => r.effect === 'longer' && /three hours/.test(r.text))).toBe(true)
    // [ACP] the same role and path as with more hours: hours change the pace, not the destination.
    expect(result.bestRoleId).toBe('technical-pm')
    expect(result.path.pathId).toBe('internal-transfer')
  })

  it('engineer who rated every skill at the top', async () => {
    const { result } = await run('flat-overconfident')
    // [COS] rating most or all skills at the same level makes matches unreliable.
    expect(result.flags.some((f) => f.kind === 'flat-ratings')).toBe(true)
    // Self-ratings outrun the evidence on skills the evidence items measure.
    const over = result.flags.filter((f) => f.kind === 'over-confidence').map((f) => f.skillId)
    expect(over).toEqual(expect.arrayContaining(['customer-discovery', 'business-acumen']))
    // The self-rated skills lose their confidence; the flag says why.
    for (const s of result.skills.filter((x) => x.selfRatingScore !== null)) expect(s.confidence.level).not.toBe('high')
    // What a coach would say. [COS] flat ratings make skill matches unreliable, and this person's answers about what
    // they have done (no customer contact, no usage data, no presentations, no product work) sit far below the
    // ratings. So the summary calls the readout a first draft and asks for a retake with honest ratings, and
    // readiness counts the evidence, not the rating, where the two disagree: early days rather than "building up".
    expect(result.headline).toMatch(/first draft/)
    expect(result.headline).toMatch(/Retake the assessment/)
    expect(result.readiness.band).toBe('early')
    expect(result.readiness.why).toMatch(/counts what you have done rather than your self-rating/)
    // Motivation is a separate call: wanting the why and direct impact are the reasons [PS-SWE] endorses.
    expect(result.verdict.kind).toBe('go')
  })

  it('reads plainly: no score restated in a why, no nested quotes, real milestone names', async () => {
    for (const name of PERSONAS) {
      const { result, plan } = await run(name)
      // The score sits beside each strength and gap on the page; the why opens with the reason instead.
      for (const s of [...result.strengths, ...result.gaps]) expect(s.why).not.toMatch(/scored \d+|confidence\)/)
      // Confidence is mentioned only when low, in plain words.
      for (const s of [...result.strengths, ...result.gaps]) {
        expect(s.why).not.toMatch(/(medium|high) confidence/)
        const skill = result.skills.find((x) => x.skillId === s.skillId)
        if (skill?.confidence.level !== 'low') expect(s.why).not.toMatch(/rough guide/)
        // Blame flat self-ratings only for a skill that has a self-rating.
        if (skill?.selfRatingScore === null) expect(s.why).not.toMatch(/self-ratings were nearly all the same/)
      }
      const texts = [
        result.headline,
        ...result.flags.map((f) => f.message),
        ...result.window.reasons.map((r) => r.text),
      ]
      for (const t of texts) expect(t, name).not.toMatch(/“[^”]*“/)
      expect(result.window.reasons[0]?.text).toMatch(/^From where you are now/)
      for (const m of plan.milestones) expect(m.title).not.toMatch(/: done$/)
    }
  })
})
