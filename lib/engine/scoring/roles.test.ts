import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Role } from '@/lib/engine/content/schema'
import {
  AFFINITY_POINT,
  LATER_ROLE_PENALTY,
  REALISTIC_MARGIN,
  ROLE_SKILL_SHARE,
} from '@/lib/engine/scoring/calibration'
import { bestFirstRole, scoreRoles, skillFit } from '@/lib/engine/scoring/roles'
import {
  chosen,
  content,
  multi,
  numberQ,
  option,
  role,
  roleFit,
  single,
  skillResult,
} from '@/tests/fixtures/content-builder'

// Each role leans on one skill of its own, so its skill fit is that skill's score.
const own = (id: string, o: Partial<Role> = {}) =>
  role({ id, name: `Role ${id}`, leansOn: [{ skillId: `s-${id}`, weight: 2 }], ...o })
const skills = (fits: Record<string, number>) =>
  Object.entries(fits).map(([id, score]) => skillResult({ skillId: `s-${id}`, name: `Skill ${id}`, score }))
const interest = (roleWeights: Record<string, number>[]) =>
  content({
    questions: [
      numberQ({ id: 'years', shortLabel: 'Years as an engineer', min: 0, max: 40 }),
      ...roleWeights.map((weights, i) =>
        single({
          id: `likes-${i}`,
          shortLabel: i === 0 ? 'Your specialty' : `Interest ${i}`,
          options: [
            option({
              id: 'x',
              label: `Pick ${i}`,
              roles: Object.entries(weights).map(([roleId, weight]) => ({ roleId, weight })),
            }),
            option({ id: 'y' }),
          ],
        }),
      ),
    ],
  })
const rank = (roles: Role[], fits: Record<string, number>, weights: Record<string, number>[] = [], a: Answers = {}) => {
  const c = { ...interest(weights), roles }
  const picked = { years: 5, ...Object.fromEntries(weights.map((_, i) => [`likes-${i}`, 'x'])), ...a }
  return scoreRoles(c, picked, chosen(c, picked), skills(fits))
}

describe('skillFit: the weighted average of the skills a role leans on', () => {
  it.each<[string, Role['leansOn'], number]>([
    [
      'weighted by reliance',
      [
        { skillId: 's-a', weight: 3 },
        { skillId: 's-b', weight: 1 },
      ],
      70,
    ],
    [
      'an unknown skill counts as 50',
      [
        { skillId: 's-a', weight: 1 },
        { skillId: 's-x', weight: 1 },
      ],
      65,
    ],
    ['a role leaning on nothing sits at 50', [], 50],
  ])('%s', (_, leansOn, fit) => {
    expect(skillFit(role({ leansOn }), skills({ a: 80, b: 40 }))).toBe(fit)
  })
})

