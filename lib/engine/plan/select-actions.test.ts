import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Action, Path } from '@/lib/engine/content/schema'
import { type Reason, selectActions } from '@/lib/engine/plan/select-actions'
import type { Gap } from '@/lib/engine/scoring/result-schema'
import { action, answers, content, gap, path, planInput, transitionWindow } from '@/tests/fixtures/content-builder'

const weekly = { questionId: 'talk', anyOf: ['weekly'] }
const designs = { questionId: 'design', anyOf: ['often'] }
const select = (
  actions: Action[],
  o: { gaps?: Gap[]; required?: string[]; a?: Answers; hours?: number; maxWeeks?: number; paths?: Path[] } = {},
) => {
  const c = content({
    actions,
    paths: o.paths ?? [path({ id: 'path-a', requiredActionIds: o.required ?? [] }), path({ id: 'path-b' })],
  })
  const input = planInput({
    gaps: o.gaps ?? [],
    window: transitionWindow({ minWeeks: 1, maxWeeks: o.maxWeeks ?? 40 }),
    inputs: { hoursPerWeek: o.hours ?? 10, yearsExperience: 5, targetWeeks: null },
  })
  return selectActions(c, input, answers(o.a))
}
const picked = (s: ReturnType<typeof select>) => s.selected.map((x) => x.action.id)
const reasons = (s: ReturnType<typeof select>) =>
  Object.fromEntries(s.selected.map((x) => [x.action.id, x.reason])) as Record<string, Reason>

