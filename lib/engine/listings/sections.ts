// How a job listing is laid out, in words listings actually use: which headings introduce what the person will do
// or must bring (requirements), which say "nice to have", and which introduce the company, the pay, the benefits,
// the equal-opportunity statement or how to apply (never requirements). Also the lines that are never requirements
// wherever they stand (a salary, a benefit, an equal-opportunity sentence), and the listing's own words for a
// preference ("a plus", "preferred").

/** What a section of the listing holds. `duties` and `requirements` lines are must-haves unless they say otherwise. */
export type SectionKind = 'duties' | 'requirements' | 'nice' | 'other'

/** Lower case, straight apostrophes, single spaces: the form heading rules are written in. */
const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'&+/ -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

// Whole headings, as listings write them ("Key responsibilities", "What you'll need", "Bonus points"). A line that
// is exactly one of these is a heading even without a colon, capitals or markup. Checked in this order: "Preferred
// qualifications" is nice-to-have before it is a qualification; "Pay and perks" is about the company.
const YOU = "you(?:'ll| will| would|'d)?"
const HEADINGS: [SectionKind, RegExp][] = [
  [
    'nice',
    /^(nice to haves?|nice-to-haves?|bonus( points?)?|bonus if you( have)?|(it's|its) a (bonus|plus) if you( have)?|preferred( qualifications| skills| experience| requirements)?|desired( qualifications| skills| experience)?|desirable( skills)?|pluses|plus|assets?|(it )?would be (great|nice) if you( also)? have|great if you( also)? have|nice if you have|extra (points|credit)|not required,? but nice|good to have|ideally( you have| you'll have)?|schön wäre|optional)$/,
  ],
  [
    'other',
    /^(about|über)(?!.*\b(role|job|you|position|opportunity)\b)( us| the company| the team| the studio| [\p{L}\p{N}&'. -]+)?$|^(who we are|company overview|overview|our (mission|story|values|culture|team|company)|why (join|us|work)( .*)?|why [\p{L}\p{N}-]+|(compensation|salary|benefits|perks|location|pay range|pay)( (and|&) [\p{L} ]+)?|[\p{L} ]+ (and|&) (pay|perks|benefits)|what we offer|what you('ll| will)? get|we offer|what's in it for you|package|the deal|locations|how to apply|to apply|apply|equal .*|eeo|diversity( .*)?|inclusion|accommodations?|life at .*|culture|hiring process|interview process|next steps|was wir bieten|additional information|job details|meet the team|the team|why you('ll| will) love .*|our commitment to .*|.*\brange)$/u,
  ],
  [
    'requirements',
    new RegExp(
      `^((minimum|basic|required|key|essential|core|technical|must-have|must have) )?(requirements|qualifications|skills( (and|&) (experience|qualifications))?|experience|competencies|education|certifications)( required)?$|^(what|who) (${YOU} (bring|need|have)|we're looking for|we are looking for|you are)$|^(about you|you|you have|you are|you're|your profile|dein profil|profile|(the )?ideal candidate|is this you|you might be a fit( if)?|you may be a fit( if)?|${YOU} (probably )?(like|thrive|love|enjoy) (it )?here if( you)?|(we're|we are) looking for someone who|looking for someone who|what we'd like to see|must haves?|must-haves?|${YOU} need|what you need|you bring|your (background|experience|skills))$`,
    ),
  ],
  [
    'duties',
    new RegExp(
      `^(what ${YOU} (do|be doing|own|work on|be responsible for)( day to day| day-to-day)?|what ${YOU} be (doing|working on|responsible for)|(key |your |main |core |primary |principal |essential |major )?responsibilities( will include)?|duties( and responsibilities)?|(about )?(the|this|your) (role|position)|role overview|position (summary|purpose|overview)|job (summary|description|overview)|the job|what the job (actually )?is|the work|your (impact|mission|job|tasks|day|work)|in this role( ${YOU})?|day to day( ${YOU})?|day-to-day( ${YOU})?|the opportunity|how ${YOU} work|essential functions|key accountabilities|deine aufgaben|the challenge|why this role exists|as an? [\\w ]+ ${YOU}|[\\w ]+ will)$`,
    ),
  ],
]

