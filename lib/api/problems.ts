import type { z } from 'zod'
import { apiError } from './http'

/** A body that does not have the expected shape: 400 invalid_body, with each field named (one error shape). */
export function invalidBody(error: z.ZodError, message: string): Response {
  const fields = error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : 'body',
    message: issue.code === 'unrecognized_keys' ? `unexpected field(s): ${issue.keys.join(', ')}` : issue.message,
  }))
  return apiError(400, 'invalid_body', message, fields)
}
