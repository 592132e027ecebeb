import { canonicalBoundary, type Entry, readStrict, readWithBusboy, readWithFormData, sameEntries } from './multipart'
import { originHost } from './origin'
import type { Refusal } from './refusal'

// Server actions are POSTs that Next decodes before any of our code runs: a body it cannot parse, or one over its
// size limit, fails inside Next and comes back as a 500. This gate (run by proxy.ts) answers a 4xx first. It relies
// on one fact about this app: every server action takes a single FormData (a form's fields), which React always
// sends as multipart/form-data. It decides on exactly what Next will decode — the body is read by the parser Next
// uses, and refused unless a strict reader of the browsers' own framing reads the same (lib/platform/security/multipart.ts)
// — and it applies Next's own CSRF rule first. Each action still checks its input itself.

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

const refusal = (status: Refusal['status'], code: Refusal['code'], message: string): Refusal => ({
  status,
  code,
  message,
})

const unreadable = (problem: string) => ({
  ...refusal(400, 'invalid_action_body', 'The form could not be read.'),
  problem,
})

type ActionRequest = { method: string; pathname: string; headers: Headers }

/**
 * Whether Next could treat this request as a server action: a fetch action (the `next-action` header), or a form
 * posted to a page. Next takes only `multipart/form-data` in exactly that spelling as a form; any other spelling is
 * also taken here, so the gate refuses it rather than guessing what Next makes of it.
 */
export function isPossibleAction({ method, pathname, headers }: ActionRequest): boolean {
  if (method !== 'POST' || pathname === '/api' || pathname.startsWith('/api/')) return false
  return headers.has('next-action') || /^\s*multipart\/form-data/i.test(headers.get('content-type') ?? '')
}

export type OriginRules = {
  /** PUBLIC_URL's host and ALLOWED_HOSTS: what an Origin may name besides the request's own host. */
  extraHosts: readonly string[]
  /** PUBLIC_URL is https: the Origin must be too, so an http page on the same host cannot post. */
  https: boolean
}

/**
 * The host Next compares a server action's Origin with: the first X-Forwarded-Host entry when there is one (Next
 * fills it from Host when a request has none), else Host (app-render/action-handler.js, parseHostHeader).
 */
function nextTargetHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  return forwarded || headers.get('host')
}

/**
 * Next's CSRF rule, applied first so it is answered with a logged 403 instead of Next's 500, and made stricter: an
 * Origin, when sent, must name the host Next compares it with (or PUBLIC_URL's, or one in ALLOWED_HOSTS), and with
 * an https PUBLIC_URL its scheme must be https. Requests without Origin pass, as they do in Next: browsers always
 * send it with a POST.
 */
export function checkActionOrigin(headers: Headers, rules: OriginRules): Refusal | null {
  const origin = headers.get('origin')
  if (origin === null) return null
  const from = originHost(origin)
  const sameHost = from !== undefined && (from === nextTargetHost(headers) || rules.extraHosts.includes(from))
  const schemeOk = !rules.https || origin.toLowerCase().startsWith('https://')
  if (sameHost && schemeOk) return null
  return refusal(403, 'action_origin_rejected', 'This form was sent from another site.')
}

/**
 * Size, media type, framing and shape of a server-action body; the body is read from a copy, so Next can read it
 * again. A refusal may carry `problem`, what exactly was wrong, for the log.
 */
export async function checkActionBody(request: Request): Promise<(Refusal & { problem?: string }) | null> {
  const limit = actionBodyLimit(new URL(request.url).pathname)
  const tooLarge = refusal(413, 'payload_too_large', `The form is larger than ${limit / 1024} KB.`)
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge
  const type = request.headers.get('content-type') ?? ''
  const boundary = canonicalBoundary(type)
  if (!boundary) return refusal(415, 'unsupported_media_type', 'A form must be sent as multipart/form-data.')
  // Content-Length can be absent (chunked) or lie: count what actually arrives.
  const body = Buffer.from(await request.clone().arrayBuffer())
  if (body.byteLength > limit) return tooLarge

  const strict = readStrict(body, boundary)
  if (!strict.ok) return unreadable(`multipart ${strict.problem}`)
  const isFetch = request.headers.has('next-action')
  const decoded = isFetch ? await readWithBusboy(body, type, limit) : await readWithFormData(body, type)
  if (!decoded.ok) return unreadable(`multipart ${decoded.problem}`)
  if (!sameEntries(strict.entries, decoded.entries)) return unreadable('multipart read differently by Next')

  const problem =
    unstorableText(decoded.entries) ??
    (isFetch ? fetchActionProblem(decoded.entries) : formPostProblem(decoded.entries))
  return problem ? { ...refusal(400, 'invalid_action_body', problem.message), problem: problem.detail } : null
}

type Problem = { message: string; detail: string }

// PostgreSQL cannot store U+0000 in text, and no form field has a use for it: refused here, for every action, before
// any of them could pass it to the database (lib/engine/input/storable-text.ts refuses it at the other boundaries).
function unstorableText(entries: readonly Entry[]): Problem | null {
  const bad = entries.find((entry) => entry.name.includes('\0') || ('value' in entry && entry.value.includes('\0')))
  return bad
    ? { message: 'The form contains a character that cannot be stored (U+0000).', detail: 'NUL in a field' }
    : null
}

// A fetch action's arguments are encoded by React (19's encodeReply): field "0", sent last, holds the argument list
// as JSON, and a FormData argument appears in it as a "$K<id>" reference to the fields prefixed "_<id>_" (Next
// resolves the list as it arrives, so fields sent after it are not in the form: the action gets fewer, never other,
// values). Every
// action here is called with exactly one form, so anything else — no argument (`[]`), several, a value that is not a
// form — is not a call any page makes (and some crafted references make Next's decoder throw, or never finish).
function fetchActionProblem(entries: readonly Entry[]): Problem | null {
  const notAForm = (detail: string) => ({ message: 'The form’s arguments are not a form.', detail })
  const roots = entries.filter((entry) => entry.name === '0')
  const root = roots[0]
  if (!root || !('value' in root)) return notAForm('no argument list')
  if (roots.length > 1) return notAForm('two argument lists')
  const reference = /^\["\$K([0-9a-f]{1,8})"\]$/.exec(root.value)
  if (!reference) return notAForm('arguments other than one form')
  const prefix = `_${reference[1]}_`
  if (entries.some((entry) => entry.name !== '0' && !entry.name.startsWith(prefix))) {
    return notAForm('fields outside the form')
  }
  return null
}

// A form posted without JavaScript names its action in one "$ACTION_ID_<id>" field. React also understands
// "$ACTION_REF_…" and "$ACTION_<n>:…" fields that carry bound arguments as JSON; our forms never send them, and a
// malformed one makes Next's decoder throw. Two action ids would leave the choice to the decoder.
function formPostProblem(entries: readonly Entry[]): Problem | null {
  const actions = entries.filter((entry) => entry.name.startsWith('$ACTION_'))
  const invalid = (detail: string) => ({ message: 'The form names no valid action.', detail })
  if (actions.some((entry) => !/^\$ACTION_ID_[0-9a-f]+$/.test(entry.name))) return invalid('bound-argument fields')
  if (actions.length > 1) return invalid('several action ids')
  return null
}
