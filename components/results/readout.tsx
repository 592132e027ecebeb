import type { Plan } from '@/lib/plan/plan-schema'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { Gaps } from './gaps'
import { Headline } from './headline'
import { HonestFlags } from './honest-flags'
import { PathRecommendation } from './path-recommendation'
import { Reliability } from './reliability'
import { RoleFit } from './role-fit'
import { SkillChart } from './skill-chart'
import { SkillExplanations } from './skill-explanations'
import { Strengths } from './strengths'

// The readout, in the order a coach would talk it through: the answer, what to weigh, the profile, what carries over,
// what to close, why each score, where to aim, and how far to trust it. Renders only what is in the stored result.
export function Readout({ result, plan, showAnswers }: { result: AssessmentResult; plan: Plan; showAnswers: boolean }) {
  return (
    <div className="space-y-10">
      <Headline result={result} />
      <HonestFlags flags={result.flags} />
      <section aria-labelledby="profile-title" className="space-y-3">
        <h2 id="profile-title">Your skill profile</h2>
        <SkillChart skills={result.skills} />
      </section>
      <Strengths strengths={result.strengths} />
      <Gaps gaps={result.gaps} plan={plan} />
      <SkillExplanations skills={result.skills} showAnswers={showAnswers} />
      <RoleFit roles={result.roles} bestRoleId={result.bestRoleId} />
      <PathRecommendation path={result.path} />
      <Reliability reliability={result.reliability} />
    </div>
  )
}
