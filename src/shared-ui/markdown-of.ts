/** The story as Markdown, for "Copy as Markdown" (the popup's menu and the reader's actions). */
import type { ArticleResult } from '../messaging/outcome.ts'
import { toSafeHtml } from './safe-html.ts'

export async function markdownOf(result: ArticleResult): Promise<string> {
  // Turndown is large and only needed on this click: it loads as a separate chunk.
  const { toMarkdown } = await import('../core/markdown.ts')
  const html = toSafeHtml(result.article.html)
  return toMarkdown({ ...result, article: { ...result.article, html } })
}
