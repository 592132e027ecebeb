import { readFileSync } from 'node:fs'

// The servers playwright.config.ts starts. The first is the app as `npm start` runs it; the second is the app as
// deployed behind HTTPS (PUBLIC_URL=https://howtowhy.test) with its database unreachable.
export const port = Number(process.env.E2E_PORT ?? 3107)
export const brokenOrigin = `http://127.0.0.1:${port + 1}`

type ActionManifest = { node: Record<string, { exportedName: string; workers: Record<string, unknown> }> }
const actionManifest = () =>
  JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as ActionManifest

/** The server action ids of this build, by exported name (read from Next's manifest of the build under test). */
export async function actionIds(): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(actionManifest().node).map(([id, { exportedName }]) => [exportedName, id]))
}

/** Every server action of this build: its id, name, and the route patterns of the pages that can call it. */
export function buildActions(): { id: string; name: string; pages: string[] }[] {
  return Object.entries(actionManifest().node).map(([id, { exportedName, workers }]) => ({
    id,
    name: exportedName,
    // "app/plan/[token]/page" → "/plan/[token]"
    pages: Object.keys(workers).map((worker) => worker.replace(/^app/, '').replace(/\/page$/, '') || '/'),
  }))
}

/** Every route of this build (pages and route handlers), as patterns such as "/api/plans/[shareToken]". */
export function buildRoutes(): { pattern: string; kind: 'page' | 'route' }[] {
  const manifest = JSON.parse(readFileSync('.next/server/app-paths-manifest.json', 'utf8')) as Record<string, string>
  return Object.keys(manifest)
    .filter((key) => !key.startsWith('/_'))
    .map((key) => ({
      pattern: key.replace(/\/(page|route)$/, '') || '/',
      kind: key.endsWith('/route') ? ('route' as const) : ('page' as const),
    }))
}
