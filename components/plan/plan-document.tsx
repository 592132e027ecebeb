import '@/components/results/readout.css'
import { Readout } from '@/components/results/readout'
import { SourcesList } from '@/components/results/sources-list'
import type { Plan } from '@/lib/plan/plan-schema'
import { uniqueSources } from '@/lib/plan-views/readout-view'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { PlanView } from './plan-view'

/** The readout, the plan and the sources behind both: the body shared by the owner's page and the read-only copy. */
export function PlanDocument({
  result,
  plan,
  audience,
}: {
  result: AssessmentResult
  plan: Plan
  audience: 'owner' | 'viewer'
}) {
  return (
    <div className="rd space-y-12">
      <Readout result={result} plan={plan} showAnswers={audience === 'owner'} />
      <PlanView plan={plan} />
      <SourcesList sources={uniqueSources(result.sources, plan.sources)} />
    </div>
  )
}

/** Jump links for a long page; the owner's copy adds its own section. */
export function PageContents({ extra }: { extra?: { href: string; label: string } }) {
  const links = [
    { href: '#headline-title', label: 'The short answer' },
    { href: '#profile-title', label: 'Skill profile' },
    { href: '#gaps-title', label: 'Gaps' },
    { href: '#plan-title', label: 'Week-by-week plan' },
    { href: '#sources-title', label: 'Sources' },
    ...(extra ? [extra] : []),
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
