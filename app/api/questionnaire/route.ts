import { json } from '@/lib/api/http'
import { contentVersion, loadContent } from '@/lib/content/load'
import type { Question } from '@/lib/content/schema'

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
  if (q.kind === 'number') return { ...base, min: q.min, max: q.max, unit: q.unit }
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

export const dynamic = 'force-static'

export function GET() {
  const content = loadContent()
  return json(
    {
      contentVersion: contentVersion(content),
      sections: content.sections.map(({ id, title, intro, estimatedMinutes }) => ({
        id,
        title,
        intro,
        estimatedMinutes,
      })),
      questions: content.questions.map(publicQuestion),
    },
    200,
    { 'Cache-Control': 'public, max-age=300' },
  )
}
