import { cache } from 'react'
import type { Content } from '@/lib/engine/content/schema'
import { ContentError, contentVersion, loadContent, parseContent } from '@/lib/knowledge/load'
import { log } from '@/lib/platform/log'
import { findLatestReleaseId, findReleaseById } from './content-release-repo'

// The content new assessments use: the newest published release in the database. Every request asks the database
// for the newest release id (one index probe, well under a millisecond on either backend) and reuses the parsed
// content while that id is unchanged, so a publish takes effect on the next request of every app instance sharing
// the database, without a restart and without re-parsing ~130 kB of JSON per request.

export type CurrentContent = {
  content: Content
  /** 0 when the database has no release yet (only before the first start has seeded it). */
  releaseId: number
  version: string
}

type Slot = { releaseId: number; value: Promise<CurrentContent> }

// On globalThis: Next bundles this module into several chunks, which must share one parsed copy.
const slotKey = Symbol.for('howtowhy.current-content')
const store = globalThis as typeof globalThis & { [slotKey]?: Slot }

function bundled(): CurrentContent {
  const content = loadContent()
  return { content, releaseId: 0, version: contentVersion(content) }
}

async function parseRelease(releaseId: number): Promise<CurrentContent> {
  const release = await findReleaseById(releaseId)
  if (!release) return bundled()
  try {
    const content = parseContent(release.data)
    return { content, releaseId, version: contentVersion(content) }
  } catch (error) {
    // Only possible when a code change tightened the content schema under an already published release; the start-up
    // seed publishes the new bundle then. Serving the bundle keeps the assessment up meanwhile.
    if (!(error instanceof ContentError)) throw error
    log.error(
      { releaseId, problems: error.problems.slice(0, 10) },
      'latest content release does not parse; serving the bundled content',
    )
    return bundled()
  }
}

async function load(): Promise<CurrentContent> {
  const latest = await findLatestReleaseId()
  if (latest === null) return bundled()
  const slot = store[slotKey]
  if (slot?.releaseId === latest) return slot.value
  const value = parseRelease(latest)
  store[slotKey] = { releaseId: latest, value }
  value.catch(() => {
    if (store[slotKey]?.value === value) store[slotKey] = undefined
  })
  return value
}

/** The published content, asked once per request (React's cache() shares it between metadata and page). */
export const currentContent = cache(load)
