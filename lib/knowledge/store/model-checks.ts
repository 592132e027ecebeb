import type { Content, Effects, Question } from '@/lib/engine/content/schema'
import { CONFIDENCE, CONFIDENCE_POINTS, DID_KINDS, KIND_WEIGHT } from '@/lib/engine/scoring/calibration'
import { plural } from '@/lib/engine/scoring/text'
import { signed } from './field-words'
import { fieldAnchor } from './problems'
import { routeWarnings } from './route-check'

// Checks that catch a wrong model, not a broken file: content that loads and scores, but says something the editor
// did not mean. Each is a warning: publishing waits until the editor fixes it or accepts it with a note, which the
// audit log keeps. Every warning says what to do about it and links to where to do it.
// (Broken content — unknown ids, uncovered number ranges — is lib/engine/content/integrity.ts: it blocks outright.)

export type ModelCheck = 'ordering' | 'confidence' | 'route' | 'action' | 'personas'

export type ModelWarning = {
  /** Stable while the cause stands: the publish form lists the ids the editor accepted. */
  id: string
  check: ModelCheck
  message: string
  /** What to do about it. */
  fix: string
  href: string
  /** What to link: "Customer contact". */
  linkText: string
}

export const CHECK_WORDS: Record<ModelCheck, string> = {
  ordering: 'Answers weighed against their order',
  confidence: 'Skills that can never reach high confidence',
  route: 'Roles with no route',
  action: 'Steps without a check or a source',
  personas: 'Many reference personas move',
}

/**
 * More than this share of the reference personas getting a different best role or path asks for a second look:
 * tuning a weight moves one or two of them; moving one in five or more changes what the model says about whole
 * kinds of engineer.
 */
export const SECOND_LOOK_SHARE = 0.2

/** A "done when" shorter than this many words cannot say what the person can point to ("Done.", "Finished it"). */
export const DONE_WHEN_MIN_WORDS = 4

const questionHref = (id: string, anchor?: string) =>
  `/admin/content/questions/${encodeURIComponent(id)}${anchor ? `#${anchor}` : ''}`
const quote = (s: string) => `“${s}”`

/** An answer on an ordered scale, lowest first: its name, its effects, and the option id when it has one. */
export type ScaleStep = { name: string; effects: Effects; optionId?: string }

/**
 * Whether a question's answers form a scale: a number question's bands, a self-rating's levels (1–5), and a
 * behaviour question's single answers, which are frequencies or amounts from least to most ("Never" … "Every week
 * or more").
 */
export const answersAreOrdered = (kind: string, category: string) =>
  kind === 'number' || (kind === 'single' && (category === 'behaviour' || category === 'self-rating'))

/** The question's answers in scale order, lowest first, when they form one; else null. */
export function orderedScale(q: Question): ScaleStep[] | null {
  if (!answersAreOrdered(q.kind, q.category)) return null
  if (q.kind === 'number')
    return [...q.bands].sort((a, b) => a.min - b.min).map((b) => ({ name: `${b.min}–${b.max}`, effects: b }))
  if (q.kind !== 'single') return null
  if (q.category === 'self-rating' && q.options.every((o) => o.level !== undefined))
    return [...q.options]
      .sort((a, b) => (a.level ?? 0) - (b.level ?? 0))
      .map((o) => ({ name: o.label, effects: o, optionId: o.id }))
  return q.options.map((o) => ({ name: o.label, effects: o, optionId: o.id }))
}

const weightOn = (e: Effects, skillId: string) =>
  e.skills.reduce((sum, s) => (s.skillId === skillId ? sum + s.weight : sum), 0)
const capOn = (e: Effects, skillId: string) =>
  e.caps.reduce((lowest, c) => (c.skillId === skillId ? Math.min(lowest, c.atMost) : lowest), 100)

/** A step that goes against the scale's direction: the pair of answers where the order breaks. */
function firstInversion(values: readonly number[]): { lower: number; higher: number } | null {
  const rises = values.some((v, i) => i > 0 && v > (values[i - 1] as number))
  const falls = values.some((v, i) => i > 0 && v < (values[i - 1] as number))
  if (!rises || !falls) return null
  // The scale's direction is the one from its first answer to its last (upwards on a tie: frequencies count up).
  const up = (values.at(-1) as number) >= (values[0] as number)
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1] as number
    const here = values[i] as number
    if (up ? here < prev : here > prev) return { lower: i - 1, higher: i }
  }
  return null
}

