/**
 * The core on the bundled demo page, from the command line: prints what Upstream finds on our
 * dnyuz-style fixture (headline, detection signals, source links and the story's first lines).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHtml } from '../src/cli/parse-html.ts'
import { extract } from '../src/core/extract.ts'

const dir = join(import.meta.dirname, '../tests/fixtures/jnews--dnyuz-chile-spaceport-atacama')
const { url } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string }
const result = extract(parseHtml(readFileSync(join(dir, 'page.html')), url), url)

console.log(`Page:        ${url}`)
console.log(
  `Aggregator:  ${result.isAggregator ? 'yes' : 'no'} (confidence ${result.detection.confidence})`,
)
for (const s of result.detection.signals) console.log(`  signal     ${s.kind}: ${s.detail}`)
console.log(`Headline:    ${result.article?.title ?? `(no article: ${result.noArticleReason})`}`)
for (const s of result.sources) console.log(`  ${s.kind.padEnd(10)} ${s.label} <${s.url}>`)
if (result.article) {
  console.log(
    `\n${result.article.wordCount} words, ${result.article.readingTimeMinutes} min read:\n`,
  )
  console.log(`${result.article.text.split('\n\n').slice(0, 3).join('\n\n')}\n…`)
}
