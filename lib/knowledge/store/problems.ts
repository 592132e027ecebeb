import { contentProblems } from '@/lib/engine/content/integrity'
import { ContentSchema } from '@/lib/engine/content/schema'
import { COLLECTION_WORDS, type Collection, isCollection, itemName } from './collections'
import { fieldWord } from './field-words'

// Everything that stops a draft from being published, each problem tied to the item and field it is about, so the
// check page can link straight to the field in the editor. Integrity problems arrive as
// `questions[customer-contact].options[never].skills: unknown skill "x"`; schema problems as zod paths, which are
// turned into the same form first.

export type Problem = {
  message: string
  collection?: Collection
  itemId?: string
  itemName?: string
  /** Where in the item, in words: "Options › never › Skills". */
  where?: string
  /** The editor field's element id (the anchor). */
  anchor?: string
  href: string
}

const WHERE = /^([a-z]+)(?:\[([^\]]+)\])?((?:\.[A-Za-z]+(?:\[[^\]]+\])?)*): ([\s\S]*)$/

function segments(rest: string): string[] {
  return rest
    .split('.')
    .filter(Boolean)
    .flatMap((seg) => {
      const m = /^([A-Za-z]+)(?:\[([^\]]+)\])?$/.exec(seg)
      return m ? [m[1] as string, ...(m[2] !== undefined ? [m[2]] : [])] : [seg]
    })
}

/** The element id the editor gives a field at this path (lib/knowledge/editor/forms use the same rule). */
export const fieldAnchor = (path: readonly string[]) =>
  `f-${path.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`

export function linkProblem(text: string, raw?: Record<string, unknown>): Problem {
  const m = WHERE.exec(text)
  if (!m || !isCollection(m[1])) return { message: text, href: '/admin/content' }
  const collection = m[1]
  const itemId = m[2]
  const path = segments(m[3] ?? '')
  const message = m[4] ?? text
  const list = raw && Array.isArray(raw[collection]) ? (raw[collection] as Record<string, unknown>[]) : []
  const item = itemId ? list.find((i) => i && i.id === itemId) : undefined
  const where = path.map((p) => (/^[a-z][a-zA-Z]*$/.test(p) ? fieldWord(p) : p)).join(' › ')
  const base = `/admin/content/${collection}`
  if (!itemId) return { message, collection, where: COLLECTION_WORDS[collection].many, href: base }
  const anchor = path.length > 0 ? fieldAnchor(path) : undefined
  return {
    message,
    collection,
    itemId,
    itemName: item ? itemName(item) : itemId,
    where: where || undefined,
    anchor,
    href: `${base}/${encodeURIComponent(itemId)}${anchor ? `#${anchor}` : ''}`,
  }
}

/** A zod path into the whole content as the integrity form: ['questions', 3, 'options', 1, 'label'] → questions[id].options[oid].label */
function zodWhere(path: readonly PropertyKey[], raw: Record<string, unknown>): string {
  const [collection, index, ...rest] = path
  if (typeof collection !== 'string') return '(root)'
  const list = Array.isArray(raw[collection]) ? (raw[collection] as unknown[]) : []
  if (typeof index !== 'number') return collection
  const item = list[index] as Record<string, unknown> | undefined
  const id = typeof item?.id === 'string' && item.id !== '' ? item.id : `#${index + 1}`
  let where = `${collection}[${id}]`
  let node: unknown = item
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i]
    if (typeof key !== 'string') break
    node = (node as Record<string, unknown> | undefined)?.[key]
    const next = rest[i + 1]
    if (typeof next === 'number' && Array.isArray(node)) {
      const element = node[next] as Record<string, unknown> | undefined
      const elementId = typeof element?.id === 'string' && element.id !== '' ? element.id : String(next)
      where += `.${key}[${elementId}]`
      node = element
      i++
    } else {
      where += `.${key}`
    }
  }
  return where
}

/** Every problem with the draft: schema problems first (each item's shape), then the cross-item integrity rules. */
export function draftProblems(raw: Record<string, unknown>): Problem[] {
  const parsed = ContentSchema.safeParse(raw)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => linkProblem(`${zodWhere(issue.path, raw)}: ${issue.message}`, raw))
  }
  return contentProblems(parsed.data).map((text) => linkProblem(text, raw))
}
