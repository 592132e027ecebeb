const names = new Map<string, string>()

/** A name mid-sentence: "Technical product manager" → "technical product manager", but "AI/ML …" and "API …" keep their capitals. */
export function displayName(name: string): string {
  let out = names.get(name)
  if (out === undefined) {
    out = /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1)
    // Names come from content, so this memo stays small; it saves a regex per mention in hot loops.
    if (names.size < 1000) names.set(name, out)
  }
  return out
}

/** A sentence quoted mid-sentence: lower-case its first letter unless it starts with an acronym or "I". */
export function lowerFirst(text: string): string {
  return /^([A-Z]{2}|I\b)/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

/** Text in curly quotes; quotes inside it become single quotes, so “Ask ‘why’ about …” never nests. */
export function quoted(text: string): string {
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`
}

/** "a" or "an" before a name as shown mid-sentence ("an AI/ML product manager", "a technical product manager"). */
export function article(name: string): 'a' | 'an' {
  return /^[aeiouAEIOU]/.test(name) ? 'an' : 'a'
}
