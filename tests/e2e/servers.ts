// The servers playwright.config.ts starts. The first is the app as `npm start` runs it; the second is the app as
// deployed behind HTTPS (PUBLIC_URL=https://howtowhy.test) with its database unreachable.
export const port = Number(process.env.E2E_PORT ?? 3107)
export const brokenOrigin = `http://127.0.0.1:${port + 1}`

/** The server action ids of this build, by exported name (read from Next's manifest of the build under test). */
export async function actionIds(): Promise<Record<string, string>> {
  const { readFileSync } = await import('node:fs')
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>
  }
  return Object.fromEntries(Object.entries(manifest.node).map(([id, { exportedName }]) => [exportedName, id]))
}
