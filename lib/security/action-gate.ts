import { originHost } from './origin'

// Server actions are POSTs that Next decodes before any of our code runs: a body it cannot parse, or one over its
// size limit, fails inside Next and comes back as a 500. This gate (run by proxy.ts) checks what Next would choke
// on and answers a 4xx first. It relies on one fact about this app: every server action takes a single FormData
// (a form's fields), which React always sends as multipart/form-data. Each action still checks its input itself.

/** The largest server-action body accepted. Our biggest form posts ~3 KB. */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024

/**
 * The admin import page alone takes a content bundle: a file and a pasted copy of at most 512 KB each
 * (app/admin/import/actions.ts), plus the form's own fields. Next's own limit is set to this, the largest.
 */
export const IMPORT_BODY_LIMIT_BYTES = 1088 * 1024

/**
 * The owner's job-listing and story pages take long text: a listing of up to 20,000 characters (up to 80 KB as
 * UTF-8) and story drafts of four 2,000-character parts. Past the limit the form is refused before our code runs, so
 * the limit leaves room for a listing well over its own 20,000, which then comes back with a message and nothing lost.
 */
export const LONG_TEXT_BODY_LIMIT_BYTES = 256 * 1024
const LONG_TEXT_PAGE = /^\/plan\/[^/]+\/(listings(\/[^/]+)?|stories\/[^/]+)$/

/** The limit for a server-action body posted to this page. */
export function actionBodyLimit(pathname: string): number {
  if (pathname === '/admin/import') return IMPORT_BODY_LIMIT_BYTES
  return LONG_TEXT_PAGE.test(pathname) ? LONG_TEXT_BODY_LIMIT_BYTES : ACTION_BODY_LIMIT_BYTES
}

export type ActionRejection = {
  status: 400 | 403 | 413 | 415
  /** Stable code for the JSON error shape and the log. */
  code: 'action_origin_rejected' | 'payload_too_large' | 'unsupported_media_type' | 'invalid_action_body'
  message: string
}

const rejection = (status: ActionRejection['status'], code: ActionRejection['code'], message: string) => ({
  status,
  code,
  message,
})

type ActionRequest = { method: string; pathname: string; headers: Headers }

/** Whether Next would treat this request as a server action: a fetch action, or a form posted to a page. */
export function isPossibleAction({ method, pathname, headers }: ActionRequest): boolean {
  if (method !== 'POST' || pathname === '/api' || pathname.startsWith('/api/')) return false
  return headers.has('next-action') || /^multipart\/form-data/i.test(headers.get('content-type') ?? '')
}

/**
 * The CSRF rule Next applies, applied first so it can be logged and answered with a 403 instead of a 500: an
 * Origin, when sent, must name the host the request was sent to (or PUBLIC_URL's, or one in ALLOWED_HOSTS).
 * Requests without Origin pass, as they do in Next: browsers always send it with a POST.
 */
export function checkActionOrigin(headers: Headers, extraHosts: readonly string[]): ActionRejection | null {
  const origin = headers.get('origin')
  if (origin === null) return null
  const from = originHost(origin)
  const to = [headers.get('x-forwarded-host')?.split(',')[0]?.trim(), headers.get('host')]
  if (from && (to.includes(from) || extraHosts.includes(from))) return null
  return rejection(403, 'action_origin_rejected', 'This form was sent from another site.')
}

/** Size, media type and shape of a server-action body; the body is read from a copy, so Next can read it again. */
export async function checkActionBody(request: Request): Promise<ActionRejection | null> {
  const limit = actionBodyLimit(new URL(request.url).pathname)
  const tooLarge = rejection(413, 'payload_too_large', `The form is larger than ${limit / 1024} KB.`)
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    return rejection(415, 'unsupported_media_type', 'A form must be sent as multipart/form-data.')
  }
  // Content-Length can be absent (chunked) or lie: count what actually arrives.
  const body = await request.clone().arrayBuffer()
  if (body.byteLength > limit) return tooLarge

  let form: FormData
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    return rejection(400, 'invalid_action_body', 'The form could not be read.')
  }
  const problem = request.headers.has('next-action') ? fetchActionProblem(form) : formPostProblem(form)
  return problem ? rejection(400, 'invalid_action_body', problem) : null
}

// A fetch action's arguments are encoded by React: field "0" holds the argument list as JSON, and a FormData
// argument appears in it as a "$K<id>" reference to the fields prefixed "<id>_". Anything but a list of FormData
// references is not a call any of our actions can take (and some crafted references make Next's decoder throw).
function fetchActionProblem(form: FormData): string | null {
  const root = form.get('0')
  if (typeof root !== 'string') return 'The form is missing its arguments.'
  try {
    const args: unknown = JSON.parse(root)
    if (Array.isArray(args) && args.every((arg) => typeof arg === 'string' && /^\$K[0-9a-f]+$/.test(arg))) return null
  } catch {}
  return 'The form’s arguments are not a form.'
}

// A form posted without JavaScript names its action in a "$ACTION_ID_<id>" field. React also understands
// "$ACTION_REF_…" and "$ACTION_<n>:…" fields that carry bound arguments as JSON; our forms never send them, and a
// malformed one makes Next's decoder throw.
function formPostProblem(form: FormData): string | null {
  for (const name of form.keys()) {
    if (name.startsWith('$ACTION_') && !/^\$ACTION_ID_[0-9a-f]+$/.test(name)) return 'The form names no valid action.'
  }
  return null
}
