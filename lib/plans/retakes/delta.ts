import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { assess } from '@/lib/engine/scoring/assess'
import type { AssessmentResult, Verdict } from '@/lib/engine/scoring/result-schema'
import { fitAnswers } from './prefill'

// Why a retake's readout moved, per skill, split in two: the part that comes from the person's answers changing and
// the part that comes from the model (content and scoring) changing. The old answers are scored again under the new
// model; the difference between that and the new answers under the same model is "your answers changed", and the
// rest of the movement is "the model changed". The two always add up to the movement shown. Pure.

export type ChangedAnswer = { questionId: string; prompt: string; before: string | null; after: string | null }

export type SkillDelta = {
  skillId: string
  name: string
  before: number | null
  after: number | null
  /** Points from the answers changing, and from the model changing (one decimal; they sum to after − before). */
  fromAnswers: number
  fromModel: number
  /** The changed answers that bear on this skill. */
  changedAnswers: ChangedAnswer[]
}

export type Snapshot = { result: AssessmentResult; answers: Answers }

export type Delta = {
  skills: SkillDelta[]
  /** Questions the old answers did not fit (new or changed questions): the new answer stands in for them. */
  bridged: string[]
  readiness: { before: string; after: string }
  /** The verdict on the person's reasons for the move (go, not now, not for you), before and after. */
  verdict: { before: Verdict['kind']; after: Verdict['kind'] }
  bestRole: { before: string; after: string }
  roles: { roleId: string; name: string; before: number | null; after: number | null }[]
  path: { before: string; after: string }
  window: { before: string; after: string }
}

const round1 = (n: number) => Math.round(n * 10) / 10

function labelOf(content: Content, questionId: string, value: Answers[string] | undefined): string | null {
  const q = content.questions.find((x) => x.id === questionId)
  if (value === undefined || !q) return null
  if (q.kind === 'number') return `${value} ${q.unit}`
  const label = (id: string) => q.options.find((o) => o.id === id)?.label ?? id
  return Array.isArray(value) ? value.map(label).join(', ') : label(String(value))
}

const same = (a: Answers[string] | undefined, b: Answers[string] | undefined) =>
  JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b)

/** `content` is the model the new readout was made with. */
export function computeDelta(content: Content, before: Snapshot, after: Snapshot): Delta {
  const fitted = fitAnswers(content, before.answers).answers
  const bridged = content.questions.filter((q) => !(q.id in fitted) && q.id in after.answers).map((q) => q.id)
  const oldUnderNew: Answers = { ...fitted }
  for (const id of bridged) oldUnderNew[id] = after.answers[id] as Answers[string]
  const rescoredOld = assess(content, oldUnderNew).result
  const rescoredNew = assess(content, after.answers).result

  const changed = content.questions.filter((q) => !same(oldUnderNew[q.id], after.answers[q.id]))
  const touches = (questionId: string, skillId: string) => {
    const q = content.questions.find((x) => x.id === questionId)
    const effects = q ? (q.kind === 'number' ? q.bands : q.options) : []
    return effects.some((e) => e.skills.some((s) => s.skillId === skillId))
  }

  const ids = [
    ...new Set([...after.result.skills.map((s) => s.skillId), ...before.result.skills.map((s) => s.skillId)]),
  ]
  const skills = ids.map((skillId): SkillDelta => {
    const b = before.result.skills.find((s) => s.skillId === skillId)
    const a = after.result.skills.find((s) => s.skillId === skillId)
    const oldNow = rescoredOld.skills.find((s) => s.skillId === skillId)?.score
    const newNow = rescoredNew.skills.find((s) => s.skillId === skillId)?.score
    const total = (a?.score ?? 0) - (b?.score ?? 0)
    // A skill the new model no longer scores, or did not score before, moved entirely because the model changed.
    const fromAnswers = a && b && oldNow !== undefined && newNow !== undefined ? newNow - oldNow : 0
    return {
      skillId,
      name: a?.name ?? b?.name ?? skillId,
      before: b?.score ?? null,
      after: a?.score ?? null,
      fromAnswers: round1(fromAnswers),
      fromModel: round1(total - fromAnswers),
      changedAnswers: changed
        .filter((q) => touches(q.id, skillId))
        .map((q) => ({
          questionId: q.id,
          prompt: q.prompt,
          before: bridged.includes(q.id) ? null : labelOf(content, q.id, before.answers[q.id]),
          after: labelOf(content, q.id, after.answers[q.id]),
        })),
    }
  })

  const roleIds = [
    ...new Set([...after.result.roles.map((r) => r.roleId), ...before.result.roles.map((r) => r.roleId)]),
  ]
  const roleName = (r: AssessmentResult) => r.roles.find((x) => x.roleId === r.bestRoleId)?.name ?? r.bestRoleId
  const windowText = (r: AssessmentResult) => `${r.window.minWeeks}–${r.window.maxWeeks} weeks`
  return {
    skills,
    bridged,
    readiness: { before: before.result.readiness.label, after: after.result.readiness.label },
    verdict: { before: before.result.verdict.kind, after: after.result.verdict.kind },
    bestRole: { before: roleName(before.result), after: roleName(after.result) },
    roles: roleIds.map((roleId) => {
      const b = before.result.roles.find((r) => r.roleId === roleId)
      const a = after.result.roles.find((r) => r.roleId === roleId)
      return { roleId, name: a?.name ?? b?.name ?? roleId, before: b?.score ?? null, after: a?.score ?? null }
    }),
    path: { before: before.result.path.name, after: after.result.path.name },
    window: { before: windowText(before.result), after: windowText(after.result) },
  }
}
