import type { z } from 'zod'
import {
  LexiconEntrySchema,
  PromptSchema,
  SynonymGroupSchema,
  UnmeasuredSchema,
} from '@/lib/engine/content/positioning-schema'
import {
  ActionSchema,
  AreaSchema,
  PathSchema,
  PhaseSchema,
  QuestionSchema,
  RoleSchema,
  SectionSchema,
  SkillSchema,
  SourceSchema,
} from '@/lib/engine/content/schema'
import { COLLECTIONS, type Collection, itemName } from '@/lib/knowledge/store/collections'

/** The engine's own schema for one item of each collection: what a save must pass. */
export const ITEM_SCHEMAS: Record<Collection, z.ZodType<{ id: string }>> = {
  skills: SkillSchema,
  questions: QuestionSchema,
  roles: RoleSchema,
  paths: PathSchema,
  actions: ActionSchema,
  phases: PhaseSchema,
  sources: SourceSchema,
  areas: AreaSchema,
  sections: SectionSchema,
  lexicon: LexiconEntrySchema,
  synonyms: SynonymGroupSchema,
  unmeasured: UnmeasuredSchema,
  prompts: PromptSchema,
}

export type Choice = { value: string; label: string }
/** The ids and names of every collection, for the editor's selects and checkboxes. */
export type Choices = Record<Collection, Choice[]>

/** The ids and names of every collection in this content, for the editor's selects and checkboxes. */
export function choicesFrom(raw: Record<string, unknown>): Choices {
  const out = {} as Choices
  for (const collection of COLLECTIONS) {
    const list = Array.isArray(raw[collection]) ? (raw[collection] as Record<string, unknown>[]) : []
    out[collection] = list
      .filter((item) => item && typeof item.id === 'string')
      .map((item) => ({ value: item.id as string, label: itemName(item) }))
  }
  return out
}

/** The name of an item by collection and id, for messages; undefined when there is none. */
export const nameIn =
  (choices: Choices) =>
  (collection: Collection, id: string): string | undefined =>
    choices[collection].find((c) => c.value === id)?.label