describe('selectActions: required steps, then the best step for each top gap, then depth while the hours allow', () => {
  it('includes the path’s required steps first, and only those of the recommended path', () => {
    const s = select([action({ id: 'tell' }), action({ id: 'other' })], {
      required: ['tell'],
      paths: [
        path({ id: 'path-a', requiredActionIds: ['tell'] }),
        path({ id: 'path-b', requiredActionIds: ['other'] }),
      ],
    })
    expect(picked(s)).toEqual(['tell'])
    expect(reasons(s).tell).toEqual({ kind: 'required' })
  })

  it('never plans a step the person already does, offering the next step instead', () => {
    const s = select(
      [action({ id: 'ask-pm', skipWhen: [weekly], insteadId: 'lead-interviews' }), action({ id: 'lead-interviews' })],
      {
        required: ['ask-pm'],
        a: { talk: 'weekly' },
      },
    )
    expect(picked(s)).toEqual(['lead-interviews'])
    expect(reasons(s)['lead-interviews']).toEqual({
      kind: 'instead',
      ofActionId: 'ask-pm',
      because: 'already',
      inner: { kind: 'required' },
    })
    expect(s.alreadyDoing.map((d) => [d.action.id, d.instead?.id])).toEqual([['ask-pm', 'lead-interviews']])
  })

  it('keeps the step when the person does not do it yet', () => {
    const s = select(
      [action({ id: 'ask-pm', skipWhen: [weekly], insteadId: 'lead-interviews' }), action({ id: 'lead-interviews' })],
      {
        required: ['ask-pm'],
        a: { talk: 'sometimes' },
      },
    )
    expect(picked(s)).toEqual(['ask-pm'])
    expect(s.alreadyDoing).toEqual([])
  })

  it('lists a step already done with nothing instead when it names no next step', () => {
    const s = select([action({ id: 'done', skipWhen: [weekly] })], { required: ['done'], a: { talk: 'weekly' } })
    expect(picked(s)).toEqual([])
    expect(s.alreadyDoing.map((d) => [d.action.id, d.instead])).toEqual([['done', null]])
  })

  it('replaces a step whose situation does not fit (requires), without calling it done', () => {
    const s = select([action({ id: 'ask-pm', requires: [weekly], insteadId: 'find-pm' }), action({ id: 'find-pm' })], {
      required: ['ask-pm'],
      a: { talk: 'never' },
    })
    expect(picked(s)).toEqual(['find-pm'])
    expect(reasons(s)['find-pm']).toMatchObject({ kind: 'instead', ofActionId: 'ask-pm', because: 'not-open' })
    expect(s.alreadyDoing).toEqual([])
  })

  it('follows a chain of next steps, and stops at a loop', () => {
    const chain = [
      action({ id: 'one', skipWhen: [weekly], insteadId: 'two' }),
      action({ id: 'two', skipWhen: [designs], insteadId: 'three' }),
      action({ id: 'three' }),
    ]
    const s = select(chain, { required: ['one'], a: { talk: 'weekly', design: 'often' } })
    expect(picked(s)).toEqual(['three'])
    expect(reasons(s).three).toMatchObject({ kind: 'instead', ofActionId: 'one', because: 'already' })
    expect(s.alreadyDoing.map((d) => [d.action.id, d.instead?.id])).toEqual([
      ['two', 'three'],
      ['one', 'three'],
    ])
    const loop = [
      action({ id: 'one', skipWhen: [weekly], insteadId: 'two' }),
      action({ id: 'two', skipWhen: [weekly], insteadId: 'one' }),
    ]
    expect(picked(select(loop, { required: ['one'], a: { talk: 'weekly' } }))).toEqual([])
  })

  it('does not list as already done a step of another path', () => {
    const s = select(
      [action({ id: 'x', paths: ['path-b'], skipWhen: [weekly], insteadId: 'y' }), action({ id: 'y' })],
      { required: ['x'], a: { talk: 'weekly' } },
    )
    expect(picked(s)).toEqual(['y'])
    expect(s.alreadyDoing).toEqual([])
  })

  it('brings in prerequisites first, skipping those already done and replacing those that do not fit', () => {
    const s = select(
      [
        action({ id: 'main', prerequisites: ['pre-done', 'pre-closed', 'pre', 'gone'] }),
        action({ id: 'pre-done', skipWhen: [weekly] }),
        action({ id: 'pre-closed', requires: [designs], insteadId: 'pre-alt' }),
        action({ id: 'pre-alt' }),
        action({ id: 'pre', prerequisites: ['pre-pre'] }),
        action({ id: 'pre-pre' }),
      ],
      { required: ['main'], a: { talk: 'weekly', design: 'never' } },
    )
    expect(picked(s)).toEqual(['pre-alt', 'pre-pre', 'pre', 'main'])
    expect(reasons(s)['pre-alt']).toEqual({
      kind: 'instead',
      ofActionId: 'pre-closed',
      because: 'not-open',
      inner: { kind: 'prerequisite', forActionId: 'main' },
    })
    expect(reasons(s)['pre-pre']).toEqual({ kind: 'prerequisite', forActionId: 'pre' })
  })

  it('drops a prerequisite that fits neither the situation nor has a replacement', () => {
    const s = select(
      [action({ id: 'main', prerequisites: ['closed'] }), action({ id: 'closed', requires: [designs] })],
      { required: ['main'] },
    )
    expect(picked(s)).toEqual(['main'])
  })

  it('picks for each top gap the step with the most gap importance per square root of its hours', () => {
    const gaps = [
      gap({ skillId: 'skill-a', importance: 60, score: 60 }),
      gap({ skillId: 'skill-b', importance: 40, score: 60 }),
    ]
    // a-only: 60 / √4 = 30; both: 100 / √16 = 25.
    const s = select(
      [
        action({ id: 'both', skills: ['skill-a', 'skill-b'], effortHours: 16 }),
        action({ id: 'a-only', skills: ['skill-a'], effortHours: 4 }),
      ],
      { gaps },
    )
    expect(picked(s)[0]).toBe('a-only')
    expect(reasons(s)['a-only']).toEqual({ kind: 'gap', skillId: 'skill-a' })
    // both at 9 hours: 100 / 3 = 33.
    const t = select(
      [
        action({ id: 'both', skills: ['skill-a', 'skill-b'], effortHours: 9 }),
        action({ id: 'a-only', skills: ['skill-a'], effortHours: 4 }),
      ],
      { gaps },
    )
    expect(picked(t)).toEqual(['both'])
  })

  it('counts a step’s prerequisites in its cost', () => {
    const gaps = [gap({ skillId: 'skill-a', importance: 60, score: 60 })]
    const s = select(
      [
        action({ id: 'needs-pre', skills: ['skill-a'], effortHours: 2, prerequisites: ['pre'] }),
        action({ id: 'pre', effortHours: 14 }),
        action({ id: 'plain', skills: ['skill-a'], effortHours: 9 }),
      ],
      { gaps },
    )
    expect(picked(s)).toEqual(['plain'])
  })

  it('breaks a tie in value by content order', () => {
    const gaps = [gap({ skillId: 'skill-a', importance: 60, score: 60 })]
    expect(
      picked(select([action({ id: 'x', skills: ['skill-a'] }), action({ id: 'y', skills: ['skill-a'] })], { gaps })),
    ).toEqual(['x'])
  })

  it('never picks a step off the path, one that does not fit, or one already done', () => {
    const gaps = [gap({ skillId: 'skill-a', score: 60 })]
    const s = select(
      [
        action({ id: 'off-path', skills: ['skill-a'], paths: ['path-b'] }),
        action({ id: 'not-open', skills: ['skill-a'], requires: [designs] }),
        action({ id: 'done', skills: ['skill-a'], skipWhen: [weekly] }),
        action({ id: 'ok', skills: ['skill-a'], effortHours: 20 }),
      ],
      { gaps, a: { talk: 'weekly' } },
    )
    expect(picked(s)).toEqual(['ok'])
  })

  it('adds no step for a gap a substantial step already covers, but a token step does not count', () => {
    const gaps = [gap({ skillId: 'skill-a', score: 60 })]
    const covered = select(
      [action({ id: 'req', skills: ['skill-a'], effortHours: 4 }), action({ id: 'more', skills: ['skill-a'] })],
      { gaps, required: ['req'] },
    )
    expect(picked(covered)).toEqual(['req'])
    const token = select(
      [action({ id: 'req', skills: ['skill-a'], effortHours: 3 }), action({ id: 'more', skills: ['skill-a'] })],
      { gaps, required: ['req'] },
    )
    expect(picked(token)).toEqual(['req', 'more'])
  })

  it('adds a second step for a real gap while the hours allow (85 % of the window), and lists the rest as left out', () => {
    const gaps = [gap({ skillId: 'skill-a', score: 54, importance: 50 })]
    const actions = [
      action({ id: 'first', skills: ['skill-a'], effortHours: 4 }),
      action({ id: 'second', skills: ['skill-a'], effortHours: 13 }),
    ]
    // 10 hours × 2 weeks × 0.85 = 17: 4 + 13 fits.
    const fits = select(actions, { gaps, hours: 10, maxWeeks: 2 })
    expect(picked(fits)).toEqual(['first', 'second'])
    expect(reasons(fits).second).toEqual({ kind: 'extra', skillId: 'skill-a' })
    expect(fits.leftOut).toEqual([])
    const tight = select([actions[0] as Action, action({ id: 'second', skills: ['skill-a'], effortHours: 14 })], {
      gaps,
      hours: 10,
      maxWeeks: 2,
    })
    expect(picked(tight)).toEqual(['first'])
    expect(tight.leftOut.map((a) => a.id)).toEqual(['second'])
  })

  it('gives a strong candidate’s weakest-but-fine skills one step at most', () => {
    const actions = [action({ id: 'first', skills: ['skill-a'] }), action({ id: 'second', skills: ['skill-a'] })]
    expect(picked(select(actions, { gaps: [gap({ skillId: 'skill-a', score: 55 })] }))).toEqual(['first'])
  })

  it('addresses the top five gaps only, and names them', () => {
    const gaps = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map((skillId) => gap({ skillId, score: 60 }))
    const s = select(
      gaps.map((g) => action({ id: `for-${g.skillId}`, skills: [g.skillId] })),
      { gaps },
    )
    expect(s.topGapIds).toEqual(['g1', 'g2', 'g3', 'g4', 'g5'])
    expect(picked(s)).toEqual(['for-g1', 'for-g2', 'for-g3', 'for-g4', 'for-g5'])
  })

  it('lists a step left out once, even when it was the next step for two gaps', () => {
    const gaps = [
      gap({ skillId: 'skill-a', score: 30, importance: 50 }),
      gap({ skillId: 'skill-b', score: 30, importance: 50 }),
    ]
    // First steps: a1 and b1 (50 / √4 = 25 each) beat both (100 / √30 ≈ 18); then both is each gap's next step.
    const s = select(
      [
        action({ id: 'a1', skills: ['skill-a'], effortHours: 4 }),
        action({ id: 'b1', skills: ['skill-b'], effortHours: 4 }),
        action({ id: 'both', skills: ['skill-a', 'skill-b'], effortHours: 30 }),
      ],
      { gaps, hours: 1, maxWeeks: 12 },
    )
    expect(picked(s)).toEqual(['a1', 'b1'])
    expect(s.leftOut.map((a) => a.id)).toEqual(['both'])
  })

  it('takes a step that builds two top gaps for the second gap too, whatever the hours', () => {
    const gaps = [
      gap({ skillId: 'skill-a', score: 30, importance: 90 }),
      gap({ skillId: 'skill-b', score: 30, importance: 10 }),
    ]
    const s = select(
      [
        action({ id: 'a1', skills: ['skill-a'], effortHours: 4 }),
        action({ id: 'b1', skills: ['skill-b'], effortHours: 4 }),
        action({ id: 'big', skills: ['skill-a', 'skill-b'], effortHours: 40 }),
      ],
      { gaps, hours: 1, maxWeeks: 12 },
    )
    // b1: 10 / √4 = 5; big: 100 / √40 ≈ 15.8.
    expect(picked(s)).toEqual(['a1', 'big'])
    expect(s.leftOut.map((a) => a.id)).toEqual(['b1'])
  })
})

