/** A name mid-sentence: "Technical product manager" → "technical product manager", but "AI/ML …" and "API …" keep their capitals. */
export function displayName(name: string): string {
  return /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1)
}

/** A sentence quoted mid-sentence: lower-case its first letter unless it starts with an acronym or "I". */
export function lowerFirst(text: string): string {
  return /^([A-Z]{2}|I\b)/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}
