import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Listing, parseListing } from '@/lib/engine/listings/corpus-score'

// The hand-tagged listings the lexicon was tuned on (tests/fixtures/listings/tuned), for the admin's impact preview
// of a lexicon change. Read from the repository the server runs from (npm start runs in it); the held-out listings
// are never read here, so nobody tunes the lexicon to them. Null when the folder is not there (an install without
// the repository's tests): the preview then says it cannot measure.

const TUNED = join(process.cwd(), 'tests', 'fixtures', 'listings', 'tuned')

let cached: Listing[] | null | undefined

export function tunedListingCorpus(): Listing[] | null {
  if (cached !== undefined) return cached
  try {
    cached = readdirSync(TUNED)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parseListing(`tuned/${f}`, readFileSync(join(TUNED, f), 'utf8')))
  } catch {
    cached = null
  }
  return cached
}
