import { z } from 'zod'
import { storableText } from '@/lib/engine/input/storable-text'
import { LexiconFileSchema, PromptsFileSchema } from './positioning-schema'
import { ConditionSchema, ConditionsSchema, IdSchema, SourcesSchema, text } from './primitives'

// Content schemas: the one definition of what content/*.json may hold. The loader, the admin editor
// and the JSON Schema export (content/schema/*.json) all derive from these; types are inferred, never hand-written.
// The shared building blocks (ids, texts, sources, conditions) live in ./primitives; the job-listing lexicon and
// the interview-story prompts in ./positioning-schema.

export { ConditionSchema, IdSchema }

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: text(200),
  publisher: text(120),
  author: text(120).optional(),
  /** ISO date (YYYY-MM-DD) when the source states one. */
  date: z.iso.date().optional(),
  /** Shown as a link in pages and exports: web addresses only (never javascript:, data: and the like). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
  /** What this source contributes to our content, in our words. */
  contributes: text(600),
})

export const AreaSchema = z.strictObject({ id: IdSchema, name: text(80), description: text(300) })

/** How often engineers arrive with this skill already, per the articles. */
export const CommonalitySchema = z.enum(['usually-strong', 'mixed', 'usually-gap'])

export const SkillSchema = z.strictObject({
  id: IdSchema,
  name: text(80),
  areaId: IdSchema,
  description: text(400),
  strongLooksLike: text(400),
  engineerCommonality: CommonalitySchema,
  sources: SourcesSchema,
})

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: text(80),
  intro: text(400),
  estimatedMinutes: z.number().int().min(1).max(15),
})

/**
 * What kind of evidence a question gives. The scoring weighs them in this order (KIND_WEIGHT in lib/engine/scoring/calibration.ts):
 * `behaviour` (how often you really did something) and `crosswalk` (engineering work you have done, ticked from a list)
 * are what you did; `scenario` is what you would do; `self-rating` is how you rate yourself on observable levels;
 * `context` (background, goals) steers roles, paths and the plan; `motivation` feeds the verdict only.
 */
export const QuestionCategorySchema = z.enum([
  'context',
  'behaviour',
  'crosswalk',
  'scenario',
  'self-rating',
  'motivation',
])

/**
 * Motivation signals. `pull` = the reasons the articles endorse (bigger picture, impact, being the bridge, growth);
 * `status` = title or salary alone; `deep-tech` = loving deep technical work most. The verdict weighs them.
 */
export const SignalSchema = z.enum(['pull', 'status', 'deep-tech'])

const SkillContributionSchema = z.strictObject({
  skillId: IdSchema,
  /** Signed, -3..3, never 0. Multiplied by the question category's weight during scoring. */
  weight: z
    .number()
    .int()
    .min(-3)
    .max(3)
    .refine((w) => w !== 0, 'a weight of 0 contributes nothing; remove the entry'),
  /** Overrides the option's rationale for this skill when one answer says different things about two skills. */
  reason: text(200).optional(),
})

/** What choosing an option (or landing in a number band) does. Everything but the rationale is optional. */
const EffectsShape = {
  /** A phrase usable in "why" text, e.g. "You've written design docs — evidence of breaking big ideas into steps". */
  rationale: text(240),
  skills: z.array(SkillContributionSchema).default([]),
  /** Interest in a role; feeds role fit. */
  roles: z.array(z.strictObject({ roleId: IdSchema, weight: z.number().int().min(-3).max(3) })).default([]),
  /** Lean towards or away from a path; feeds the path recommendation. */
  paths: z.array(z.strictObject({ pathId: IdSchema, weight: z.number().int().min(-6).max(6) })).default([]),
  signals: z.array(z.strictObject({ signal: SignalSchema, weight: z.number().int().min(1).max(3) })).default([]),
  /** Weeks added to (or, if negative, taken off) the transition window, stated as a reason. */
  windowWeeks: z.number().int().min(-8).max(26).default(0),
  /**
   * Ceilings on skill scores. A real-behaviour answer such as "never" caps the skills it evidences, however well the
   * hypothetical and self-rated answers go: nobody is strong at customer discovery without talking to customers.
   */
  caps: z.array(z.strictObject({ skillId: IdSchema, atMost: z.number().int().min(0).max(100) })).default([]),
  /**
   * A sentence for the plan's notes when this answer is given, for situations that change how to use the plan
   * (e.g. on leave: start with what you can do from home). Plain words, shown as is.
   */
  planNote: text(300).optional(),
}

