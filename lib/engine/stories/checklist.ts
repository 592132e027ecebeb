// Checks a story draft for the parts the articles say an interviewer listens for (Product School, "Ace the product
// manager interview"): the problem and who had it, why it mattered, what *you* did, and what changed — told as why it
// was built and the impact it had, not only how. Each missing part gets a kind, specific hint. Pure and plain: word
// lists, no model, so every hint can be explained.

export type StoryFields = { problem: string; why: string; actions: string; outcome: string }

export type CheckId =
  | 'problem'
  | 'who'
  | 'why'
  | 'your-part'
  | 'not-only-we'
  | 'beyond-technical'
  | 'outcome'
  | 'number'

export type CheckItem = {
  id: CheckId
  /** What is checked, as a line of the checklist. */
  label: string
  ok: boolean
  /** When not ok: what to add, kindly. */
  hint: string
  /** Recommended rather than needed to pass (a number "where there is one"). */
  optional: boolean
}

export type StoryCheck = { items: CheckItem[]; passes: boolean; missing: number }

/** Each field holds at most this much: a story told aloud in two minutes is about 300 words. */
export const MAX_FIELD_CHARS = 2000

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []
const has = (s: string, list: ReadonlySet<string>) => words(s).some((w) => list.has(w.replace(/’/g, "'")))
/** A part counts as told once it has a few words: "Fixed it." is not yet a story. */
const told = (s: string) => words(s).length >= 3

// People and groups a problem can belong to.
const WHO = new Set(
  'user users customer customers client clients buyer buyers shopper shoppers member members people person team teams engineer engineers developer developers designer designers sales support marketing operations ops manager managers leadership executives company business partner partners merchant merchants seller sellers driver drivers patient patients nurse nurses doctor doctors student students teacher teachers agent agents admin admins analyst analysts they them their colleagues staff employees finance legal everyone nobody owner owners subscriber subscribers reader readers player players viewer viewers'.split(
    ' ',
  ),
)
const I = new Set(['i', "i'd", "i'm", "i've", "i'll", 'me', 'my', 'mine', 'myself'])
const WE = new Set(['we', "we'd", "we're", "we've", "we'll", 'us', 'our', 'ours', 'ourselves', 'team'])
// Words that say what something meant for people or the business rather than how it was built.
const IMPACT = new Set(
  'user users customer customers client clients people revenue cost costs money sales churn retention conversion signups sign-ups adoption satisfaction complaints tickets support time hours days weeks minutes saved save faster slower fewer more less growth grew dropped rose fell increased decreased reduced deal deals contract business market trust nps csat engagement usage used happier frustrated lost won'.split(
    ' ',
  ),
)
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions half double doubled tripled twice dozen'.split(
    ' ',
  ),
)
const hasNumber = (s: string) => /\d/.test(s) || words(s).some((w) => NUMBER_WORDS.has(w))

export function checkStory(story: StoryFields): StoryCheck {
  const all = `${story.problem} ${story.why} ${story.actions} ${story.outcome}`
  const item = (id: CheckId, label: string, ok: boolean, hint: string, optional = false): CheckItem => ({
    id,
    label,
    ok,
    hint: ok ? '' : hint,
    optional,
  })
  const items: CheckItem[] = [
    item(
      'problem',
      'The problem',
      told(story.problem),
      'Start with the problem: what wasn’t working, in a sentence or two.',
    ),
    item(
      'who',
      'Who had it',
      told(story.problem) && has(story.problem, WHO),
      'Say who had the problem — which users, customers or team felt it.',
    ),
    item(
      'why',
      'Why it mattered',
      told(story.why),
      'Say why it mattered: what it cost the people who had it, or the business.',
    ),
    item(
      'your-part',
      'What you did',
      told(story.actions),
      'Say what you did yourself: the decisions you made and the steps you took.',
    ),
    item(
      'not-only-we',
      'Your part, not only the team’s',
      !told(story.actions) || has(story.actions, I) || !has(story.actions, WE),
      'It says only “we” so far. Interviewers want your part: try “I proposed…”, “I talked to…”, “I decided…”.',
    ),
    item(
      'beyond-technical',
      'More than the technical detail',
      !told(all) || has(`${story.problem} ${story.why} ${story.outcome}`, IMPACT),
      'It reads as how it was built. Add what it meant for the people who used it, or for the business.',
    ),
    item('outcome', 'The outcome', told(story.outcome), 'Say how it ended: what changed because of it.'),
    item(
      'number',
      'A number, where there is one',
      hasNumber(story.outcome),
      'If you have one, add a number: “30 % fewer tickets”, “two weeks sooner”, “three customers signed”.',
      true,
    ),
  ]
  const missing = items.filter((i) => !i.ok && !i.optional).length
  return { items, passes: missing === 0, missing }
}
