import type { Content } from '@/lib/engine/content/schema'
import { loadContent } from '@/lib/knowledge/load'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { isNextBuild } from '@/lib/platform/env'

/**
 * The knowledge base as published, for the counts the site states (questions, minutes, sources): the database's
 * newest release, or the bundled content while `next build` prerenders a static page (no database then; the first
 * start publishes that same bundle, and a publish re-renders every cached page). Should the database fail, the
 * bundle stands in: a count in a footer is no reason to fail a page.
 */
export async function publishedContent(): Promise<Content> {
  if (isNextBuild()) return loadContent()
  try {
    return (await currentContent()).content
  } catch {
    return loadContent()
  }
}

/** What a visitor is told before starting: how many questions, how long, how many sources. */
export function contentFacts(content: Content) {
  return {
    questions: content.questions.length,
    minutes: content.sections.reduce((sum, s) => sum + s.estimatedMinutes, 0),
    sources: content.sources.length,
  }
}