export const OptionSchema = z.strictObject({
  id: IdSchema,
  label: text(200),
  /** Observable description for anchored self-rating levels. */
  detail: text(300).optional(),
  /** 1–5 on anchored self-rating questions only. */
  level: z.number().int().min(1).max(5).optional(),
  /** In a multi question, the "none of these" option: it cannot be combined with others. */
  exclusive: z.boolean().default(false),
  /** On the target-timeline question: the weeks the user hopes for (absent = no fixed date). */
  targetWeeks: z.number().int().min(1).max(104).optional(),
  /** The option as a mentor rating this person would read it ("Every week or more" stays; "I'd dread it" would not). */
  raterLabel: text(200).optional(),
  ...EffectsShape,
})

/** Bands hold answers from `min` to `max` inclusive, both on the question's step (e.g. 0–1.5 in steps of 0.5). */
export const NumberBandSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  ...EffectsShape,
})

/** Questions whose answer the engine reads directly, besides their effects. */
export const FeedSchema = z.enum(['hours-per-week', 'years-experience', 'target-timeline'])

const QuestionBaseShape = {
  id: IdSchema,
  sectionId: IdSchema,
  category: QuestionCategorySchema,
  prompt: text(300),
  /** The short name used in error messages and summaries, e.g. "Hours per week". */
  shortLabel: text(60),
  help: text(400).optional(),
  /** Every question is required unless marked optional. */
  optional: z.boolean().default(false),
  feeds: FeedSchema.optional(),
  sources: z.array(IdSchema).default([]),
  /** The question about someone else, for a mentor or manager rating this person. Only questions with one are asked of raters. */
  raterPrompt: text(300).optional(),
}

export const SingleQuestionSchema = z.strictObject({
  ...QuestionBaseShape,
  kind: z.literal('single'),
  options: z.array(OptionSchema).min(2),
})

export const MultiQuestionSchema = z.strictObject({
  ...QuestionBaseShape,
  kind: z.literal('multi'),
  options: z.array(OptionSchema).min(2),
  maxSelected: z.number().int().min(1).optional(),
})

/** The steps a number answer may take: whole numbers, or halves (six months is 0.5 years). */
export const NumberStepSchema = z.union([z.literal(1), z.literal(0.5)])

export const NumberQuestionSchema = z.strictObject({
  ...QuestionBaseShape,
  kind: z.literal('number'),
  min: z.number().int(),
  max: z.number().int(),
  /** Answers are whole numbers (1) or may end in .5 (0.5). */
  step: NumberStepSchema.default(1),
  /** Shown after the input and in messages, e.g. "hours per week". */
  unit: text(40),
  /** Contiguous bands covering min..max; the answer's band supplies its effects. */
  bands: z.array(NumberBandSchema).min(1),
})

export const QuestionSchema = z.discriminatedUnion('kind', [
  SingleQuestionSchema,
  MultiQuestionSchema,
  NumberQuestionSchema,
])

