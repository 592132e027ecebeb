import type { z } from 'zod'
import { bodyFieldErrors } from '@/lib/engine/input/field-errors'
import { apiError } from './http'

/** A body that does not have the expected shape: 400 invalid_body, with each field named (one error shape). */
export function invalidBody(error: z.ZodError, message: string): Response {
  return apiError(400, 'invalid_body', message, bodyFieldErrors(error))
}
