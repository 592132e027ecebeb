import type { Collection } from '@/lib/content-store/collections'
import type { Field } from './fields'

// The fields of each kind of item, in the order the editor shows them. Keys are the schema's (lib/content/schema.ts);
// labels come from lib/content-store/field-words.ts unless a field says otherwise.

const weightHint =
  'A signed whole number from −3 to 3: how strongly this answer is evidence for (+) or against (−) the skill.'

/** What an answer (an option or a number band) does to the readout. */
const effects: Field[] = [
  {
    kind: 'text',
    key: 'rationale',
    long: true,
    hint: 'A phrase used in the “why” of a readout, e.g. “You have written design docs”.',
  },
  {
    kind: 'list',
    key: 'skills',
    label: 'Skills it moves',
    rowWord: 'skill',
    spare: 1,
    fields: [
      { kind: 'choice', key: 'skillId', from: 'skills' },
      { kind: 'number', key: 'weight', hint: weightHint },
      {
        kind: 'text',
        key: 'reason',
        optional: true,
        hint: 'Only when this skill needs a different reason than the option’s.',
      },
    ],
  },
  {
    kind: 'list',
    key: 'roles',
    label: 'Interest in roles',
    rowWord: 'role',
    spare: 1,
    fields: [
      { kind: 'choice', key: 'roleId', from: 'roles' },
      { kind: 'number', key: 'weight', hint: '−3 to 3.' },
    ],
  },
  {
    kind: 'list',
    key: 'paths',
    label: 'Lean towards paths',
    rowWord: 'path',
    spare: 1,
    fields: [
      { kind: 'choice', key: 'pathId', from: 'paths' },
      { kind: 'number', key: 'weight', hint: '−6 to 6.' },
    ],
  },
  {
    kind: 'list',
    key: 'signals',
    rowWord: 'signal',
    spare: 1,
    fields: [
      {
        kind: 'choice',
        key: 'signal',
        from: [
          { value: 'pull', label: 'Pull (reasons the articles endorse)' },
          { value: 'status', label: 'Status (title or salary alone)' },
          { value: 'deep-tech', label: 'Deep tech (loves deep technical work most)' },
        ],
      },
      { kind: 'number', key: 'weight', hint: '1 to 3.' },
    ],
  },
  {
    kind: 'number',
    key: 'windowWeeks',
    optional: true,
    hint: 'Weeks added to the transition window (negative takes weeks off).',
  },
  {
    kind: 'list',
    key: 'caps',
    label: 'Caps on skill scores',
    rowWord: 'cap',
    spare: 1,
    hint: 'A real-behaviour answer such as “never” can cap a skill, however well the other answers go.',
    fields: [
      { kind: 'choice', key: 'skillId', from: 'skills' },
      { kind: 'number', key: 'atMost', hint: 'The highest score the skill can reach, 0–100.' },
    ],
  },
]

/** A fact about the person, read from one answer. */
const condition: Field[] = [
  { kind: 'choice', key: 'questionId', from: 'questions' },
  { kind: 'ids', key: 'anyOf', optional: true, hint: 'For a choice question: option ids, separated by commas.' },
  { kind: 'number', key: 'min', optional: true, hint: 'For a number question: the lowest answer that counts.' },
  { kind: 'number', key: 'max', optional: true, hint: 'For a number question: the highest answer that counts.' },
]
const conditions = (key: string, label: string, hint: string): Field => ({
  kind: 'list',
  key,
  label,
  rowWord: 'condition',
  spare: 1,
  hint,
  fields: condition,
})

const option: Field[] = [
  {
    kind: 'text',
    key: 'id',
    hint: 'Lower-case words joined by hyphens. Stored answers refer to it: change it only on new options.',
  },
  { kind: 'text', key: 'label', long: true },
  { kind: 'text', key: 'detail', optional: true, long: true, hint: 'Observable description, for self-rating levels.' },
  { kind: 'number', key: 'level', optional: true, hint: '1–5, on self-rating questions only.' },
  { kind: 'boolean', key: 'exclusive', hint: 'On a several-answers question: cannot be combined with other choices.' },
  { kind: 'number', key: 'targetWeeks', optional: true, hint: 'On the target-timeline question only.' },
  {
    kind: 'text',
    key: 'raterLabel',
    optional: true,
    hint: 'How a mentor rating this person reads the option, when it differs.',
  },
  ...effects,
]

const band: Field[] = [{ kind: 'number', key: 'min' }, { kind: 'number', key: 'max' }, ...effects]