export const RoleSchema = z.strictObject({
  id: IdSchema,
  name: text(80),
  summary: text(400),
  /** Skills this role leans on, weighted 1–3 by how much. Gaps are ranked by these weights. */
  leansOn: z.array(z.strictObject({ skillId: IdSchema, weight: z.number().int().min(1).max(3) })).min(3),
  /** `later` roles are ones the articles advise moving into after a first PM role. */
  timing: z.enum(['first-move', 'later']),
  /** Who the role is realistic for, e.g. years of experience; interests only order the roles a person qualifies for. */
  requires: ConditionsSchema,
  /**
   * For a `later` role: any of these holds → the person already does this kind of work (e.g. works on a consumer
   * product), so the articles' "move into it after a first PM role" does not apply and it counts as a first move.
   */
  firstMoveWhen: z.array(ConditionSchema).default([]),
  sources: SourcesSchema,
})

export const PathSchema = z.strictObject({
  id: IdSchema,
  name: text(80),
  /** How the path reads mid-sentence: "…technical PM, by moving first to a company that has PMs". */
  route: text(80),
  summary: text(400),
  whenItFits: text(300),
  /** The facts that must hold for the path to be open, e.g. the company has PMs. */
  requires: ConditionsSchema,
  /** Actions every plan on this path includes (e.g. telling your manager for an internal transfer). */
  requiredActionIds: z.array(IdSchema).default([]),
  /** Weeks this path adds to the transition window (e.g. changing jobs first), with the reason shown to users. */
  extraWeeks: z
    .strictObject({ min: z.number().int().min(0).max(52), max: z.number().int().min(0).max(52), reason: text(300) })
    .optional(),
  /**
   * How readiness weighs for or against this path, with the reason shown: e.g. someone ready to apply needs no
   * detour through another engineering job first. Added to the answers' leans when the path is chosen.
   */
  byReadiness: z
    .array(
      z.strictObject({
        band: z.enum(['ready', 'close', 'building', 'early']),
        weight: z.number().int().min(-6).max(6),
        reason: text(240),
      }),
    )
    .default([]),
  sources: SourcesSchema,
})

export const PhaseSchema = z.strictObject({
  id: IdSchema,
  title: text(80),
  summary: text(300),
  /** The name of the milestone that closes this phase: the outcome you can point to, not "phase: done". */
  milestoneTitle: text(80),
  /** The "done when" check of the milestone that closes this phase. */
  milestone: text(300),
  /** This phase's steps start only once every step of these phases is finished (e.g. position yourself after building experience). */
  startsAfter: z.array(IdSchema).default([]),
  sources: SourcesSchema,
})

export const ActionSchema = z.strictObject({
  id: IdSchema,
  title: text(100),
  phaseId: IdSchema,
  whatToDo: text(500),
  doneWhen: text(300),
  skills: z.array(IdSchema).default([]),
  effortHours: z.number().int().min(1).max(80),
  spanWeeks: z.number().int().min(1).max(16),
  prerequisites: z.array(IdSchema).default([]),
  /**
   * Keeps going at a light weekly pace after its main effort (applying and interviewing take calendar time), until
   * `until` says it is over: the plan shows it once, with its pace and end, not as a run of identical weeks.
   */
  ongoing: z.boolean().default(false),
  /** For an ongoing step: hours a week it keeps taking after its main effort (default 2). */
  followUpHours: z.number().int().min(1).max(8).optional(),
  /** For an ongoing step: when it ends, mid-sentence ("until you accept an offer"). */
  until: text(120).optional(),
  /**
   * Calendar weeks this step waits after its prerequisites' main effort before it can start (an offer to come
   * through, settling into a new job), and what it waits for, mid-sentence ("once you have settled into the new job").
   */
  waitWeeks: z.number().int().min(0).max(26).default(0),
  waitsFor: text(120).optional(),
  /** Paths this action suits. */
  paths: z.array(IdSchema).min(1),
  /** What the action assumes about the person's situation (a manager, PMs at work, a job); unmet → never planned. */
  requires: ConditionsSchema,
  /** Any of these holds → the person already does this, so the plan offers `insteadId` rather than repeating it. */
  skipWhen: z.array(ConditionSchema).default([]),
  /** The step offered in this one's place when it is skipped (already done, or its requirements are not met). */
  insteadId: IdSchema.optional(),
  /** Finishing it counts as at least this answer when the person retakes the assessment. */
  whenDone: z.array(z.strictObject({ questionId: IdSchema, atLeastOptionId: IdSchema })).default([]),
  sources: SourcesSchema,
})

