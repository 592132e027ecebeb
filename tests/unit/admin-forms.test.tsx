import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ItemFields } from '@/components/admin/item-fields'
import {
  CommonalitySchema,
  MultiQuestionSchema,
  NumberQuestionSchema,
  QuestionCategorySchema,
  SingleQuestionSchema,
  SkillSchema,
} from '@/lib/engine/content/schema'
import { formValues, readEditedItem } from '@/lib/knowledge/editor/content-editing'
import { NEW_COLUMN_FIELD } from '@/lib/knowledge/editor/forms/editor-layout'
import { readForm } from '@/lib/knowledge/editor/forms/form-data'
import { choicesFrom, ITEM_SCHEMAS, nameIn } from '@/lib/knowledge/editor/forms/item-schemas'
import { itemModel } from '@/lib/knowledge/editor/forms/schema-model'
import { loadContent } from '@/lib/knowledge/load'
import { COLLECTIONS, type Collection } from '@/lib/knowledge/store/collections'

// The editor's forms are drawn from the content's own schemas and read back into items the same schemas check.
// These tests post forms the way a browser without JavaScript does: every named control's value, from the HTML.

const content = loadContent()
const choices = choicesFrom(content as unknown as Record<string, unknown>)
const names = nameIn(choices)

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return m ? decode(m[1] as string) : undefined
}

/** What a browser posts for this HTML: inputs (checked boxes only), textareas and each select's chosen option. */
function formFrom(html: string, edits: Record<string, string> = {}): FormData {
  const form = new FormData()
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name')
    if (!name) continue
    const type = attr(tag, 'type') ?? 'text'
    if (type === 'checkbox' && !/\schecked=""/.test(tag)) continue
    form.append(name, edits[name] ?? attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''))
  }
  for (const [, open, body] of html.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    const name = attr(open as string, 'name')
    if (name) form.append(name, edits[name] ?? decode(body as string))
  }
  for (const [, open, body] of html.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const name = attr(open as string, 'name')
    if (!name) continue
    const selected = /<option\b[^>]*selected=""[^>]*>/.exec(body as string)?.[0]
    form.append(name, edits[name] ?? (selected ? (attr(selected, 'value') ?? '') : ''))
  }
  return form
}

const render = (collection: Collection, values: ReturnType<typeof formValues>, errors = [] as never[]) =>
  renderToStaticMarkup(
    <ItemFields
      model={itemModel(ITEM_SCHEMAS[collection])}
      values={values}
      errors={errors}
      choices={choices}
      isNew={false}
    />,
  )

function post(collection: Collection, item: { id: string }, edits: Record<string, string> = {}, added = '') {
  const form = formFrom(render(collection, formValues(collection, item)), edits)
  return readEditedItem(collection, readForm(form), { itemId: item.id, addedSkill: added, names })
}

const question = (id: string) => {
  const q = content.questions.find((x) => x.id === id)
  if (!q) throw new Error(`no question ${id}`)
  return q
}

describe('every item goes through its form unchanged', () => {
  for (const collection of COLLECTIONS) {
    it(`${collection}: drawn, posted untouched and read back, each item is what was saved`, () => {
      for (const item of content[collection] as { id: string }[]) {
        const read = post(collection, item)
        if (!read.ok) throw new Error(`${collection}/${item.id}: ${JSON.stringify(read.errors)}`)
        expect(read.data, `${collection}/${item.id}`).toEqual(ITEM_SCHEMAS[collection].parse(item))
      }
    })
  }
})