describe('selectActions: edges a change would break', () => {
  it('keeps the first reason for a step that comes in twice', () => {
    const s = select([action({ id: 'main', prerequisites: ['pre'] }), action({ id: 'pre' })], {
      required: ['main', 'pre'],
    })
    expect(picked(s)).toEqual(['pre', 'main'])
    expect(reasons(s).pre).toEqual({ kind: 'prerequisite', forActionId: 'main' })
  })

  it('counts the hours of prerequisites still to do in a step’s cost, and only those', () => {
    const gaps = [gap({ skillId: 'skill-a', importance: 60, score: 60 })]
    const weekly = { questionId: 'talk', anyOf: ['weekly'] }
    // needs-pre costs 10 + 2 = 12 (60 / √12 ≈ 17) against plain's 9 (60 / 3 = 20).
    const pair = (pre: Partial<Action>, required: string[] = []) =>
      select(
        [
          action({ id: 'needs-pre', skills: ['skill-a'], effortHours: 10, prerequisites: ['pre'] }),
          action({ id: 'pre', effortHours: 2, ...pre }),
          action({ id: 'plain', skills: ['skill-a'], effortHours: 9 }),
        ],
        { gaps, required, a: { talk: 'weekly' } },
      )
    expect(picked(pair({}))).toEqual(['plain'])
    // Already in the plan, or already done: it costs nothing more, and needs-pre (60 / √10 ≈ 19) still loses to plain
    // at 9 hours but wins against a plain step of 11 hours.
    expect(picked(pair({}, ['pre']))).toEqual(['pre', 'plain'])
    const vsEleven = (pre: Partial<Action>, required: string[] = []) =>
      select(
        [
          action({ id: 'needs-pre', skills: ['skill-a'], effortHours: 10, prerequisites: ['pre'] }),
          action({ id: 'pre', effortHours: 2, ...pre }),
          action({ id: 'plain', skills: ['skill-a'], effortHours: 11 }),
        ],
        { gaps, required, a: { talk: 'weekly' } },
      )
    expect(picked(vsEleven({}))).toEqual(['plain'])
    expect(picked(vsEleven({}, ['pre']))).toEqual(['pre', 'needs-pre'])
    expect(picked(vsEleven({ skipWhen: [weekly] }))).toEqual(['needs-pre'])
  })

  it('still gives a step to a gap that matters very little', () => {
    expect(
      picked(
        select([action({ id: 'x', skills: ['skill-a'], effortHours: 9 })], {
          gaps: [gap({ skillId: 'skill-a', importance: 1, score: 60 })],
        }),
      ),
    ).toEqual(['x'])
  })

  it('takes the required steps of the recommended path, not the first path', () => {
    const c = content({
      actions: [action({ id: 'for-a' }), action({ id: 'for-b' })],
      paths: [
        path({ id: 'path-a', requiredActionIds: ['for-a'] }),
        path({ id: 'path-b', requiredActionIds: ['for-b'] }),
      ],
    })
    const s = selectActions(c, planInput({ gaps: [], path: { ...planInput().path, pathId: 'path-b' } }), answers())
    expect(picked(s)).toEqual(['for-b'])
  })
})

