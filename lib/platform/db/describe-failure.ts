/**
 * One readable paragraph for a failure: the schema engine appends a Rust backtrace ("   0: schema_engine…") to its
 * messages, which says nothing to the person starting the app.
 */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message.split('\n')
  const backtrace = lines.findIndex((line) => /^\s+\d+: \S/.test(line))
  return (backtrace === -1 ? lines : lines.slice(0, backtrace)).join('\n').trim()
}