export function orderingWarnings(content: Content): ModelWarning[] {
  const skillName = new Map(content.skills.map((s) => [s.id, s.name]))
  const out: ModelWarning[] = []
  for (const q of content.questions) {
    const scale = orderedScale(q)
    if (!scale) continue
    const list = q.kind === 'number' ? 'bands' : 'options'
    const skills = [...new Set(scale.flatMap((s) => [...s.effects.skills, ...s.effects.caps].map((x) => x.skillId)))]
    for (const skillId of skills) {
      const name = skillName.get(skillId) ?? skillId
      const weights = scale.map((s) => weightOn(s.effects, skillId))
      const inverted = firstInversion(weights)
      if (inverted) {
        const low = scale[inverted.lower] as ScaleStep
        const high = scale[inverted.higher] as ScaleStep
        const dir = (weights.at(-1) as number) >= (weights[0] as number) ? 'more' : 'less'
        out.push({
          id: `ordering:${q.id}:${skillId}`,
          check: 'ordering',
          message: `${q.shortLabel}: ${quote(high.name)} (${signed(weights[inverted.higher] as number)}) counts ${dir === 'more' ? 'less' : 'more'} for ${name} than ${quote(low.name)} (${signed(weights[inverted.lower] as number)}), which comes before it on the scale: someone who answers ${quote(high.name)} scores ${dir === 'more' ? 'lower' : 'higher'} on it than someone who answers ${quote(low.name)}.`,
          fix: `Make ${name}’s weights ${dir === 'more' ? 'rise' : 'fall'} steadily down the answers: give ${quote(high.name)} at ${dir === 'more' ? 'least' : 'most'} ${signed(weights[inverted.lower] as number)}, or change ${quote(low.name)}.`,
          href: questionHref(
            q.id,
            fieldAnchor([list, high.optionId ?? String(inverted.higher), 'skills', skillId, 'weight']),
          ),
          linkText: q.shortLabel,
        })
        continue
      }
      // A "never" caps a skill; a higher answer must not cap it lower.
      const caps = scale.map((s) => capOn(s.effects, skillId))
      const capStep = caps.findIndex((c, i) => i > 0 && c < Math.min(...caps.slice(0, i)))
      if (capStep > 0) {
        const high = scale[capStep] as ScaleStep
        const lowIndex = caps.indexOf(Math.min(...caps.slice(0, capStep)))
        const low = scale[lowIndex] as ScaleStep
        out.push({
          id: `ordering-cap:${q.id}:${skillId}`,
          check: 'ordering',
          message: `${q.shortLabel}: ${quote(high.name)} caps ${name} at ${caps[capStep]}, lower than ${quote(low.name)} (${caps[lowIndex] === 100 ? 'no cap' : caps[lowIndex]}), which comes before it on the scale.`,
          fix: `Raise or remove the cap on ${quote(high.name)}: a higher answer should never hold the skill lower.`,
          href: questionHref(q.id, fieldAnchor([list, high.optionId ?? String(capStep), 'caps', skillId, 'atMost'])),
          linkText: q.shortLabel,
        })
      }
    }
  }
  return out
}

/**
 * Every skill must be able to reach high confidence: the engine gives "high" only with CONFIDENCE.highMinDid
 * answers about what the person did and CONFIDENCE.high points of evidence (lib/engine/scoring/skill-score.ts). Counted here
 * over every question that can move the skill, answered as favourably for evidence as possible.
 */
export function confidenceWarnings(content: Content): ModelWarning[] {
  return content.skills.flatMap((skill) => {
    const feeding = content.questions.filter(
      (q) =>
        KIND_WEIGHT[q.category] > 0 &&
        (q.kind === 'number' ? q.bands : q.options).some((e) => e.skills.some((s) => s.skillId === skill.id)),
    )
    const did = feeding.filter((q) => DID_KINDS.has(q.category)).length
    const points = feeding.reduce((sum, q) => sum + CONFIDENCE_POINTS[q.category], 0)
    if (did >= CONFIDENCE.highMinDid && points >= CONFIDENCE.high) return []
    const short = [
      did < CONFIDENCE.highMinDid
        ? `${plural(did, 'question')} about what people did (high confidence needs ${CONFIDENCE.highMinDid})`
        : null,
      points < CONFIDENCE.high ? `${points} points of evidence (it needs ${CONFIDENCE.high})` : null,
    ].filter(Boolean)
    return [
      {
        id: `confidence:${skill.id}`,
        check: 'confidence' as const,
        message: `${skill.name} can never be scored with high confidence, however someone answers: it is fed by ${short.join(' and ')}.`,
        fix: `Give ${skill.name} a weight on ${Math.max(1, CONFIDENCE.highMinDid - did)} more behaviour or crosswalk ${CONFIDENCE.highMinDid - did > 1 ? 'questions' : 'question'} (what people did), in that question’s grid.`,
        href: '/admin/content/questions',
        linkText: 'Questions',
      },
    ]
  })
}