describe('selectActions: optional steps only in spare hours', () => {
  const c = (actions: Action[]) => content({ actions, paths: [path({ id: 'path-a' }), path({ id: 'path-b' })] })
  const input = (gaps: Gap[]) =>
    planInput({
      gaps,
      window: transitionWindow({ minWeeks: 1, maxWeeks: 40 }),
      inputs: { hoursPerWeek: 10, yearsExperience: 5, targetWeeks: null },
    })

  it('asks the plan builder whether each optional step fits, with the steps so far and those it would bring', () => {
    const calls: [string[], string[]][] = []
    const fits = (current: readonly Action[], next: readonly Action[]) => {
      calls.push([current.map((a) => a.id), next.map((a) => a.id)])
      return true
    }
    const actions = [
      action({ id: 'first', skills: ['skill-a'], effortHours: 2 }),
      action({ id: 'pre', effortHours: 2 }),
      action({ id: 'second', skills: ['skill-a'], effortHours: 8, prerequisites: ['pre'] }),
    ]
    const s = selectActions(c(actions), input([gap({ skillId: 'skill-a', score: 30 })]), answers(), fits)
    expect(s.selected.map((x) => x.action.id)).toEqual(['first', 'pre', 'second'])
    expect(calls).toEqual([[['first'], ['first', 'pre', 'second']]])
  })

  it('tries the next best step for a gap when the best does not fit, and names the best as left out when none does', () => {
    const actions = [
      action({ id: 'first', skills: ['skill-a'], effortHours: 1 }),
      action({ id: 'big', skills: ['skill-a'], effortHours: 4 }),
      action({ id: 'small', skills: ['skill-a'], effortHours: 9 }),
    ]
    const smallOnly = (_: readonly Action[], next: readonly Action[]) => !next.some((a) => a.id === 'big')
    const s = selectActions(c(actions), input([gap({ skillId: 'skill-a', score: 30 })]), answers(), smallOnly)
    expect(s.selected.map((x) => x.action.id)).toEqual(['first', 'small'])
    expect(s.leftOut).toEqual([])
    const none = selectActions(c(actions), input([gap({ skillId: 'skill-a', score: 30 })]), answers(), () => false)
    expect(none.selected.map((x) => x.action.id)).toEqual(['first'])
    expect(none.leftOut.map((a) => a.id)).toEqual(['big'])
  })

  it('gives a severe gap beyond the top five a step in spare hours, valued by its importance', () => {
    const gaps = [
      ...['g1', 'g2', 'g3', 'g4', 'g5'].map((skillId) => gap({ skillId, score: 60 })),
      gap({ skillId: 'g6', score: 20, importance: 30 }),
      gap({ skillId: 'g7', score: 45, importance: 30 }),
    ]
    const actions = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'].map((g) => action({ id: `for-${g}`, skills: [g] }))
    const s = selectActions(c(actions), input(gaps), answers())
    expect(s.selected.map((x) => x.action.id)).toEqual(['for-g1', 'for-g2', 'for-g3', 'for-g4', 'for-g5', 'for-g6'])
    expect(s.selected.at(-1)?.reason).toEqual({ kind: 'extra', skillId: 'g6' })
    expect(s.topGapIds).toEqual(['g1', 'g2', 'g3', 'g4', 'g5'])
    // Exactly at the severe bar is not severe: no step beyond the top five.
    const at = selectActions(c(actions), input([...gaps.slice(0, 5), gap({ skillId: 'g6', score: 40 })]), answers())
    expect(at.selected.map((x) => x.action.id)).not.toContain('for-g6')
  })
})
