import type { Content } from '@/lib/engine/content/schema'

// The knowledge base as admins see it: thirteen collections of items, each item identified by its id. A draft keeps
// one row per item; a release keeps the whole Content.

export const COLLECTIONS = [
  'skills',
  'questions',
  'roles',
  'paths',
  'actions',
  'phases',
  'sources',
  'areas',
  'sections',
  'lexicon',
  'synonyms',
  'unmeasured',
  'prompts',
] as const satisfies readonly (keyof Content)[]
export type Collection = (typeof COLLECTIONS)[number]

export const isCollection = (value: unknown): value is Collection =>
  typeof value === 'string' && (COLLECTIONS as readonly string[]).includes(value)

/** What admins call one item of each collection. */
export const COLLECTION_WORDS: Record<Collection, { one: string; many: string }> = {
  skills: { one: 'skill', many: 'Skills' },
  questions: { one: 'question', many: 'Questions' },
  roles: { one: 'role', many: 'Roles' },
  paths: { one: 'path', many: 'Paths' },
  actions: { one: 'action', many: 'Actions' },
  phases: { one: 'phase', many: 'Phases' },
  sources: { one: 'source', many: 'Sources' },
  areas: { one: 'skill area', many: 'Skill areas' },
  sections: { one: 'section', many: 'Questionnaire sections' },
  lexicon: { one: 'skill lexicon entry', many: 'Job-listing lexicon' },
  synonyms: { one: 'synonym group', many: 'Job-listing synonyms' },
  unmeasured: { one: 'not-measured pattern', many: 'Job-listing: not measured' },
  prompts: { one: 'interview prompt', many: 'Interview story prompts' },
}

export type DraftItemData = { collection: Collection; itemId: string; position: number; data: unknown }

const idOf = (item: unknown, index: number) =>
  item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
    ? (item as { id: string }).id
    : `item-${index + 1}`

/** Splits content (parsed, or raw from an import) into draft rows, in order. */
export function contentToItems(content: Record<string, unknown>): DraftItemData[] {
  return COLLECTIONS.flatMap((collection) => {
    const list = Array.isArray(content[collection]) ? (content[collection] as unknown[]) : []
    return list.map((data, position) => ({ collection, itemId: idOf(data, position), position, data }))
  })
}

/** Reassembles rows into one raw content object, each collection in position order. */
export function itemsToContent(
  items: readonly { collection: string; position: number; itemId: string; data: unknown }[],
) {
  const content: Record<Collection, unknown[]> = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as never
  const sorted = [...items].sort((a, b) => a.position - b.position || (a.itemId < b.itemId ? -1 : 1))
  for (const item of sorted) if (isCollection(item.collection)) content[item.collection].push(item.data)
  return content
}

/** The name an item goes by in lists and messages. */
export function itemName(item: unknown): string {
  if (!item || typeof item !== 'object') return '(unreadable item)'
  const record = item as Record<string, unknown>
  for (const key of ['name', 'title', 'shortLabel', 'prompt', 'question', 'label', 'id']) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return '(unnamed)'
}
