import { z } from 'zod'
import { parsePhrase } from './phrases'
import { ConditionSchema, IdSchema, SourcesSchema, text } from './primitives'

// What content/lexicon.json and content/prompts.json may hold: the phrase lexicon that maps a job listing's lines to
// our skills (and names what the assessment does not measure), and the interview-story prompts. Cross-references
// (skills, synonym groups, actions, questions) are checked in ./positioning-integrity.ts.

/** A phrase in the lexicon's little language (./phrases.ts): alternatives with "|", "*" endings, "#", "@group". */
export const PhraseSchema = text(200).superRefine((phrase, ctx) => {
  const parsed = parsePhrase(phrase)
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem })
})

/** Every term found within a span of `within` words of a line, in any order: "talk*|interview*" near "@customer". */
export const PatternSchema = z.strictObject({
  all: z.array(PhraseSchema).min(2).max(4),
  within: z.number().int().min(2).max(16),
})

const MatchRulesShape = {
  /** Phrases that show it on their own. */
  phrases: z.array(PhraseSchema).min(1),
  /** Terms that show it only together. */
  patterns: z.array(PatternSchema).default([]),
  /** A phrase or pattern match overlapping one of these words does not count ("market" inside "go-to-market"). */
  excludes: z.array(PhraseSchema).default([]),
}

/** Words a listing uses interchangeably, referred to in phrases as "@id" ("@customer": customers, users, clients…). */
export const SynonymGroupSchema = z.strictObject({
  id: IdSchema,
  words: z.array(PhraseSchema).min(2),
  sources: SourcesSchema,
})

/** How a listing asks for one of our skills. One entry per skill at most. */
export const LexiconEntrySchema = z.strictObject({
  id: IdSchema,
  skillId: IdSchema,
  ...MatchRulesShape,
  sources: SourcesSchema,
})

/** Something listings ask for that this assessment does not measure (years, a degree, a domain…), said honestly. */
export const UnmeasuredSchema = z.strictObject({
  id: IdSchema,
  /** Short, for a tag: "Years of experience". */
  label: text(60),
  /** Why the assessment can't speak to it, shown beside the line: "How long you have held a job title…". */
  explanation: text(300),
  ...MatchRulesShape,
  sources: SourcesSchema,
})

/** Answers that suggest the person has a story for a prompt, and the story idea to offer them. */
export const StoryCueSchema = z.strictObject({
  /** All must hold (lib/engine/content/schema.ts conditions: a choice among `anyOf`, or a number within min/max). */
  when: z.array(ConditionSchema).min(1),
  /** Addressed to the person: "You said another team changed its plan because of you: that is your influence story." */
  idea: text(300),
})

/** A question PM interviewers ask, which the person prepares a story for. */
export const PromptSchema = z.strictObject({
  id: IdSchema,
  /** As an interviewer would ask it. */
  question: text(200),
  /** What a good answer shows, in a sentence. */
  listensFor: text(400),
  /** The skills a story for this prompt shows; their answers suggest stories when no cue applies. */
  skills: z.array(IdSchema).min(1),
  /** Tried in order; every cue that holds offers its idea. */
  cues: z.array(StoryCueSchema).default([]),
  /** Plan steps that would give the person a story for it, best first. */
  buildWith: z.array(IdSchema).min(1),
  sources: SourcesSchema,
})

const fileSchema = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ $schema: z.string().optional(), ...shape })
export const LexiconFileSchema = fileSchema({
  synonyms: z.array(SynonymGroupSchema),
  lexicon: z.array(LexiconEntrySchema).min(1),
  unmeasured: z.array(UnmeasuredSchema),
})
export const PromptsFileSchema = fileSchema({ prompts: z.array(PromptSchema).min(1) })

export type Pattern = z.infer<typeof PatternSchema>
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>
export type Unmeasured = z.infer<typeof UnmeasuredSchema>
export type StoryCue = z.infer<typeof StoryCueSchema>
export type Prompt = z.infer<typeof PromptSchema>
