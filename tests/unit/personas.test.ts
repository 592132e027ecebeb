import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { assess } from '@/lib/scoring/assess'
import { quoted } from '@/lib/scoring/text'
import { personaAnswers } from '@/tests/fixtures/answers-arbitrary'

// Reference personas (tests/fixtures/personas/*.json), each answered as that person would. Every expectation cites
// the article it comes from:
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
  const steps = plan.actions.map((a) => a.actionId)
  return {
    result,
    plan,
    steps,
    topGaps: result.gaps.slice(0, 5).map((g) => g.skillId),
    strengths: result.strengths.map((s) => s.skillId),
    role: result.bestRoleId,
    path: result.path.pathId,
  }
}
// [ACP] "Typical transition window: 3–9 months" = 13–39 weeks.
const TYPICAL = { min: 13, max: 39 }
const PERSONAS = readdirSync('tests/fixtures/personas')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))

describe('personas', () => {
  it('has at least fourteen, every one valid', async () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(14)
    for (const name of PERSONAS) await run(name)
  })

  it('backend engineer at a company with PMs', async () => {
    const { result, topGaps, strengths, role, path } = await run('backend-with-pms')
    // [ACP] technical PM lets you lead with your strength; the lowest-risk path is an internal transfer.
    expect(role).toBe('technical-pm')
    expect(path).toBe('internal-transfer')
    // [ACP] 3–9 months is typical; a solid engineer with PMs nearby sits inside it.
    expect(result.window.minWeeks).toBeGreaterThanOrEqual(TYPICAL.min)
    expect(result.window.maxWeeks).toBeLessThanOrEqual(TYPICAL.max)
    // [PS-SWE] customer interviews and storytelling are the gaps to fill; [EM] business acumen. This person has
    // talked to customers once or twice, presents once a year and only roughly knows who pays.
    expect(topGaps).toEqual(expect.arrayContaining(['customer-discovery', 'storytelling']))
    expect(result.skills.find((s) => s.skillId === 'business-acumen')?.score).toBeLessThan(55)
    expect(strengths).not.toContain('storytelling')
    // [ACP] feasibility judgement and systems thinking carry over.
    expect(strengths).toEqual(expect.arrayContaining(['technical-feasibility', 'systems-thinking']))
    expect(result.verdict.kind).toBe('go')
  })

  it('engineer who already works as a PM in all but title', async () => {
    const { result, plan, steps, role } = await run('already-acting-pm')
    // [ACP] owning a small feature end to end is the step to take — she already does, so the plan moves on.
    expect(steps).not.toContain('own-small-feature')
    expect(steps).not.toContain('customer-interviews')
    expect(steps).not.toContain('gather-user-feedback')
    expect(plan.alreadyDoing.map((d) => d.actionId)).toContain('own-small-feature')
    // [PS-SWE] ace the interview: stories that highlight product skills, and practice. Positioning, not basics.
    expect(steps).toEqual(expect.arrayContaining(['feature-case-study', 'interview-stories', 'mock-interviews']))
    const positioning = plan.actions.filter((a) => ['position', 'make-the-move'].includes(a.phaseId))
    expect(positioning.reduce((s, a) => s + a.hours, 0)).toBeGreaterThan(plan.totalHours / 3)
    expect(result.readiness.band).toBe('ready')
    expect(role).toBe('technical-pm')
    // Her strengths rest on what she has done.
    expect(result.strengths.slice(0, 3).every((s) => s.confidence !== 'low')).toBe(true)
  })

  it('engineer who rated every skill at the top but has never met a customer', async () => {
    const { result, strengths } = await run('flat-overconfident')
    // [COS] rating most or all skills at the same level makes matches unreliable.
    expect(result.flags.some((f) => f.kind === 'flat-ratings')).toBe(true)
    const over = result.flags.filter((f) => f.kind === 'over-confidence').map((f) => f.skillId)
    expect(over).toEqual(expect.arrayContaining(['customer-discovery', 'business-acumen']))
    // Never talking to customers caps customer discovery, however good the self-rating and scenarios.
    const discovery = result.skills.find((s) => s.skillId === 'customer-discovery')
    expect(discovery?.score).toBeLessThanOrEqual(35)
    expect(discovery?.cap?.questionId).toBe('customer-contact')
    expect(strengths).not.toContain('customer-discovery')
    // A first draft: retake with honest ratings; readiness counts what was done.
    expect(result.headline).toMatch(/first draft/)
    expect(result.readiness.band).toBe('early')
  })

  it('frontend developer at an agency without PMs', async () => {
    const { result, steps, path, role } = await run('frontend-agency')
    // [PS-ANY] without PMs at your company, move first to a company that has them.
    expect(path).toBe('move-first')
    expect(steps).toContain('land-role-with-pms')
    // Advice never assumes a PM she doesn't have.
    for (const id of ['shadow-a-pm', 'sit-in-planning', 'tell-your-manager', 'own-small-feature'])
      expect(steps).not.toContain(id)
    // [ACP] technical PM first; consumer and growth PM later, once you have product reps.
    expect(role).toBe('technical-pm')
    expect(result.roles.find((r) => r.roleId === 'consumer-pm')?.timing).toBe('later')
    // [PS-ANY] a job move first, then an internal move: longer than the typical window.
    expect(result.window.maxWeeks).toBeGreaterThan(TYPICAL.max)
    // She talks to clients monthly and watches users: customer and UX skills carry over.
    expect(result.strengths.map((s) => s.skillId)).toEqual(expect.arrayContaining(['customer-discovery', 'ux-sense']))
  })

  it('ML engineer drawn to AI products', async () => {
    const { result, topGaps, strengths, role, path } = await run('ml-engineer-ai')
    // [PS-ANY] an engineering background opens AI/ML product management, which needs more technical depth.
    expect(role).toBe('ai-ml-pm')
    expect(path).toBe('internal-transfer')
    expect(strengths).toContain('data-fluency')
    // [PS-SWE] (Padma's story) the skills to learn were people and business: user needs and business impact.
    expect(topGaps).toEqual(expect.arrayContaining(['customer-discovery', 'business-acumen']))
    expect(result.window.maxWeeks).toBeLessThanOrEqual(TYPICAL.max)
  })

  it('new graduate', async () => {
    const { result, steps, role, path } = await run('new-graduate')
    // [PS-ANY] fresh out of college, try an APM programme rather than going straight for a job; a side project helps.
    expect(role).toBe('associate-pm')
    expect(path).toBe('apm-programme')
    expect(steps).toContain('side-project-as-pm')
    // Her AI interest does not make AI/ML PM realistic yet: it needs engineering experience first.
    expect(result.roles.find((r) => r.roleId === 'ai-ml-pm')?.open).toBe(false)
    // [PS-ANY] a product job with no professional experience is much harder: slower than typical.
    expect(result.window.minWeeks).toBeGreaterThan(TYPICAL.min)
    // No employer: nothing that needs a manager, a PM or a job.
    for (const id of ['tell-your-manager', 'ask-why', 'shadow-a-pm', 'own-small-feature'])
      expect(steps).not.toContain(id)
  })

  it('junior engineer at a company with PMs', async () => {
    const { result, role, path } = await run('junior-with-pms')
    // [PS-ANY] early in your career, associate PM roles; [PS-SWE] internal associate PM or rotation roles.
    expect(role).toBe('associate-pm')
    expect(path).toBe('internal-transfer')
    expect(result.roles.find((r) => r.roleId === 'technical-pm')?.open).toBe(false)
  })

  it('career changer, one year in, at an agency', async () => {
    const { steps, role, path } = await run('bootcamp-agency-junior')
    // [PS-ANY] both rules at once: early career points to APM roles, no PMs points to moving first.
    expect(role).toBe('associate-pm')
    expect(path).toBe('move-first')
    expect(steps).toContain('land-role-with-pms')
  })

  it('someone chasing salary', async () => {
    const { result } = await run('salary-chaser')
    // [PS-SWE] chasing the title with the higher salary only works short term.
    expect(result.verdict.kind).toBe('not-for-you')
    expect(result.flags.some((f) => f.kind === 'motivation' && f.severity === 'warning')).toBe(true)
    expect(result.headline).not.toContain(result.verdict.headline)
    expect(result.headline).toMatch(/weigh the verdict/)
    const flag = result.flags.find((f) => f.kind === 'motivation')
    for (const reason of result.verdict.why) expect(flag?.message).not.toContain(reason)
    expect(flag?.message).toMatch(/shadow a PM/)
  })

  it('someone chasing a title, lukewarm about the work', async () => {
    const { result, plan } = await run('title-chaser')
    // [PS-SWE] the title alone will not carry you; test the work cheaply first, with a checkpoint to decide.
    expect(result.verdict.kind).not.toBe('go')
    expect(plan.milestones.some((m) => m.id === 'decision-checkpoint')).toBe(true)
  })

  it('staff engineer who loves deep technical work', async () => {
    const { result, plan, role } = await run('staff-deep-tech')
    // [PS-SWE] not every developer should become a PM: deep technical creation is a dream job for many.
    expect(result.verdict.kind).toBe('not-for-you')
    expect(result.verdict.why.join(' ')).toMatch(/deep technical work/)
    expect(plan.milestones.some((m) => m.id === 'decision-checkpoint')).toBe(true)
    expect(role).toBe('technical-pm')
  })

  it('SRE aiming at platform PM', async () => {
    const { topGaps, strengths, role, path } = await run('sre-platform')
    // [ACP] platform/API PM roles let you lead with your strength; systems thinking is the moat.
    expect(role).toBe('platform-api-pm')
    expect(strengths).toContain('systems-thinking')
    // [DICE] your company has PMs and you have a reputation to draw on: move internally.
    expect(path).toBe('internal-transfer')
    // [EM] product strategy and roadmapping; [PS-SWE] customer interviews.
    expect(topGaps).toEqual(expect.arrayContaining(['product-strategy', 'customer-discovery']))
  })

  it('SDK engineer who already talks to developer customers', async () => {
    const { result, steps, role } = await run('devtools-sdk')
    // [ACP] platform, API and developer-product roles: your customers speak your language.
    expect(role).toBe('platform-api-pm')
    expect(['ready', 'close']).toContain(result.readiness.band)
    expect(result.strengths.map((s) => s.skillId)).toContain('customer-discovery')
    expect(steps).not.toContain('customer-interviews')
  })

  it('startup engineer who wants to be its first PM', async () => {
    const { steps, role, path, result } = await run('startup-no-pms')
    // [PS-SWE] some engineers transition by becoming a startup's first PM, where wearing many hats helps.
    expect(role).toBe('startup-first-pm')
    expect(path).toBe('internal-transfer')
    // No PMs at her company: nothing that needs one.
    for (const id of ['shadow-a-pm', 'sit-in-planning', 'talk-to-product-leader']) expect(steps).not.toContain(id)
    expect(result.flags.some((f) => f.kind === 'path-conflict')).toBe(false)
  })

  it('embedded engineer whose manager would take it badly', async () => {
    const { steps } = await run('embedded-risky-manager')
    // [DICE] approach product leadership about your interest; never advice that could hurt them.
    expect(steps).not.toContain('tell-your-manager')
    expect(steps).toContain('talk-to-product-leader')
  })

  it('senior engineer between jobs', async () => {
    const { steps, path, role } = await run('between-jobs-senior')
    // [PS-SWE] apply externally to companies that value technical expertise; no employer to transfer within.
    expect(path).toBe('external-move')
    expect(role).toBe('technical-pm')
    for (const id of ['tell-your-manager', 'own-small-feature', 'ask-why']) expect(steps).not.toContain(id)
  })

  it('frontend engineer who watches users every week', async () => {
    const { result, strengths } = await run('frontend-ux-consumer')
    // [DICE] UX skills complement technical chops; [EM] engineers balance UX with feasibility.
    expect(strengths).toContain('ux-sense')
    // [ACP] consumer PM is usually a second move, after a first PM role.
    expect(result.bestRoleId).not.toBe('consumer-pm')
  })

  it('someone with three hours a week', async () => {
    const { result, plan, role, path } = await run('three-hours')
    const full = await run('backend-with-pms')
    expect(Math.max(...plan.weeks.map((w) => w.hours))).toBeLessThanOrEqual(3)
    expect(result.window.minWeeks).toBeGreaterThan(full.result.window.minWeeks)
    expect(plan.totalWeeks).toBeGreaterThan(full.plan.totalWeeks)
    // [ACP] the same role and path as with more hours: hours change the pace, not the destination.
    expect(role).toBe('technical-pm')
    expect(path).toBe('internal-transfer')
  })

  it('someone with two hours a week', async () => {
    const { result, plan } = await run('two-hours')
    expect(Math.max(...plan.weeks.map((w) => w.hours))).toBeLessThanOrEqual(2)
    // The plan fits inside the window the readout states, however long that is at two hours a week.
    expect(plan.totalWeeks).toBeGreaterThanOrEqual(result.window.minWeeks)
    expect(plan.totalWeeks).toBeLessThanOrEqual(result.window.maxWeeks)
    expect(result.window.maxWeeks).toBeGreaterThan(TYPICAL.max)
  })
})

