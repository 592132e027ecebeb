import type { Content } from '@/lib/content/schema'
import type { Reason } from '@/lib/plan/select-actions'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { displayName, quoted } from '@/lib/scoring/text'

type Sentences = {
  /** Positioning and the move itself (the last two phases): where the articles say to lead with your strengths. */
  positioning: Set<string>
  gap: Map<string, string>
  extra: Map<string, string>
  before: Map<string, string>
  every: Map<string, string>
}
// Sentences that depend only on content are built once per content object: plan generation has a speed budget.
const sentences = new WeakMap<Content, Sentences>()
function sentencesFor(content: Content): Sentences {
  let s = sentences.get(content)
  if (!s) {
    const name = (skillId: string) => displayName(content.skills.find((k) => k.id === skillId)?.name ?? skillId)
    s = {
      positioning: new Set(content.phases.slice(-2).map((p) => p.id)),
      gap: new Map(content.skills.map((k) => [k.id, `Chosen for one of your top gaps: ${name(k.id)}.`])),
      extra: new Map(
        content.skills.map((k) => [
          k.id,
          `More practice on ${name(k.id)}, one of your top gaps, while your hours allow.`,
        ]),
      ),
      before: new Map(content.actions.map((a) => [a.id, `Needed before ${quoted(a.title)}.`])),
      every: new Map(content.paths.map((p) => [p.id, `A step every ${displayName(p.name)} plan needs.`])),
    }
    sentences.set(content, s)
  }
  return s
}

/** Builds the one-sentence "why it's in your plan" for each action, with per-plan parts worked out once. */
export function whyWriter(content: Content, result: AssessmentResult) {
  const s = sentencesFor(content)
  const strengths = result.strengths.slice(0, 2).map((x) => displayName(x.name))
  const role = displayName(result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? 'your best-fit role')
  const path = displayName(result.path.name)
  const lead =
    strengths.length > 0
      ? `A step on the ${path} path. Lead with your strengths (${strengths.join(' and ')}) and aim at ${role} roles.`
      : `A step on the ${path} path. Aim at ${role} roles.`
  return (reason: Reason, phaseId: string): string => {
    switch (reason.kind) {
      case 'gap':
        return s.gap.get(reason.skillId) ?? 'Chosen for one of your top gaps.'
      case 'extra':
        return s.extra.get(reason.skillId) ?? 'More practice on one of your top gaps, while your hours allow.'
      case 'prerequisite':
        return s.before.get(reason.forActionId) ?? `Needed before ${reason.forActionId}.`
      case 'required':
        return s.positioning.has(phaseId)
          ? lead
          : (s.every.get(result.path.pathId) ?? `A step every ${path} plan needs.`)
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
