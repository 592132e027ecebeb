import type { Answers } from '@/lib/engine/content/answers'
import type { Prompt } from '@/lib/engine/content/positioning-schema'
import type { Content } from '@/lib/engine/content/schema'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { DID_KINDS } from '@/lib/engine/scoring/calibration'
import { allHold } from '@/lib/engine/scoring/conditions'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'

// For each interview prompt (content/prompts.json), which of the person's own experiences make a story: first the
// prompt's cues whose conditions their answers meet ("You said another team changed its plan because of you: that is
// your influence story"), else the things they said they did that show the prompt's skills. When they have nothing
// yet, it says so plainly, with the plan steps that would give them a story. Pure.

export type StoryIdea = { text: string }
/** Something the person said they did, that shows one of the prompt's skills. */
export type ExperienceHint = { questionId: string; label: string; answer: string; reason: string }
export type StoryStep = {
  actionId: string
  title: string
  /** Where the step sits in the plan; null when it is not in the plan. */
  weeks: { start: number; end: number } | null
  done: boolean
}

export type StorySuggestion = {
  promptId: string
  question: string
  listensFor: string
  /** Ideas from the prompt's cues that hold for these answers, in the prompt's order. */
  ideas: StoryIdea[]
  /** When no cue holds: what the person did that shows the prompt's skills, at most three. */
  experiences: ExperienceHint[]
  /** True when there is neither an idea nor an experience to draw on yet. */
  none: boolean
  /** Steps that would give a story, those in the plan first; at most two. */
  steps: StoryStep[]
}

const MAX_EXPERIENCES = 3
const MAX_STEPS = 2

function experiencesFor(prompt: Prompt, result: AssessmentResult): ExperienceHint[] {
  const answers = new Map(result.answers.map((a) => [a.questionId, a]))
  const seen = new Set<string>()
  const found: (ExperienceHint & { delta: number })[] = []
  for (const skillId of prompt.skills) {
    const skill = result.skills.find((s) => s.skillId === skillId)
    for (const c of skill?.contributions ?? []) {
      const answer = answers.get(c.questionId)
      // Only what they did counts as material for a story: not a self-rating, a scenario or their background.
      if (c.delta <= 0 || !answer || !DID_KINDS.has(answer.kind) || seen.has(c.questionId)) continue
      seen.add(c.questionId)
      found.push({
        questionId: c.questionId,
        label: answer.label,
        answer: answer.answer,
        reason: c.reason,
        delta: c.delta,
      })
    }
  }
  return found
    .sort((a, b) => b.delta - a.delta)
    .slice(0, MAX_EXPERIENCES)
    .map(({ delta: _, ...hint }) => hint)
}

function stepsFor(prompt: Prompt, content: Content, plan: Plan, done: ReadonlySet<string>): StoryStep[] {
  const inPlan = new Map(plan.actions.map((a) => [a.actionId, a]))
  const titles = new Map(content.actions.map((a) => [a.id, a.title]))
  const steps = prompt.buildWith.map((actionId) => {
    const planned = inPlan.get(actionId)
    return {
      actionId,
      title: planned?.title ?? titles.get(actionId) ?? actionId,
      weeks: planned ? { start: planned.startWeek, end: planned.endWeek } : null,
      done: done.has(actionId),
    }
  })
  return [...steps.filter((s) => s.weeks), ...steps.filter((s) => !s.weeks)].slice(0, MAX_STEPS)
}

/**
 * One suggestion per prompt, in content order. `answers` are the person's stored answers (cues read them), `result`
 * and `plan` their readout and the plan as it stands, `done` the steps they have checked off.
 */
export function suggestStories(
  content: Content,
  answers: Answers,
  result: AssessmentResult,
  plan: Plan,
  done: ReadonlySet<string> = new Set(),
): StorySuggestion[] {
  return content.prompts.map((prompt) => {
    const ideas = prompt.cues.filter((cue) => allHold(cue.when, answers)).map((cue) => ({ text: cue.idea }))
    const experiences = ideas.length > 0 ? [] : experiencesFor(prompt, result)
    return {
      promptId: prompt.id,
      question: prompt.question,
      listensFor: prompt.listensFor,
      ideas,
      experiences,
      none: ideas.length === 0 && experiences.length === 0,
      steps: stepsFor(prompt, content, plan, done),
    }
  })
}