/** Every step needs a "done when" a person can check and at least one source. */
export function actionWarnings(content: Content): ModelWarning[] {
  const sourceIds = new Set(content.sources.map((s) => s.id))
  return content.actions.flatMap((a) => {
    const out: ModelWarning[] = []
    const at = (key: string) => `/admin/content/actions/${encodeURIComponent(a.id)}#${fieldAnchor([key])}`
    const doneWhen = (a.doneWhen ?? '').trim()
    const words = doneWhen.split(/\s+/).filter(Boolean).length
    if (words < DONE_WHEN_MIN_WORDS || doneWhen.toLowerCase() === a.title.trim().toLowerCase())
      out.push({
        id: `action-done:${a.id}`,
        check: 'action',
        message: doneWhen
          ? `${quote(a.title)}: its “done when” (${quote(doneWhen)}) does not say what the person can point to.`
          : `${quote(a.title)} has no “done when”: nobody can tell when it is finished.`,
        fix: 'Write the check as an outcome someone else could confirm, e.g. “You’ve written a one-page summary and a PM has read it”.',
        href: at('doneWhen'),
        linkText: a.title,
      })
    if ((a.sources ?? []).filter((s) => sourceIds.has(s)).length === 0)
      out.push({
        id: `action-sources:${a.id}`,
        check: 'action',
        message: `${quote(a.title)} cites no source, so the plan cannot say where the advice comes from.`,
        fix: 'Tick the article(s) the step is drawn from.',
        href: at('sources'),
        linkText: a.title,
      })
    return out
  })
}

/** A persona whose best role or path differs between the published release and the draft. */
export type PersonaMove = { id: string; bestRole: [string, string]; path: [string, string] }

export function personaWarnings(moves: readonly PersonaMove[], total: number): ModelWarning[] {
  if (total === 0 || moves.length / total <= SECOND_LOOK_SHARE) return []
  const share = Math.round((100 * moves.length) / total)
  const said = moves
    .slice(0, 6)
    .map((m) =>
      [
        m.id,
        m.bestRole[0] !== m.bestRole[1] ? `${m.bestRole[0]} → ${m.bestRole[1]}` : null,
        m.path[0] !== m.path[1] ? `${m.path[0]} → ${m.path[1]}` : null,
      ]
        .filter(Boolean)
        .join(': '),
    )
  return [
    {
      id: `personas:${moves
        .map((m) => m.id)
        .sort()
        .join(',')}`,
      check: 'personas',
      message: `${moves.length} of ${total} reference personas (${share}%, more than ${Math.round(SECOND_LOOK_SHARE * 100)}%) get a different best role or path: ${said.join('; ')}${moves.length > 6 ? '; …' : ''}.`,
      fix: 'Read why each moved in the impact preview. If the change is meant to move them, accept this warning and say why in the note.',
      href: '/admin/impact',
      linkText: 'Impact preview',
    },
  ]
}

/** The element id of a warning's "accept" box on the publish form. */
export const acceptFieldId = (warningId: string) => fieldAnchor(['accept', warningId])

/** Every warning the content itself raises (the persona check needs the published release too: see impact). */
export function contentWarnings(content: Content): ModelWarning[] {
  return [
    ...orderingWarnings(content),
    ...confidenceWarnings(content),
    ...routeWarnings(content),
    ...actionWarnings(content),
  ]
}

/**
 * The warnings a publish must clear: those the draft raises that the live release does not (new ones), and those it
 * shares with the live release (standing: shown, but already published, so they do not hold up the next publish).
 */
export function splitWarnings(
  draft: readonly ModelWarning[],
  live: readonly ModelWarning[],
): { fresh: ModelWarning[]; standing: ModelWarning[] } {
  const liveIds = new Set(live.map((w) => w.id))
  return { fresh: draft.filter((w) => !liveIds.has(w.id)), standing: draft.filter((w) => liveIds.has(w.id)) }
}
