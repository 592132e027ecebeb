import '@/components/results/readout.css'
import type { ReactNode } from 'react'
import type { Replanned } from '@/components/results/headline'
import { Readout } from '@/components/results/readout'
import { Reliability } from '@/components/results/reliability'
import { RoleFit } from '@/components/results/role-fit'
import { SkillList } from '@/components/results/skill-list'
import { SourcesList } from '@/components/results/sources-list'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import { uniqueSources } from '@/lib/plans/views/readout-view'
import { FirstWeeks } from './first-weeks'
import { PlanView } from './plan-view'

/**
 * The readout, the first weeks of the plan, and everything else one click away: the body shared by the owner's page,
 * the read-only copy and an earlier assessment. `skillsHref` is the page that explains every score; `progress`, when
 * given, sits right under the short answer; `replan` says the plan was re-planned after the readout was made.
 */
export function PlanDocument({
  result,
  plan,
  skillsHref,
  replan,
  progress,
}: {
  result: AssessmentResult
  plan: Plan
  skillsHref: string
  replan?: Replanned | null
  progress?: ReactNode
}) {
  const sources = uniqueSources(result.sources, plan.sources)
  return (
    <div className="rd space-y-8">
      <Readout result={result} plan={plan} sources={sources} replan={replan} progress={progress} />
      <FirstWeeks plan={plan} sources={sources} />
      <section aria-labelledby="more-title" className="space-y-2">
        <h2 id="more-title">In more detail</h2>
        <PlanView plan={plan} sources={sources} />
        <SkillList skills={result.skills} detailsHref={skillsHref} />
        <RoleFit roles={result.roles} bestRoleId={result.bestRoleId} sources={sources} />
        <Reliability reliability={result.reliability} sources={sources} />
        <SourcesList sources={sources} />
      </section>
    </div>
  )
}

/** Jump links for the read-only copy (the owner's page has its own tools instead). */
export function PageContents() {
  const links = [
    { href: '#headline-title', label: 'The short answer' },
    { href: '#progress-title', label: 'Progress' },
    { href: '#gaps-title', label: 'What to work on' },
    { href: '#plan-title', label: 'First weeks' },
    { href: '#more-title', label: 'More detail' },
  ]
  return (
    <nav aria-label="On this page" className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
