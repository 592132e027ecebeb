import type { Content } from '@/lib/engine/content/schema'
import type { AnalysedLine, ListingAnalysis, RequirementLine, SkillMention } from './analysis-schema'
import { MAX_LISTING_CHARS } from './listing-input'
import { compileLexicon, lineSpans, matchRules, tokenize } from './match'
import { requirementLines } from './split'

// A job listing, read against our skills: its requirement lines, each tagged with the skills its words ask for (and
// the words that did it), with what the assessment does not measure named honestly. Pure and deterministic: the same
// listing and content always give the same analysis; no model, no network.

export function analyseLine(content: Content, line: RequirementLine): AnalysedLine {
  const lexicon = compileLexicon(content)
  const tokens = tokenize(line.text)
  const spans = lineSpans(lexicon.index, tokens)
  const order = new Map(content.skills.map((s, i) => [s.id, i]))
  const tags = lexicon.skills
    .map((rules) => ({ skillId: rules.skillId, words: matchRules(rules, spans, tokens, line.text) }))
    .filter((t) => t.words.length > 0)
    .sort((a, b) => (order.get(a.skillId) ?? 0) - (order.get(b.skillId) ?? 0))
  const notMeasured = lexicon.unmeasured
    .map(({ id, label, explanation, ...rules }) => ({
      id,
      label,
      explanation,
      words: matchRules(rules, spans, tokens, line.text),
    }))
    .filter((u) => u.words.length > 0)
  return {
    ...line,
    skillIds: tags.map((t) => t.skillId),
    matched: [...new Set(tags.flatMap((t) => t.words))],
    tags,
    notMeasured,
  }
}

export function analyseListing(content: Content, listing: string): ListingAnalysis {
  const requirements = requirementLines(listing.slice(0, MAX_LISTING_CHARS)).map((line) => analyseLine(content, line))
  const order = new Map(content.skills.map((s, i) => [s.id, i]))
  const counts = new Map<string, SkillMention>()
  for (const r of requirements) {
    for (const skillId of r.skillIds) {
      const m = counts.get(skillId) ?? { skillId, mentions: 0, mustMentions: 0 }
      m.mentions += 1
      if (r.strength === 'must') m.mustMentions += 1
      counts.set(skillId, m)
    }
  }
  const skills = [...counts.values()].sort(
    (a, b) =>
      b.mentions - a.mentions ||
      b.mustMentions - a.mustMentions ||
      (order.get(a.skillId) ?? 0) - (order.get(b.skillId) ?? 0),
  )
  return {
    requirements,
    unmeasured: requirements.filter((r) => r.notMeasured.length > 0).map((r) => r.text),
    skills,
  }
}
