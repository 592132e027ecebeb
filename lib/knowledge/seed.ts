import { contentVersion, loadContent } from '@/lib/knowledge/load'
import { seedContentRelease } from '@/lib/knowledge/store/content-release-repo'

/**
 * Publishes the bundled content/ as a release unless that version is stored already, so every start is idempotent
 * and a plan's content version can always be looked up. Throws ContentError when the bundle is invalid.
 */
export async function seedDefaultContent(): Promise<{ version: string; created: boolean }> {
  const content = loadContent()
  const version = contentVersion(content)
  const { created } = await seedContentRelease(version, content)
  return { version, created }
}
