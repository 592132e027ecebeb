/** A name mid-sentence: "Technical product manager" → "technical product manager", but "AI/ML …" and "API …" keep their capitals. */
export function displayName(name: string): string {
  return /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1)
}

/** A sentence quoted mid-sentence: lower-case its first letter unless it starts with an acronym or "I". */
export function lowerFirst(text: string): string {
  return /^([A-Z]{2}|I\b)/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

/** "1 hour", "6 hours". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

// 52 weeks / 12 months: the conversion people use in their heads.
export const WEEKS_PER_MONTH = 52 / 12

/** Weeks as whole months, at least one: "a window of 13 weeks is 3 months". */
export const monthsOf = (weeks: number) => Math.max(1, Math.round(weeks / WEEKS_PER_MONTH))

/** Text in curly quotes; quotes inside it become single quotes, so “Ask ‘why’ about …” never nests. */
export function quoted(text: string): string {
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`
}

/** "a" or "an" before a name as shown mid-sentence ("an AI/ML product manager", "a technical product manager"). */
export function article(name: string): 'a' | 'an' {
  return /^[aeiouAEIOU]/.test(name) ? 'an' : 'a'
}

/** "x", "x and y", "x, y and z". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** "one", "two" … "ten" for small counts in running text; digits beyond. */
export function countWord(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n)
}

/** Skill or role names in a list: "x and y", or "x, plus y" when a name has its own "and" ("customer empathy and discovery"). */
export function names(items: readonly string[], joiner: 'plus' | 'then' = 'plus'): string {
  if (!items.some((n) => n.includes(' and '))) return list(items)
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')}, ${joiner} ${items[items.length - 1]}`
}

/**
 * Hands out wordings in turn, each at most `times` times, then null: lists of items that share a kind of sentence
 * (strengths, gaps, roles, flags) stay varied and never repeat one phrase more than `times` times in a readout.
 */
export function wordings<T>(list: readonly T[], times = 1): () => T | null {
  let used = 0
  return () => (used < list.length * times ? (list[used++ % list.length] ?? null) : null)
}