describe('scoreRoles: skills decide what is realistic, interests order the realistic roles', () => {
  it('blends skill fit with interest, and marks later roles down', () => {
    const [x, later] = rank([own('x'), own('later', { timing: 'later' })], { x: 60, later: 60 }, [{ x: 1, later: -1 }])
    expect(x).toMatchObject({
      roleId: 'x',
      skillFit: 60,
      score: Math.round(ROLE_SKILL_SHARE * 60 + (1 - ROLE_SKILL_SHARE) * (50 + AFFINITY_POINT)),
    })
    expect(later?.score).toBe(
      Math.round(ROLE_SKILL_SHARE * 60 + (1 - ROLE_SKILL_SHARE) * (50 - AFFINITY_POINT) - LATER_ROLE_PENALTY),
    )
  })

  it('keeps interest and scores within 0–100', () => {
    const [top, bottom] = rank([own('x'), own('y')], { x: 100, y: 0 }, [
      { x: 3, y: -3 },
      { x: 3, y: -3 },
      { x: 3, y: -3 },
    ])
    expect(top?.score).toBe(100)
    expect(bottom?.score).toBe(0)
  })

  it('never lets interest lift a role whose skills are out of reach above a realistic one', () => {
    const far = rank([own('fit'), own('liked')], { fit: 60, liked: 60 - REALISTIC_MARGIN - 1 }, [
      { liked: 3 },
      { liked: 3 },
    ])
    expect(far.map((r) => [r.roleId, r.realistic])).toEqual([
      ['fit', true],
      ['liked', false],
    ])
    expect(far[1]?.score).toBeGreaterThan(far[0]?.score ?? 0)
  })

  it(`lets interest decide between roles within ${REALISTIC_MARGIN} points of the best fit`, () => {
    const near = rank([own('fit'), own('liked')], { fit: 60, liked: 60 - REALISTIC_MARGIN }, [
      { liked: 3 },
      { liked: 3 },
    ])
    expect(near.map((r) => [r.roleId, r.realistic])).toEqual([
      ['liked', true],
      ['fit', true],
    ])
  })

  it('puts roles not open to the person last, whatever their fit, saying what they need', () => {
    const gated = own('senior', { requires: [{ questionId: 'years', min: 6 }] })
    const roles = rank(
      [gated, own('later', { timing: 'later' }), own('junior')],
      { senior: 95, later: 90, junior: 40 },
      [],
      { years: 2 },
    )
    expect(roles.map((r) => [r.roleId, r.open, r.realistic])).toEqual([
      ['junior', true, true],
      ['later', true, false],
      ['senior', false, false],
    ])
    expect(roles[2]?.why[0]).toBe(
      'Not open to you yet: the role senior role usually needs years as an engineer: at least 6 (you: 2).',
    )
    // Roles closed for the same reason: the first says it, the next ones point to it rather than repeat it.
    const four = rank(
      ['a', 'b', 'c', 'd'].map((id) => own(id, { requires: [{ questionId: 'years', min: 6 }] })),
      { a: 90, b: 80, c: 70, d: 60 },
      [],
      { years: 2 },
    )
    expect(four.map((r) => r.why[0])).toEqual([
      'Not open to you yet: the role a role usually needs years as an engineer: at least 6 (you: 2).',
      'Closed for the same reason as the role a role.',
      'Like the role a role, not open to you yet.',
      'What keeps the role a role closed applies here too.',
    ])
    // Not open roles do not set the bar for what is realistic.
    expect(rank([gated, own('junior')], { senior: 95, junior: 40 }, [], { years: 2 })[0]?.realistic).toBe(true)
  })

  it('orders by score within a tier, then by content order', () => {
    expect(rank([own('a'), own('b'), own('c')], { a: 60, b: 64, c: 64 }).map((r) => r.roleId)).toEqual(['b', 'c', 'a'])
  })

  it('orders later roles after every open first move, even a far one', () => {
    const roles = rank([own('later', { timing: 'later' }), own('best'), own('far')], { later: 99, best: 80, far: 20 })
    expect(roles.map((r) => r.roleId)).toEqual(['best', 'far', 'later'])
    expect(roles.map((r) => r.realistic)).toEqual([true, false, false])
  })

  it('explains the top role by the skills and answers that put it there, with the biggest gap and what speaks against it', () => {
    const c = content()
    const tpm = role({
      id: 'tpm',
      name: 'Technical product manager',
      leansOn: [
        { skillId: 'skill-a', weight: 3 },
        { skillId: 'skill-b', weight: 1 },
        { skillId: 'skill-c', weight: 1 },
        { skillId: 'skill-d', weight: 2 },
      ],
    })
    const withLikes = {
      ...c,
      roles: [tpm],
      questions: [
        single({
          id: 'spec',
          shortLabel: 'Your specialty',
          options: [option({ id: 'x', label: 'Backend', roles: [{ roleId: 'tpm', weight: 2 }] }), option({ id: 'y' })],
        }),
        multi({
          id: 'likes',
          shortLabel: 'What draws you',
          options: [
            option({ id: 'a', label: 'APIs', roles: [{ roleId: 'tpm', weight: 1 }] }),
            option({ id: 'b', label: 'Design', roles: [{ roleId: 'tpm', weight: -1 }] }),
            option({ id: 'c', label: 'Nothing', roles: [{ roleId: 'tpm', weight: 0 }] }),
          ],
        }),
      ],
    }
    const a = { spec: 'x', likes: ['a', 'b', 'c'] }
    const scores = [
      skillResult({ skillId: 'skill-a', name: 'Customer discovery', score: 50 }),
      skillResult({ skillId: 'skill-b', name: 'API design', score: 90 }),
      skillResult({ skillId: 'skill-c', name: 'Prioritisation', score: 30 }),
      skillResult({ skillId: 'skill-d', name: 'Storytelling', score: 30 }),
    ]
    const [r] = scoreRoles(withLikes, a, chosen(withLikes, a), scores)
    expect(r?.why).toEqual([
      'Top of your list because it leans on customer discovery (you: 50) and API design (you: 90), and because of your answers (specialty: Backend; what draws you: APIs); your biggest gap for it is storytelling (30).',
      'Against the technical product manager role: what draws you: Design.',
    ])
    expect(r).toMatchObject({
      roleId: 'tpm',
      name: 'Technical product manager',
      open: true,
      timing: 'first-move',
      sources: ['src-a'],
    })
  })

  it('names no biggest gap when the weakest skill is 55 or more, or already among the helping ones', () => {
    const why = (scores: Record<string, number>) => {
      const c = {
        ...content(),
        roles: [role({ id: 'r', leansOn: Object.keys(scores).map((skillId, i) => ({ skillId, weight: 3 - i })) })],
      }
      return scoreRoles(
        c,
        {},
        [],
        Object.entries(scores).map(([skillId, score]) => skillResult({ skillId, name: skillId, score })),
      )[0]?.why[0]
    }
    expect(why({ x: 90, y: 80, z: 55 })).toBe(
      'Top of your list because it leans on x (you: 90) and y (you: 80), where your answers are strongest.',
    )
    expect(why({ x: 90, y: 80, z: 54 })).toBe(
      'Top of your list because it leans on x (you: 90) and y (you: 80), where your answers are strongest; your biggest gap for it is z (54).',
    )
    expect(why({ x: 10, y: 90, z: 20 })).toBe(
      'Top of your list because it leans on y (you: 90) and x (you: 10), where your answers are strongest.',
    )
  })

  it('lists three interests for and two against at most, once each', () => {
    const c = interest([{ x: 1 }, { x: 1 }, { x: 1 }, { x: 1 }, { x: -1 }, { x: -1 }, { x: -1 }])
    const roles = [own('x')]
    const a = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`likes-${i}`, 'x']))
    const [r] = scoreRoles({ ...c, roles }, a, chosen({ ...c, roles }, a), skills({ x: 50 }))
    expect(r?.why).toContain(
      'Top of your list because it leans on skill x (you: 50), and because of your answers (specialty: Pick 0; interest 1: Pick 1; interest 2: Pick 2).',
    )
    expect(r?.why).toContain('Against the role x role: interest 4: Pick 4 and interest 5: Pick 5.')
    // A role further down names its interests on a line of its own.
    const [, second] = scoreRoles(
      { ...c, roles: [own('y'), own('x')] },
      a,
      chosen({ ...c, roles }, a),
      skills({ x: 50, y: 90 }),
    )
    expect(second?.why).toContain(
      'In favour of the role x role: specialty: Pick 0, interest 1: Pick 1 and interest 2: Pick 2.',
    )
    expect(second?.why[0]).toBe('It leans on skill x (you: 50).')
  })

  it('says a later role comes after a first PM job, in a different sentence for each such role', () => {
    const later = rank([own('a', { timing: 'later' }), own('b', { timing: 'later' }), own('c', { timing: 'later' })], {
      a: 50,
      b: 50,
      c: 50,
    })
    expect(later.map((r) => r.why.at(-1))).toEqual([
      'The articles suggest moving into this kind of role after a first PM job, once you have product experience.',
      'Usually a second move: the articles advise it once you have a first product role behind you.',
      'Best as a later step, after a first PM role, the articles say.',
    ])
  })

  it('counts a later role as a first move for someone already doing that work, with no penalty and the answer named', () => {
    const c = {
      ...interest([]),
      questions: [
        single({
          id: 'area',
          shortLabel: 'Your product area',
          options: [option({ id: 'consumer', label: 'A consumer app' }), option({ id: 'b2b', label: 'B2B' })],
        }),
      ],
    }
    const roles = [
      own('growth', { timing: 'later', firstMoveWhen: [{ questionId: 'area', anyOf: ['consumer'] }] }),
      own('tpm'),
    ]
    const fits = skills({ growth: 80, tpm: 75 })
    const doing = scoreRoles({ ...c, roles }, { area: 'consumer' }, chosen({ ...c, roles }, { area: 'consumer' }), fits)
    expect(doing.map((r) => [r.roleId, r.timing, r.score])).toEqual([
      ['growth', 'first-move', Math.round(0.7 * 80 + 0.3 * 50)],
      ['tpm', 'first-move', Math.round(0.7 * 75 + 0.3 * 50)],
    ])
    // The answer is quoted once, in the reason it is top; the line on doing the work already names its question.
    expect(doing[0]?.why[0]).toContain('product area: A consumer app')
    expect(doing[0]?.why.at(-1)).toMatch(/^You already do this kind of work \(your product area\)/)
    expect(bestFirstRole(doing).roleId).toBe('growth')
    // Coming from other work, the articles' advice stands: later, penalised, and below every first move.
    const other = scoreRoles({ ...c, roles }, { area: 'b2b' }, chosen({ ...c, roles }, { area: 'b2b' }), fits)
    expect(other.map((r) => [r.roleId, r.timing, r.score])).toEqual([
      ['tpm', 'first-move', Math.round(0.7 * 75 + 0.3 * 50)],
      ['growth', 'later', Math.round(0.7 * 80 + 0.3 * 50 - LATER_ROLE_PENALTY)],
    ])
  })
})