// Each file may name its JSON Schema ("$schema": "./schema/skills.json") so editors offer completion.
const fileSchema = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ $schema: storableText().optional(), ...shape })
export const SourcesFileSchema = fileSchema({ sources: z.array(SourceSchema).min(1) })
export const SkillsFileSchema = fileSchema({ areas: z.array(AreaSchema).min(1), skills: z.array(SkillSchema).min(1) })
/** Exactly five sections: the questionnaire shows "Section 2 of 5". */
export const SectionsFileSchema = fileSchema({ sections: z.array(SectionSchema).length(5) })
export const QuestionsFileSchema = fileSchema({ questions: z.array(QuestionSchema).min(1) })
export const RolesFileSchema = fileSchema({ roles: z.array(RoleSchema).min(1) })
export const PathsFileSchema = fileSchema({ paths: z.array(PathSchema).min(1) })
export const ActionsFileSchema = fileSchema({
  phases: z.array(PhaseSchema).min(1),
  actions: z.array(ActionSchema).min(1),
})

/** The content files, by name: content/<name>.json is validated by the schema. */
export const CONTENT_FILES = {
  sources: SourcesFileSchema,
  skills: SkillsFileSchema,
  sections: SectionsFileSchema,
  questions: QuestionsFileSchema,
  roles: RolesFileSchema,
  paths: PathsFileSchema,
  actions: ActionsFileSchema,
  lexicon: LexiconFileSchema,
  prompts: PromptsFileSchema,
} as const

/** All content in one object: what the engine consumes. Order of arrays is meaningful (display and plan order). */
export const ContentSchema = z.strictObject({
  sources: SourcesFileSchema.shape.sources,
  areas: SkillsFileSchema.shape.areas,
  skills: SkillsFileSchema.shape.skills,
  sections: SectionsFileSchema.shape.sections,
  questions: QuestionsFileSchema.shape.questions,
  roles: RolesFileSchema.shape.roles,
  paths: PathsFileSchema.shape.paths,
  phases: ActionsFileSchema.shape.phases,
  actions: ActionsFileSchema.shape.actions,
  // Job listings and interview stories (./positioning-schema). A default, so a release published before they
  // existed still parses (it simply has none).
  synonyms: LexiconFileSchema.shape.synonyms.default([]),
  lexicon: LexiconFileSchema.shape.lexicon.default([]),
  unmeasured: LexiconFileSchema.shape.unmeasured.default([]),
  prompts: PromptsFileSchema.shape.prompts.default([]),
})

export type Source = z.infer<typeof SourceSchema>
export type Area = z.infer<typeof AreaSchema>
export type Skill = z.infer<typeof SkillSchema>
export type Section = z.infer<typeof SectionSchema>
export type QuestionCategory = z.infer<typeof QuestionCategorySchema>
export type Signal = z.infer<typeof SignalSchema>
export type Option = z.infer<typeof OptionSchema>
export type NumberBand = z.infer<typeof NumberBandSchema>
export type Question = z.infer<typeof QuestionSchema>
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>
export type MultiQuestion = z.infer<typeof MultiQuestionSchema>
export type NumberQuestion = z.infer<typeof NumberQuestionSchema>
export type Condition = z.infer<typeof ConditionSchema>
export type Role = z.infer<typeof RoleSchema>
export type Path = z.infer<typeof PathSchema>
export type Phase = z.infer<typeof PhaseSchema>
export type Action = z.infer<typeof ActionSchema>
export type Content = z.infer<typeof ContentSchema>
/** Shared by options and number bands: what an answer does. */
export type Effects = Pick<
  Option,
  'rationale' | 'skills' | 'roles' | 'paths' | 'signals' | 'windowWeeks' | 'caps' | 'planNote'
>
