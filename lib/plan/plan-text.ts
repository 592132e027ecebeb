import type { Content } from '@/lib/content/schema'
import type { Reason } from '@/lib/plan/select-actions'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { displayName, quoted } from '@/lib/scoring/text'

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
  const gapName = (skillId: string) =>
    displayName(result.gaps.find((g) => g.skillId === skillId)?.name ?? 'one of your top gaps')
  return (reason: Reason, phaseId: string): string => {
    switch (reason.kind) {
      case 'gap':
        return `Chosen for one of your top gaps: ${gapName(reason.skillId)}.`
      case 'extra':
        return `More practice on ${gapName(reason.skillId)}, one of your top gaps, while your hours allow.`
      case 'prerequisite':
        return `Needed before ${quoted(content.actions.find((a) => a.id === reason.forActionId)?.title ?? reason.forActionId)}.`
      case 'required':
        return positioning.has(phaseId) ? lead : `A step every ${path} plan needs.`
    }
  }
}

export const CHECKPOINT_TITLE = 'Decide whether product work is for you'
export const CHECKPOINT_DONE_WHEN =
  'You have finished your first product tasks and decided, honestly, whether to go on with the move.'
/** Questions to answer at the checkpoint: the motivation warnings, turned into things the first weeks can settle. */
export const CHECKPOINT_CHECKS = Object.freeze([
  'Which did you enjoy more: working out with users and colleagues what to build, or building it?',
  'Would you want weeks like these most of the time, even with no change in pay or title?',
  'If the answer is no, growing as an engineer is a good outcome too, not a failure.',
]) as string[]

/**
 * What each phase's milestone is called: the outcome you can point to, not "phase: done". Keyed by phase id; a unit
 * test checks that every phase in the content has one, so a new phase can't ship without a name.
 */
export const MILESTONE_NAMES: Readonly<Record<string, string>> = {
  'start-where-you-are': 'Your goal is out in the open',
  'build-experience': 'Product work you can show',
  'learn-craft': 'You can talk strategy, roadmaps and metrics',
  network: 'A PM mentor in your corner',
  position: 'Your story, told as outcomes',
  'make-the-move': 'Interviews practised, applications in',
}
export const ONGOING_WHAT_TO_DO = 'Follow up on applications, take interviews and keep your product work going.'
