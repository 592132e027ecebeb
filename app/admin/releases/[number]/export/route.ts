import { currentAdmin } from '@/lib/admin/admin-session'
import { parseContent } from '@/lib/knowledge/load'
import { contentFile, formatJson, isContentFileName, toBundle } from '@/lib/knowledge/store/bundle-format'
import { findReleaseByNumber } from '@/lib/knowledge/store/content-release-repo'
import { apiError } from '@/lib/platform/http/http'

// A release as JSON in the content/ format: the whole bundle, or one file (?file=skills) to drop into content/.
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  if (!(await currentAdmin())) return apiError(401, 'unauthorized', 'Sign in as an admin first.')
  // Release numbers are database integers: anything else (or out of range) is simply not a release.
  const raw = (await params).number
  const release = /^\d{1,9}$/.test(raw) ? await findReleaseByNumber(Number(raw)) : null
  if (!release) return apiError(404, 'not_found', 'No release with that number.')
  const file = new URL(request.url).searchParams.get('file')
  if (file !== null && !isContentFileName(file))
    return apiError(400, 'invalid_file', 'Unknown content file.', [
      { fieldId: 'file', message: 'Use sources, skills, sections, questions, roles, paths or actions.' },
    ])
  const content = parseContent(release.data)
  const body = file ? contentFile(content, file) : toBundle(content)
  const name = file ? `${file}.json` : `howtowhy-release-${release.number}.json`
  return new Response(formatJson(body), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  })
}
