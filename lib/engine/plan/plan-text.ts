import type { Action, Content } from '@/lib/engine/content/schema'
import type { PlanAction, PlanWeek } from '@/lib/engine/plan/plan-schema'
import type { Reason } from '@/lib/engine/plan/select-actions'
import { displayName, names, plural, quoted } from '@/lib/engine/scoring/text'

/**
 * The one-sentence "why it's in your plan" for an action, or null for a step every plan on the path includes (the
 * plan's notes say that once, rather than on every item).
 */
export function whyFor(content: Content, reason: Reason, gapsBuilt: readonly string[] = []): string | null {
  const skill = (id: string) => displayName(content.skills.find((k) => k.id === id)?.name ?? id)
  // Name every top gap the step builds (the one it was chosen for first), so two steps for one gap read differently.
  const gaps = (id: string) => names([id, ...gapsBuilt.filter((g) => g !== id)].slice(0, 2).map(skill))
  const plural = (id: string) => (gapsBuilt.filter((g) => g !== id).length > 0 ? 'gaps' : 'gap')
  const title = (id: string) => quoted(content.actions.find((a) => a.id === id)?.title ?? id)
  switch (reason.kind) {
    case 'required':
      return null
    case 'gap':
      return `For your ${plural(reason.skillId)} in ${gaps(reason.skillId)}.`
    case 'extra':
      return `More practice on ${gaps(reason.skillId)}, while your hours allow.`
    case 'prerequisite':
      return `Needed before ${title(reason.forActionId)}.`
    case 'instead':
      return reason.because === 'already'
        ? `The next step on from ${title(reason.ofActionId)}, which is already behind you.`
        : `In place of ${title(reason.ofActionId)}, which doesn't fit your situation.`
  }
}

export const CHECKPOINT_TITLE = 'Decide whether product work is for you'
export const CHECKPOINT_DONE_WHEN =
  'You have finished your first product tasks and decided, honestly, whether to go on with the move.'
/** Questions to answer at the checkpoint: the motivation warnings, turned into things the first weeks can settle. */
export const CHECKPOINT_CHECKS: readonly string[] = [
  'Which did you enjoy more: working out with users and colleagues what to build, or building it?',
  'Would you want weeks like these most of the time, even with no change in pay or title?',
  'If the answer is no, growing as an engineer is a good outcome too, not a failure.',
]

export const titles = (actions: readonly Action[]) => actions.map((a) => quoted(a.title))

const hoursWord = (n: number) => plural(n, 'hour')

/**
 * An ongoing step's pace after its main effort, mid-sentence, stated once: "then about 3 hours a week until you
 * accept a PM offer (expected by week 31)". Plans made before steps had an end condition listed their follow-up weeks.
 */
export function followUpText(f: NonNullable<PlanAction['followUp']>): string {
  return f.until
    ? `then about ${hoursWord(f.hoursPerWeek)} a week ${f.until} (expected by week ${f.toWeek})`
    : `then ${hoursWord(f.hoursPerWeek)} a week of follow-up to week ${f.toWeek}`
}

/** "Week 5" or, for a run of identical weeks, "Weeks 5–8". */
export function weekLabel(w: Pick<PlanWeek, 'week' | 'toWeek'>): string {
  return w.toWeek && w.toWeek > w.week ? `Weeks ${w.week}–${w.toWeek}` : `Week ${w.week}`
}

/** The hours of a week entry: "6 hours", or for a run "6 hours a week". */
export function weekHours(w: Pick<PlanWeek, 'hours' | 'toWeek' | 'week'>): string {
  return `${hoursWord(w.hours)}${w.toWeek && w.toWeek > w.week ? ' a week' : ''}`
}

/** What a week with only follow-ups holds, in words: "keep going: Apply for PM roles". */
export const FOLLOW_UP_LABEL = 'keep going'
