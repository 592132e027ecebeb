import type { Content } from '@/lib/engine/content/schema'
import { contentVersion, parseContent } from '@/lib/knowledge/load'
import { findContentRelease } from '@/lib/knowledge/store/content-release-repo'
import { currentContent } from '@/lib/knowledge/store/current-content'

/**
 * The content release a plan was made with, to score answers again under it. Falls back to the current content when
 * that release is not stored (exact: false), so the page can say which model it used.
 */
export async function contentForVersion(version: string): Promise<{ content: Content; exact: boolean }> {
  const current = (await currentContent()).content
  if (contentVersion(current) === version) return { content: current, exact: true }
  const release = await findContentRelease(version)
  if (release) {
    try {
      return { content: parseContent(release.data), exact: true }
    } catch {
      // A release stored by an older build may not parse under today's schema; use today's content instead.
    }
  }
  return { content: current, exact: false }
}
