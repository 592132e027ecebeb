import type { Content } from '@/lib/content/schema'
import type { Reason } from '@/lib/plan/select-actions'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { displayName } from '@/lib/scoring/text'

/** Builds the one-sentence "why it's in your plan" for each action, with per-plan parts worked out once. */
export function whyWriter(content: Content, result: AssessmentResult) {
  const strengths = result.strengths.slice(0, 2).map((s) => displayName(s.name))
  const role = displayName(result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? 'your best-fit role')
  const path = displayName(result.path.name)
  // Positioning and the move itself (the last two phases) are where the articles say to lead with your strengths.
  const positioning = new Set(content.phases.slice(-2).map((p) => p.id))
  const lead =
    strengths.length > 0
      ? `A step on the ${path} path. Lead with your strengths (${strengths.join(' and ')}) and aim at ${role} roles.`
      : `A step on the ${path} path. Aim at ${role} roles.`
  return (reason: Reason, phaseId: string): string => {
    switch (reason.kind) {
      case 'gap':
        return 'Chosen to close one of your top gaps.'
      case 'extra':
        return 'Extra practice on a top gap, while your hours allow.'
      case 'prerequisite':
        return `Needed before “${content.actions.find((a) => a.id === reason.forActionId)?.title ?? reason.forActionId}”.`
      case 'required':
        return positioning.has(phaseId) ? lead : `A step every ${path} plan needs.`
    }
  }
}

export const CHECKPOINT_DONE_WHEN =
  'You have done the first product tasks and decided, honestly, whether to go on: did the customer and people work energise you, or did you miss building?'
export const ONGOING_WHAT_TO_DO = 'Follow up on applications, take interviews and keep your product work going.'