describe('bestFirstRole', () => {
  it.each([
    [
      'the first open first move',
      [
        roleFit({ roleId: 'later', timing: 'later' }),
        roleFit({ roleId: 'closed', open: false }),
        roleFit({ roleId: 'open' }),
      ],
      'open',
    ],
    [
      'the top of the list when no first move is open',
      [roleFit({ roleId: 'later', timing: 'later' }), roleFit({ roleId: 'closed', open: false })],
      'later',
    ],
  ])('is %s', (_, roles, id) => {
    expect(bestFirstRole(roles).roleId).toBe(id)
  })

  it('refuses content without roles', () => {
    expect(() => bestFirstRole([])).toThrow('scoreRoles: content has no roles')
  })
})

describe('scoreRoles: explanations only say what there is to say', () => {
  it('leaves out lines with nothing in them and skills it has no score for', () => {
    const c = {
      ...content(),
      roles: [role({ id: 'r', name: 'Growth PM', leansOn: [{ skillId: 'unknown', weight: 3 }] })],
    }
    const [r] = scoreRoles(c, {}, [], [])
    expect(r?.why).toEqual([])
    const [known] = scoreRoles(
      {
        ...c,
        roles: [
          role({
            id: 'r',
            leansOn: [
              { skillId: 'unknown', weight: 3 },
              { skillId: 'x', weight: 1 },
            ],
          }),
        ],
      },
      {},
      [],
      [skillResult({ skillId: 'x', name: 'X', score: 70 })],
    )
    expect(known?.why).toEqual(['Top of your list because it leans on x (you: 70), where your answers are strongest.'])
  })

  it('names one fact once, however many times an answer counts it', () => {
    const c = content({
      roles: [role({ id: 'r' })],
      questions: [
        single({
          id: 'q',
          shortLabel: 'Your specialty',
          options: [
            option({
              id: 'x',
              label: 'Data',
              roles: [
                { roleId: 'r', weight: 1 },
                { roleId: 'r', weight: 1 },
              ],
            }),
            option({ id: 'y' }),
          ],
        }),
      ],
    })
    const [r] = scoreRoles(c, { q: 'x' }, chosen(c, { q: 'x' }), [])
    expect(r?.why.join(' ')).toContain('specialty: Data')
    expect(r?.why.join(' ').match(/specialty: Data/g)).toHaveLength(1)
    expect(r?.score).toBe(Math.round(0.7 * 50 + 0.3 * (50 + 16)))
  })

  it('breaks ties in score by content order, however many roles tie', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    expect(
      rank(
        ids.map((id) => own(id)),
        Object.fromEntries(ids.map((id) => [id, 60])),
      ).map((r) => r.roleId),
    ).toEqual(ids)
  })
})
