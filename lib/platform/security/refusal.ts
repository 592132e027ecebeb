// A request the app refuses before any page, action or route handler runs: from the server-action gate
// (action-gate.ts) or from the server guard (server-guard.cjs), which marks what Next itself would answer with a bare
// 500. proxy.ts answers each with its status, the JSON error shape or a small page, and every security header.

export type Refusal = {
  status: 400 | 403 | 405 | 413 | 415
  /** Stable code for the JSON error shape and the log. */
  code:
    | 'action_origin_rejected'
    | 'payload_too_large'
    | 'unsupported_media_type'
    | 'invalid_action_body'
    | 'method_not_allowed'
    | 'bad_path_encoding'
    | 'bad_request_target'
    | 'nul_in_address'
  message: string
}

/** The refusal the server guard marked a request with (its REFUSAL_HEADER), or null for anything else. */
export function guardRefusal(marked: string | null): Refusal | null {
  switch (marked) {
    case 'method_not_allowed':
      return { status: 405, code: marked, message: 'This method is not allowed here.' }
    case 'bad_path_encoding':
      return { status: 400, code: marked, message: 'The address is not valid: it has a broken %-escape.' }
    case 'nul_in_address':
      return { status: 400, code: marked, message: 'The address contains a character that cannot be stored (U+0000).' }
    case 'bad_request_target':
      return { status: 400, code: marked, message: 'The request must name a path on this site.' }
    default:
      return null
  }
}
