import { sourceCredits } from '../core/markdown.ts'
import type { Article, ExtractionResult } from '../core/types.ts'

/**
 * A standalone, minimal HTML document of the article. Every string from the page is escaped;
 * only `article.html` goes in raw, because core already sanitized it. The CSP is a second
 * line of defence for that body: no script, no frames, nothing loaded but images and media.
 */
export function formatHtml(result: ExtractionResult, article: Article): string {
  const title = article.title.trim() || 'Untitled'
  const htmlAttrs = [
    article.lang ? ` lang="${escapeHtml(article.lang)}"` : '',
    article.dir ? ` dir="${escapeHtml(article.dir)}"` : '',
  ].join('')

  const meta: string[] = []
  if (article.byline) {
    const byline = article.byline.trim()
    meta.push(escapeHtml(/^by\s/i.test(byline) ? byline : `By ${byline}`))
  }
  if (article.siteName) meta.push(escapeHtml(article.siteName.trim()))
  if (article.publishedTime) meta.push(formatTime(article.publishedTime.trim()))

  const credits = sourceCredits(result).map(
    (c) =>
      `<li>${escapeHtml(c.prefix)} <a href="${escapeHtml(c.url)}">${escapeHtml(c.label)}</a></li>`,
  )

  return `<!doctype html>
<html${htmlAttrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; media-src http: https:; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>body{max-width:40em;margin:2em auto;padding:0 1em;font:1.1em/1.6 Georgia,serif}img,video{max-width:100%;height:auto}</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(title)}</h1>
${meta.length > 0 ? `<p>${meta.join(' · ')}</p>\n` : ''}${credits.length > 0 ? `<ul>\n${credits.join('\n')}\n</ul>\n` : ''}</header>
${article.html}
</article>
</body>
</html>
`
}

/** A `<time>` only when the value is a date a browser can read; otherwise plain text. */
function formatTime(value: string): string {
  if (Number.isNaN(Date.parse(value))) return escapeHtml(value)
  return `<time datetime="${escapeHtml(value)}">${escapeHtml(value)}</time>`
}

/** Safe in text and in double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
