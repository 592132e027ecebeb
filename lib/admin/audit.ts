import { z } from 'zod'

// What the audit log records, and the words the audit page uses for it. Detail shapes are parsed when read, so
// the page renders only what it understands.

export const AUDIT_ACTIONS = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Failed sign-in',
  'sign-out': 'Signed out',
  'signed-out-everywhere': 'Signed out everywhere',
  'session-revoked': 'Revoked a session',
  'session-expired': 'Session ended (inactive)',
  'admin-created': 'Admin account created',
  'admin-invited': 'Invited an admin',
  'invite-revoked': 'Withdrew an invitation',
  'invite-accepted': 'Accepted an invitation',
  'draft-started': 'Started a draft',
  'draft-saved': 'Saved a draft change',
  'draft-item-added': 'Added an item to the draft',
  'draft-item-deleted': 'Deleted an item from the draft',
  'draft-discarded': 'Discarded the draft',
  published: 'Published a release',
  'rolled-back': 'Rolled back',
  imported: 'Imported a release into the draft',
  unknown: 'Other event',
} as const

export const AuditActionSchema = z.enum(Object.keys(AUDIT_ACTIONS) as [keyof typeof AUDIT_ACTIONS])
export type AuditAction = z.infer<typeof AuditActionSchema>

/** One changed field, already in words: "Option “Never” › Customer discovery › weight", "-1", "-2". */
export const FieldChangeSchema = z.strictObject({
  field: z.string().max(300),
  before: z.string().max(2000),
  after: z.string().max(2000),
})
export type FieldChange = z.infer<typeof FieldChangeSchema>

export const AuditDetailSchema = z
  .object({
    reason: z.string().max(200).optional(),
    /** Internal; admins see releaseNumber. */
    releaseId: z.number().int().optional(),
    releaseNumber: z.number().int().optional(),
    version: z.string().max(40).optional(),
    note: z.string().max(2000).optional(),
    revision: z.number().int().optional(),
    changes: z.array(FieldChangeSchema).max(200).optional(),
    changeCount: z.number().int().optional(),
    email: z.string().max(254).optional(),
    sessionId: z.string().max(100).optional(),
    /** Model warnings the admin accepted when publishing, and the note saying why (lib/knowledge/store/model-checks). */
    acceptedWarnings: z
      .array(z.strictObject({ check: z.string().max(40), message: z.string().max(1000) }))
      .max(100)
      .optional(),
    warningNote: z.string().max(2000).optional(),
  })
  .loose()
export type AuditDetail = z.infer<typeof AuditDetailSchema>
