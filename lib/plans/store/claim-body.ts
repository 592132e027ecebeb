import { z } from 'zod'

// The body of POST /api/plans/claim. The owner link travels in the body, never in the URL, so it stays out of access
// logs.
const OWNER_URL = /\/plan\/([A-Za-z0-9_-]{43})\/?$/

export const ClaimBodySchema = z.strictObject({
  ownerUrl: z.string().max(2000).regex(OWNER_URL, { error: 'must be the ownerUrl returned by POST /api/assessments' }),
})

/** The owner token in an ownerUrl the schema accepted. */
export const ownerTokenOf = (ownerUrl: string) => OWNER_URL.exec(ownerUrl)?.[1] ?? ''