const questionCommon: Field[] = [
  { kind: 'text', key: 'prompt', long: true },
  {
    kind: 'text',
    key: 'shortLabel',
    hint: 'Names the question in error messages and summaries, e.g. “Hours per week”.',
  },
  { kind: 'text', key: 'help', optional: true, long: true },
  { kind: 'choice', key: 'sectionId', from: 'sections' },
  {
    kind: 'choice',
    key: 'category',
    from: [
      { value: 'behaviour', label: 'Behaviour (how often they really did something)' },
      { value: 'crosswalk', label: 'Crosswalk (engineering work that maps to PM skills)' },
      { value: 'scenario', label: 'Scenario (what they would do)' },
      { value: 'self-rating', label: 'Self-rating on described levels' },
      { value: 'context', label: 'Context (background and goals)' },
      { value: 'motivation', label: 'Motivation (feeds the verdict only)' },
    ],
  },
  {
    kind: 'choice',
    key: 'kind',
    label: 'Answer type',
    hint: 'Changing it shows the other type’s fields after you save.',
    from: [
      { value: 'single', label: 'One answer' },
      { value: 'multi', label: 'Several answers' },
      { value: 'number', label: 'A number' },
    ],
  },
  { kind: 'boolean', key: 'optional', hint: 'People may leave it unanswered.' },
  {
    kind: 'choice',
    key: 'feeds',
    optional: true,
    from: [
      { value: 'hours-per-week', label: 'Hours per week' },
      { value: 'years-experience', label: 'Years of experience' },
      { value: 'target-timeline', label: 'Target timeline' },
    ],
  },
  {
    kind: 'text',
    key: 'raterPrompt',
    optional: true,
    long: true,
    hint: 'The question about someone else, for a mentor who rates the person. Only questions with one are asked of raters.',
  },
  { kind: 'refs', key: 'sources', from: 'sources' },
]

export const QUESTION_FIELDS: Record<'single' | 'multi' | 'number', Field[]> = {
  single: [...questionCommon, { kind: 'list', key: 'options', rowWord: 'option', spare: 1, fields: option }],
  multi: [
    ...questionCommon,
    { kind: 'number', key: 'maxSelected', optional: true },
    { kind: 'list', key: 'options', rowWord: 'option', spare: 1, fields: option },
  ],
  number: [
    ...questionCommon,
    { kind: 'number', key: 'min' },
    { kind: 'number', key: 'max' },
    { kind: 'text', key: 'unit' },
    { kind: 'list', key: 'bands', rowWord: 'band', spare: 1, fields: band },
  ],
}

const phraseHint =
  'One phrase per line, matched as whole words in any case: “|” between alternatives, “*” ends a word that may go on (“priorit*”), “#” is a number, “@customer” any word of that synonym group.'
const excludesHint = 'Phrases inside which a match does not count (“market” inside “go-to-market”).'
const matchPatterns: Field = {
  kind: 'list',
  key: 'patterns',
  rowWord: 'pattern',
  spare: 1,
  hint: 'Terms that count only together: each term on its own line, all found within the given number of words.',
  fields: [
    { kind: 'lines', key: 'all' },
    { kind: 'number', key: 'within' },
  ],
}

const id: Field = {
  kind: 'text',
  key: 'id',
  hint: 'Lower-case words joined by hyphens, e.g. “customer-discovery”. It cannot change later.',
}

