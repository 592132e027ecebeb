// Prints the readout and plan for one answers file as Markdown, so content authors can try a persona without the UI.
// Usage: npm run assess -- lib/knowledge/reference-personas/backend-with-pms.json [--weeks N]
// The file holds either the answers object itself or { "answers": { … } }.
import { readFileSync } from 'node:fs'
import { validateAnswers } from '@/lib/engine/content/answers'
import { assess } from '@/lib/engine/scoring/assess'
import { contentVersion, loadContent } from '@/lib/knowledge/load'
import { renderMarkdown } from '@/lib/plans/views/render-markdown'

function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith('--'))
  const weeksFlag = argv.indexOf('--weeks')
  const weeks = weeksFlag >= 0 ? Number(argv[weeksFlag + 1]) : Number.POSITIVE_INFINITY
  if (!file) {
    console.error('Usage: npm run assess -- <answers.json> [--weeks N]')
    process.exit(2)
  }
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const input = raw && typeof raw === 'object' && 'answers' in raw ? (raw as { answers: unknown }).answers : raw
  const content = loadContent()
  const checked = validateAnswers(content, input)
  if (!checked.ok) {
    console.error(`The answers in ${file} are not valid:`)
    for (const e of checked.errors) console.error(`- ${e.fieldId || '(file)'}: ${e.message}`)
    process.exit(1)
  }
  const { result, plan } = assess(content, checked.answers)
  console.log(renderMarkdown(result, plan, weeks))
  console.log(`\n_Content version ${contentVersion(content)}._`)
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
