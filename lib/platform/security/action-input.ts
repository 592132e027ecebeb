import { notFound } from 'next/navigation'
import { z } from 'zod'

// Every server action in this app is a form's action, so what reaches it must be the form's FormData. A crafted
// call can pass anything else (a string, a number, nothing); that is not a request any page makes, so it gets the
// same 404 as an unknown action, never a 500 from reading fields off a value that has none.
const FormInputSchema = z.instanceof(FormData)

export function formInput(input: unknown): FormData {
  const parsed = FormInputSchema.safeParse(input)
  if (!parsed.success) notFound()
  return parsed.data
}