// Once a line is known to be a heading (a colon, capitals, Markdown or HTML), a looser reading of its words decides
// what it introduces: "Program requirements and eligibility", "WHAT WE'RE LOOKING FOR IN YOU".
const LOOSE: [SectionKind, RegExp][] = [
  ['nice', /\b(nice to have|bonus|preferred|desired|desirable|plus|assets?|would be great|extra points)\b/],
  [
    'other',
    /\b(about us|who we are|benefits|perks|compensation|salary|how to apply|equal opportunity|eeo|our mission|what we offer)\b/,
  ],
  [
    'requirements',
    /\b(requirements|qualifications|skills|experience|profile|looking for|you bring|you have|about you|who you are|you need)\b/,
  ],
  [
    'duties',
    /\b(responsibilities|duties|role|what you('ll| will) do|you will|you'll|day to day|your impact|mission|tasks)\b/,
  ],
]

function classify(heading: string, rules: [SectionKind, RegExp][]): SectionKind | null {
  // Bilingual headings ("Deine Aufgaben / What you'll do"): the first part we know decides.
  for (const part of heading.split(/\s\/\s/)) {
    const h = plain(part)
    if (h.length === 0 || h.split(' ').length > 10) continue
    for (const [kind, rule] of rules) if (rule.test(h)) return kind
  }
  return null
}

/** The kind of section a line opens when it is, word for word, a heading we know; null otherwise. */
export const headingKind = (line: string) => classify(line, HEADINGS)

/** The kind of section a line already known to be a heading opens, read more loosely; null when unclear. */
export const looseHeadingKind = (heading: string) => classify(heading, HEADINGS) ?? classify(heading, LOOSE)

// Lines that are never something the listing asks of the person, wherever they appear.
const NEVER_A_REQUIREMENT: RegExp[] = [
  // Pay
  /[$€£¥]\s?\d{2,3}([.,]\d{3}|k\b)|\d{2,3}[.,]\d{3}\s?(€|eur|usd|gbp|chf)\b|\b\d{2,3}k?\s?(-|–|—|to)\s?[$€£]?\d{2,3}([.,]\d{3}|k\b)/i,
  /\b(salary|salaries|compensation|pay range|hiring range|base pay|total rewards|stock options|share options|rsus?|esop|virtual shares|signing bonus|annual bonus|performance bonus|bonus eligib\w*|brutto|equity\b.*(\d|%))/i,
  // Benefits
  /\b(health (insurance|coverage|benefits|plan)|medical( insurance|, dental|\/dental| and dental| coverage)|dental|401\s?\(?k\)?|403\s?\(?b\)?|pension|rrsp|paid time off|\bpto\b|vacation days|days' holiday|days of (holiday|vacation|paid)|holiday allowance|parental leave|maternity|paternity|stipend|wellness (allowance|budget|stipend)|gym|home.office (budget|stipend)|employee discount|commuter benefits|tuition (assistance|reimbursement)|learning budget|sabbatical|unlimited pto|four-day week|job bike|canteen|deutschlandticket|bvg|urban sports|relocation (support|assistance|package)|life insurance|group insurance|summer fridays|team retreat|company (offsite|meetups?)|free meal)/i,
  // Equal opportunity and accommodation
  /\b(equal (employment )?opportunit\w*|affirmative action|e-?verify|without regard to|protected (veteran|characteristic|class)|reasonable (accommodation|adjustment)s?|accommodations? (are|is) available|disability confident|(celebrate|value|values|welcome|committed to) (diversity|a diverse)|diverse (team|workforce)|inclusive (employer|environment|workplace)|employment equity|steht für vielfalt|regardless of (gender|race|background|age|origin)|(people|applicants|applications) (of|from) (all|every|any) backgrounds?|every background|all backgrounds)/i,
  // How to apply
  /\b(final offers?|offers? (will )?(depend|vary)|depending on (your )?(location|experience)|(need|request) an? accommodation|to apply|apply (through|via|on|at|now|here|online|with|in)|send (us )?(your|a) (cv|résumé|resume|application|note)|applications? (open|close|are reviewed)|please (include|submit|send) (your|a)|cover letters?|we read every application|click apply|look forward to your application|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,})/i,
]

/** A line the listing uses for facts about the job (where, what kind), not for what it asks of the person. */
const JOB_FACTS =
  /^(location|locations|work location|team|level|type|job id|job type|department|employment type|schedule|reports to|posted|work model|workplace|remote|hybrid|on-?site|start date|contract|seniority|travel|visa|industry|function|pay|shift)\s*[:|·]|^#li-/i
const WORK_MODE =
  /\b(remote|hybrid|on-?site|in office|office|full[- ]time|part[- ]time|vollzeit|permanent|contract|posted|applicants|time zones?|\(m\/w\/d\)|\(m\/f\/d\))\b/i
/** Words with which a line asks something of the person; a short "Remote (US)" line has none of them. */
const ASKS =
  /\b(you|your|you'll|you're|you've|must|should|willing|able|ability|experience|knowledge|understanding|familiar\w*|proficien\w*|skills?|degree|required|preferred|plus|strong|proven|track record|comfort\w*|looking for|seeking)\b/i

export function isNeverARequirement(line: string): boolean {
  if (NEVER_A_REQUIREMENT.some((rule) => rule.test(line))) return true
  if (JOB_FACTS.test(line)) return true
  const words = line.split(/\s+/).length
  return words <= 14 && WORK_MODE.test(line) && !ASKS.test(line.replace(/[’‘]/g, "'"))
}

// A sentence about the company, not the person: "Acme builds…", "We raised…", "Our platform serves…", with no word
// addressed to the reader. ("We're looking for someone who…" and "Acme is seeking a PM to…" still ask something.)
const ABOUT_US =
  /^([Ww]e|[Ww]e're|[Ww]e've|[Ww]e are|[Oo]ur( [\p{L}-]+){1,3}|[Aa]t [\p{L}\p{N}&.'-]+|[\p{Lu}][\p{L}\p{N}&.'-]*( [\p{Lu}][\p{L}\p{N}&.'-]*){0,3}('s)?( [\p{Ll}]+)?) (is|are|was|were|has|have|had|makes?|builds?|helps?|provides?|runs?|powers?|serves?|delivers?|offers?|started|believes?|teaches|moves?|uses|sells|lends|gives|combines|raised|closed|just|hold|holds|process(es)?|ingests?|cares?|love|loves|care)\b/u
const ASKS_ANYWAY = /\b(looking for|seeking|hiring (a|an)|need (a|an|someone)|want (a|an|someone))\b/i
const ADDRESSES_READER = /\b(you|your|you'll|you're|you've|yourself)\b/i

export function isAboutTheCompany(sentence: string): boolean {
  const s = sentence.replace(/[’‘]/g, "'")
  return ABOUT_US.test(s) && !ADDRESSES_READER.test(s) && !ASKS_ANYWAY.test(s)
}

/** Outside a requirements section (before the first heading, under one we don't know) only such lines count. */
export const looksLikeARequirement = (line: string) => ASKS.test(line.replace(/[’‘]/g, "'"))

const NICE_WORDS =
  /\b(nice to have|nice-to-have|is a (big |huge |real |strong |definite )?(plus|bonus|advantage|asset)|are a plus|(a|big|huge|real) plus\b|bonus\b|preferred|preferably|is an asset|are an asset|desirable|would be (great|nice|a plus|an advantage)|not required|optional|von vorteil|ist ein plus)/i

/**
 * Whether a line, by its own words, is a preference rather than a requirement: it calls itself "a plus",
 * "preferred"… or starts with "Ideally". A line that mixes a requirement with a preference ("fluent English; French
 * is an asset") is a requirement: only its first clause decides.
 */
export function saysNiceToHave(line: string): boolean {
  const first = line.split(';')[0] ?? line
  return /^\s*(ideally|preferably|bonus|nice to have|plus:)/i.test(first) || NICE_WORDS.test(first)
}