describe('the answers × skills grid', () => {
  const contact = question('customer-contact')
  const cell = 'item.options.3.skills.customer-discovery.weight'

  it('changes one weight and nothing else', () => {
    const read = post('questions', contact, { [cell]: '+2' })
    if (!read.ok) throw new Error(JSON.stringify(read.errors))
    const expected = structuredClone(contact) as typeof contact & { kind: 'single' }
    const weekly = expected.options[3]?.skills.find((s) => s.skillId === 'customer-discovery')
    if (!weekly) throw new Error('fixture changed')
    weekly.weight = 2
    expect(read.data).toEqual(expected)
  })

  it('marks an out-of-range weight on its cell, in a sentence with what was typed, and keeps it as typed', () => {
    const read = post('questions', contact, { [cell]: '+5' })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toEqual([
      {
        fieldId: 'f-options-weekly-skills-customer-discovery-weight',
        message: 'Weights go from −3 to +3; you entered +5.',
        where: '“Every week or more” › Customer empathy and discovery',
      },
    ])
    const html = render('questions', read.values, read.errors as never[])
    const input = /<input[^>]*id="f-options-weekly-skills-customer-discovery-weight"[^>]*>/.exec(html)?.[0] ?? ''
    expect(input).toContain('value="+5"')
    expect(input).toContain('aria-invalid="true"')
    expect(input).not.toContain('data-sign="pos"') // not shown as a valid, positive weight
    expect(html).toContain('Weights go from −3 to +3; you entered +5.')
  })

  it('reads text in a cell as a mistake, not as nothing', () => {
    const read = post('questions', contact, { [cell]: 'lots' })
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors[0]?.message).toBe('Weights go from −3 to +3; you entered lots.')
  })

  it('treats 0 and an emptied cell as no effect', () => {
    for (const typed of ['0', '']) {
      const read = post('questions', contact, { [cell]: typed })
      if (!read.ok) throw new Error(JSON.stringify(read.errors))
      const weekly = (read.data as typeof contact & { kind: 'single' }).options[3]
      expect(weekly?.skills.map((s) => s.skillId)).toEqual(['stakeholder-communication'])
    }
  })

  it('adds a skill as a new column, without JavaScript: choose it in the header, fill its cells', () => {
    const read = post(
      'questions',
      contact,
      { 'item.options.2.skills.__new.weight': '1', 'item.options.3.skills.__new.weight': '2' },
      'storytelling',
    )
    if (!read.ok) throw new Error(JSON.stringify(read.errors))
    const options = (read.data as typeof contact & { kind: 'single' }).options
    expect(options.map((o) => o.skills.find((s) => s.skillId === 'storytelling')?.weight)).toEqual([
      undefined,
      undefined,
      1,
      2,
    ])
  })

  it('asks for the skill when a new column is filled in without one', () => {
    const read = post('questions', contact, { 'item.options.3.skills.__new.weight': '2' })
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors[0]).toMatchObject({ fieldId: `f-${NEW_COLUMN_FIELD}` })
  })

  it('adds an answer from the spare row, with an id made from its wording', () => {
    const read = post('questions', contact, {
      'item.options.4.label': 'Every day',
      'item.options.4.rationale': 'You talk with customers daily',
      'item.options.4.skills.customer-discovery.weight': '3',
    })
    if (!read.ok) throw new Error(JSON.stringify(read.errors))
    const added = (read.data as typeof contact & { kind: 'single' }).options[4]
    expect(added).toMatchObject({
      id: 'every-day',
      label: 'Every day',
      skills: [{ skillId: 'customer-discovery', weight: 3 }],
    })
  })

  it('never makes a new id for an existing answer whose id was cleared: stored answers refer to it', () => {
    const read = post('questions', contact, { 'item.options.1.id': '' })
    expect(read.ok).toBe(false)
    if (!read.ok)
      expect(read.errors).toEqual([expect.objectContaining({ fieldId: 'f-options-1-id', message: 'Fill this in.' })])
  })

  it('names a missing "why it counts" on the answer it belongs to, by its wording', () => {
    const read = post('questions', contact, { 'item.options.1.rationale': '' })
    expect(read.ok).toBe(false)
    if (!read.ok)
      expect(read.errors).toEqual([
        {
          fieldId: 'f-options-once-twice-rationale',
          message: 'Fill this in.',
          where: '“Once or twice” › Why it counts',
        },
      ])
  })

  it('draws the option’s text, its caps and the question’s kind beside the weights', () => {
    const html = render('questions', formValues('questions', contact))
    expect(html).toContain('Behaviour — how often they really did something')
    expect(html).toContain('the answers form a scale')
    expect(html).toMatch(/<input[^>]*name="item\.options\.0\.label"[^>]*value="Never"/)
    expect(html).toMatch(/<input[^>]*name="item\.options\.0\.caps\.customer-discovery\.atMost"[^>]*value="35"/)
  })
})

describe('one schema: what the content schema gains, the editor shows', () => {
  it('an enum value added to a skill schema in a fixture appears in the generated form, and saves', () => {
    const Fixture = SkillSchema.extend({
      engineerCommonality: z.enum([...CommonalitySchema.options, 'rarely-seen']),
      mentorNote: z.string().max(200).optional(),
    })
    const model = itemModel(Fixture)
    const skill = content.skills[0]
    const html = renderToStaticMarkup(
      <ItemFields model={model} values={formValues('skills', skill)} errors={[]} choices={choices} isNew={false} />,
    )
    expect(html).toContain('<option value="rarely-seen">Rarely seen</option>')
    expect(html).toContain('Mentor note (optional)')
  })

  it('a new evidence kind added to the question schema in a fixture appears in the question editor', () => {
    const category = z.enum([...QuestionCategorySchema.options, 'peer-review'])
    const Fixture = z.discriminatedUnion('kind', [
      SingleQuestionSchema.extend({ category }),
      MultiQuestionSchema.extend({ category }),
      NumberQuestionSchema.extend({ category }),
    ])
    const html = renderToStaticMarkup(
      <ItemFields
        model={itemModel(Fixture)}
        values={formValues('questions', question('customer-contact'))}
        errors={[]}
        choices={choices}
        isNew={false}
      />,
    )
    const select = /<select[^>]*name="item\.category"[^>]*>[\s\S]*?<\/select>/.exec(html)?.[0] ?? ''
    expect(select).toContain('<option value="peer-review">Peer review</option>')
    expect(select).toContain('<option value="behaviour" selected="">')
  })
})
