import type { BetterAuthOptions, DBAdapter, Where } from 'better-auth'
import { sha256Hex } from '@/lib/platform/security/hash'

// better-auth keeps each session's bearer token in the session table as it is. We store only its sha256, as we do
// for every capability token, so a copy of the database signs nobody in. This wraps the library's database adapter:
// for the session model it hashes the token wherever the library writes or looks one up, and gives the library the
// raw token back in rows it found by that token. Rows listed any other way (by user) carry only the hash, which is
// fine: we revoke sessions by id, never by a listed token.

const isSessionModel = (model: unknown) => model === 'session' || model === 'adminSession'

type Args = { model?: unknown; where?: Where[]; data?: Record<string, unknown>; update?: Record<string, unknown> }

function hashedValue(value: Where['value']): Where['value'] {
  if (typeof value === 'string') return sha256Hex(value)
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? sha256Hex(v) : v)) as Where['value']
  return value
}

/** The raw tokens this call names, by their hash, to put back into what it returns. */
function rawTokens(args: Args): Map<string, string> {
  const raw = new Map<string, string>()
  const remember = (value: unknown) => {
    if (typeof value === 'string') raw.set(sha256Hex(value), value)
  }
  for (const w of args.where ?? []) if (w.field === 'token') [w.value].flat().forEach(remember)
  remember(args.data?.token)
  remember(args.update?.token)
  return raw
}

function hashArgs(args: Args): Args {
  return {
    ...args,
    ...(args.where
      ? { where: args.where.map((w) => (w.field === 'token' ? { ...w, value: hashedValue(w.value) } : w)) }
      : {}),
    ...(typeof args.data?.token === 'string' ? { data: { ...args.data, token: sha256Hex(args.data.token) } } : {}),
    ...(typeof args.update?.token === 'string'
      ? { update: { ...args.update, token: sha256Hex(args.update.token) } }
      : {}),
  }
}

function restore(result: unknown, raw: Map<string, string>): unknown {
  if (Array.isArray(result)) return result.map((row) => restore(row, raw))
  if (result === null || typeof result !== 'object' || !('token' in result)) return result
  const token = (result as { token: unknown }).token
  const original = typeof token === 'string' ? raw.get(token) : undefined
  return original ? { ...result, token: original } : result
}

function wrap<T extends object>(adapter: T): T {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      if (property === 'transaction') {
        return (callback: (trx: unknown) => unknown) => value.call(target, (trx: object) => callback(wrap(trx)))
      }
      return async (args: Args, ...rest: unknown[]) => {
        if (!args || typeof args !== 'object' || !isSessionModel(args.model)) return value.call(target, args, ...rest)
        const result = await value.call(target, hashArgs(args), ...rest)
        return restore(result, rawTokens(args))
      }
    },
  })
}

export function withHashedSessionTokens(factory: (options: BetterAuthOptions) => DBAdapter) {
  return (options: BetterAuthOptions): DBAdapter => wrap(factory(options))
}
