import { toMarkdown } from '../core/markdown.ts'
import type { ExtractionResult } from '../core/types.ts'
import type { Format } from './args.ts'
import { formatHtml } from './format-html.ts'
import { formatJson } from './format-json.ts'

/**
 * What goes on stdout for a format. `null` means "no article to show" for the formats that
 * only make sense with one; main() then reports the reason on stderr. JSON always renders,
 * because the reason is part of the result.
 */
export function render(result: ExtractionResult, format: Format): string | null {
  if (format === 'json') return formatJson(result)
  const { article } = result
  if (!article) return null
  switch (format) {
    case 'markdown':
      return toMarkdown(result)
    case 'html':
      return formatHtml(result, article)
    case 'text':
      return `${article.title.trim()}\n\n${article.text.trim()}\n`
  }
}