export const COLLECTION_FIELDS: Record<Exclude<Collection, 'questions'>, Field[]> = {
  skills: [
    id,
    { kind: 'text', key: 'name' },
    { kind: 'choice', key: 'areaId', from: 'areas' },
    { kind: 'text', key: 'description', long: true },
    { kind: 'text', key: 'strongLooksLike', long: true },
    {
      kind: 'choice',
      key: 'engineerCommonality',
      from: [
        { value: 'usually-strong', label: 'Usually strong' },
        { value: 'mixed', label: 'Mixed' },
        { value: 'usually-gap', label: 'Usually a gap' },
      ],
    },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  roles: [
    id,
    { kind: 'text', key: 'name' },
    { kind: 'text', key: 'summary', long: true },
    {
      kind: 'list',
      key: 'leansOn',
      rowWord: 'skill',
      spare: 2,
      fields: [
        { kind: 'choice', key: 'skillId', from: 'skills' },
        { kind: 'number', key: 'weight', hint: '1–3: how much the role leans on it.' },
      ],
    },
    {
      kind: 'choice',
      key: 'timing',
      from: [
        { value: 'first-move', label: 'A first move' },
        { value: 'later', label: 'Later, after a first PM role' },
      ],
    },
    conditions(
      'requires',
      'Open to people who',
      'Every condition must hold for the role to be open to someone, e.g. years of experience.',
    ),
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  paths: [
    id,
    { kind: 'text', key: 'name' },
    { kind: 'text', key: 'route', hint: 'How it reads mid-sentence: “by moving first to a company that has PMs”.' },
    { kind: 'text', key: 'summary', long: true },
    { kind: 'text', key: 'whenItFits', long: true },
    { kind: 'refs', key: 'requiredActionIds', from: 'actions' },
    conditions('requires', 'Open when', 'Every condition must hold for the path to be open, e.g. the company has PMs.'),
    {
      kind: 'group',
      key: 'extraWeeks',
      hint: 'Weeks this path adds to the window, with the reason shown to people. Leave all three empty for none.',
      fields: [
        { kind: 'number', key: 'min' },
        { kind: 'number', key: 'max' },
        { kind: 'text', key: 'reason', long: true },
      ],
    },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  actions: [
    id,
    { kind: 'text', key: 'title' },
    { kind: 'choice', key: 'phaseId', from: 'phases' },
    { kind: 'text', key: 'whatToDo', long: true },
    { kind: 'text', key: 'doneWhen', long: true },
    { kind: 'refs', key: 'skills', label: 'Skills it builds', from: 'skills' },
    { kind: 'number', key: 'effortHours', hint: 'Total hours, 1–80.' },
    { kind: 'number', key: 'spanWeeks', hint: 'Calendar weeks it takes at the least, 1–16.' },
    { kind: 'refs', key: 'prerequisites', from: 'actions' },
    { kind: 'boolean', key: 'ongoing', hint: 'Keeps going at a light weekly pace until the plan ends.' },
    { kind: 'refs', key: 'paths', label: 'Paths it suits', from: 'paths' },
    conditions(
      'requires',
      'Assumes',
      'What it assumes about the person’s situation (a manager, PMs at work); unmet → never planned.',
    ),
    conditions(
      'skipWhen',
      'Skip when',
      'Any of these holds → the person already does this, so the plan offers the step below instead.',
    ),
    { kind: 'choice', key: 'insteadId', from: 'actions', optional: true },
    {
      kind: 'list',
      key: 'whenDone',
      label: 'When done, counts as',
      rowWord: 'answer',
      spare: 1,
      hint: 'Finishing it counts as at least this answer when the person retakes the assessment.',
      fields: [
        { kind: 'choice', key: 'questionId', from: 'questions' },
        { kind: 'text', key: 'atLeastOptionId', hint: 'The option id it counts as, at least.' },
      ],
    },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  phases: [
    id,
    { kind: 'text', key: 'title' },
    { kind: 'text', key: 'summary', long: true },
    { kind: 'text', key: 'milestoneTitle', hint: 'The outcome you can point to, not “phase done”.' },
    { kind: 'text', key: 'milestone', long: true },
    { kind: 'refs', key: 'startsAfter', from: 'phases' },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  sources: [
    id,
    { kind: 'text', key: 'title' },
    { kind: 'text', key: 'publisher' },
    { kind: 'text', key: 'author', optional: true },
    { kind: 'text', key: 'date', optional: true, hint: 'YYYY-MM-DD, when the source states one.' },
    { kind: 'text', key: 'url', optional: true },
    { kind: 'text', key: 'contributes', long: true },
  ],
  areas: [id, { kind: 'text', key: 'name' }, { kind: 'text', key: 'description', long: true }],
  sections: [
    id,
    { kind: 'text', key: 'title' },
    { kind: 'text', key: 'intro', long: true },
    { kind: 'number', key: 'estimatedMinutes' },
  ],
  // The job-listing lexicon (content/lexicon.json): the phrase language is explained in lib/content/phrases.ts.
  lexicon: [
    id,
    { kind: 'choice', key: 'skillId', from: 'skills' },
    { kind: 'lines', key: 'phrases', hint: phraseHint },
    matchPatterns,
    { kind: 'lines', key: 'excludes', hint: excludesHint },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  synonyms: [
    id,
    {
      kind: 'lines',
      key: 'words',
      hint: 'One word or phrase per line; phrases use them as “@id”. They may not use another group.',
    },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  unmeasured: [
    id,
    { kind: 'text', key: 'label', hint: 'Short, for a tag: “Years of experience”.' },
    {
      kind: 'text',
      key: 'explanation',
      long: true,
      hint: 'Shown beside the line: why the assessment can’t speak to it.',
    },
    { kind: 'lines', key: 'phrases', hint: phraseHint },
    matchPatterns,
    { kind: 'lines', key: 'excludes', hint: excludesHint },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
  prompts: [
    id,
    { kind: 'text', key: 'question', long: true, hint: 'As an interviewer would ask it.' },
    { kind: 'text', key: 'listensFor', long: true },
    { kind: 'refs', key: 'skills', label: 'Skills a story shows', from: 'skills' },
    {
      kind: 'list',
      key: 'cues',
      rowWord: 'cue',
      spare: 1,
      hint: 'When all of a cue’s conditions hold for the person’s answers, its story idea is offered.',
      fields: [conditions('when', 'When the answers say', 'All must hold.'), { kind: 'text', key: 'idea', long: true }],
    },
    { kind: 'refs', key: 'buildWith', from: 'actions' },
    { kind: 'refs', key: 'sources', from: 'sources' },
  ],
}

export type QuestionKind = keyof typeof QUESTION_FIELDS

/** The fields for this item, by its collection (and, for a question, its answer type). */
export function fieldsFor(collection: Collection, item: unknown): Field[] {
  if (collection !== 'questions') return COLLECTION_FIELDS[collection]
  const kind = item && typeof item === 'object' ? (item as { kind?: unknown }).kind : undefined
  const known = kind === 'multi' || kind === 'number' ? kind : 'single'
  return [id, ...QUESTION_FIELDS[known]]
}
