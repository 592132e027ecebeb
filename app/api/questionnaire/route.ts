import { currentContent } from '@/lib/knowledge/store/current-content'
import { json } from '@/lib/platform/http/http'
import { publicQuestionnaire } from '@/lib/questionnaire/public-questionnaire'

// The questions as a client needs them to collect answers, without the scoring weights
// (lib/questionnaire/public-questionnaire.ts).
// Read per request, so a publish shows here at once. Clients revalidate every time (lib/platform/security/headers.ts
// says so) and an unchanged release answers 304 from its ETag, so keeping up costs them a few bytes.
export async function GET(request: Request) {
  const { content, version } = await currentContent()
  const etag = `"${version}"`
  const headers = { ETag: etag }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return json(publicQuestionnaire(content, version), 200, headers)
}
