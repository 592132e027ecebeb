import type { Question } from '@/lib/engine/content/schema'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { json } from '@/lib/platform/http/http'

// The questions as a client needs them to collect answers. Scoring weights stay on the server: they are not needed
// to answer, and publishing them invites answering to the score.
function publicQuestion(q: Question) {
  const base = {
    id: q.id,
    sectionId: q.sectionId,
    kind: q.kind,
    prompt: q.prompt,
    label: q.shortLabel,
    help: q.help,
    optional: q.optional,
  }
  if (q.kind === 'number') return { ...base, min: q.min, max: q.max, step: q.step, unit: q.unit }
  return {
    ...base,
    ...(q.kind === 'multi' ? { maxSelected: q.maxSelected } : {}),
    options: q.options.map((o) => ({
      id: o.id,
      label: o.label,
      detail: o.detail,
      exclusive: o.exclusive || undefined,
    })),
  }
}

// Read per request, so a publish shows here at once. Clients revalidate every time (lib/platform/security/headers.ts says
// so) and an unchanged release answers 304 from its ETag, so keeping up costs them a few bytes.
export async function GET(request: Request) {
  const { content, version } = await currentContent()
  const etag = `"${version}"`
  const headers = { ETag: etag }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return json(
    {
      contentVersion: version,
      sections: content.sections.map(({ id, title, intro, estimatedMinutes }) => ({
        id,
        title,
        intro,
        estimatedMinutes,
      })),
      questions: content.questions.map(publicQuestion),
    },
    200,
    headers,
  )
}
