/** "1 Dec 2026, 21:05" in UTC, the same for every admin whatever their browser says. */
export function formatWhen(date: Date): string {
  return `${new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date)} UTC`
}

export function shortAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser'
  const browser =
    /Firefox\/\d+/.exec(userAgent)?.[0] ??
    /Edg\/\d+/.exec(userAgent)?.[0] ??
    /Chrome\/\d+/.exec(userAgent)?.[0] ??
    /Safari\/\d+/.exec(userAgent)?.[0]
  const system = /\(([^;)]+)/.exec(userAgent)?.[1]
  return [browser?.replace('/', ' '), system].filter(Boolean).join(' on ') || userAgent.slice(0, 60)
}