describe('every persona reads right', () => {
  it('never leads the summary with a low-confidence strength or gap', async () => {
    for (const name of PERSONAS) {
      const { result } = await run(name)
      const tentative = [...result.strengths, ...result.gaps].filter((x) => x.confidence === 'low').map((x) => x.name)
      for (const n of tentative) expect(result.headline.toLowerCase(), name).not.toContain(n.toLowerCase())
    }
  })

  it('keeps the plan inside the window, with every milestone backed by a step in the plan', async () => {
    for (const name of PERSONAS) {
      const { result, plan } = await run(name)
      expect(plan.totalWeeks, name).toBeGreaterThanOrEqual(result.window.minWeeks)
      expect(plan.totalWeeks, name).toBeLessThanOrEqual(result.window.maxWeeks)
      const inPlan = new Set(plan.actions.map((a) => a.actionId))
      for (const m of plan.milestones.filter((x) => x.id !== 'decision-checkpoint')) {
        expect(m.actionIds.length, `${name} ${m.id}`).toBeGreaterThan(0)
        for (const id of m.actionIds) expect(inPlan.has(id), `${name} ${m.id} ${id}`).toBe(true)
      }
    }
  })

  it('names every step left out for lack of hours, and plans nothing the answers say is done', async () => {
    for (const name of PERSONAS) {
      const { plan } = await run(name)
      const planned = new Set(plan.actions.map((a) => a.actionId))
      for (const d of plan.alreadyDoing) expect(planned.has(d.actionId), `${name} ${d.actionId}`).toBe(false)
      for (const l of plan.leftOut) {
        expect(planned.has(l.actionId), `${name} ${l.actionId}`).toBe(false)
        expect(plan.notes.join(' '), name).toContain(quoted(l.title))
      }
    }
  })

  it('ties each strength to something the person has done, never to a scenario or self-rating alone', async () => {
    const kinds = new Map(content.questions.map((q) => [q.id, q.category]))
    for (const name of PERSONAS) {
      const { result } = await run(name)
      for (const s of result.strengths) {
        const skill = result.skills.find((x) => x.skillId === s.skillId)
        const did = skill?.contributions.some(
          (c) => c.delta > 0 && ['behaviour', 'crosswalk'].includes(kinds.get(c.questionId) ?? ''),
        )
        expect(did, `${name} ${s.skillId}`).toBe(true)
      }
    }
  })
})
