/**
 * The whole list as one Markdown document: per story its title as a heading, status and save
 * date, where it came from, then its body converted by core's toMarkdown (the same conversion
 * as "copy as Markdown"). Stories saved without their text are a heading and a link.
 */
import { toMarkdown } from '../../core/markdown.ts'
import { sanitizeHtml } from '../../core/sanitize.ts'
import type { ExtractionResult } from '../../core/types.ts'
import type { SavedArticle, SavedContent } from '../types.ts'
import { dayOf, type ExportItem, linkOf, metaLine } from './item.ts'
import { destination, escapeText } from './markdown-escape.ts'

/**
 * `win` is the window the sanitizer parses bodies with (jsdom's in Node; an extension page's
 * own by default): stored bodies were sanitized when saved, but an imported one may not have
 * been, and a Markdown viewer would turn a `javascript:` link in it into a live one.
 */
export function exportMarkdown(
  items: readonly ExportItem[],
  now: Date,
  win: Window | undefined = globalThis.window,
): string {
  // Never skip the sanitizer silently: without a DOM there is no safe way to convert bodies.
  if (!win) throw new Error('exportMarkdown needs a window (e.g. jsdom in Node) to sanitize bodies')
  const count = `${items.length} ${items.length === 1 ? 'story' : 'stories'}`
  // Not a heading: each story's title is the document's top-level heading, as in toMarkdown.
  const intro = `**Upstream reading list** · exported ${dayOf(now.getTime())} · ${count}`
  const sections = items.map(({ article, content }) =>
    content
      ? withBody(article, { ...content, html: sanitizeHtml(content.html, win) })
      : linkOnly(article),
  )
  return `${[intro, ...sections].join('\n\n')}\n`
}

function withBody(article: SavedArticle, content: SavedContent): string {
  const converted = toMarkdown(asExtraction(article, content)).trimEnd()
  // toMarkdown starts with the `# Title` line; the list's own facts go right under it.
  const split = converted.indexOf('\n\n')
  const heading = split < 0 ? converted : converted.slice(0, split)
  const rest = split < 0 ? '' : converted.slice(split + 2)
  return [heading, ...listFacts(article, true), rest].filter(Boolean).join('\n\n')
}

function linkOnly(article: SavedArticle): string {
  return [`# ${escapeText(article.title.trim() || 'Untitled')}`, ...listFacts(article, false)].join(
    '\n\n',
  )
}

/**
 * The meta line, then the link to the saved page unless toMarkdown's source credits already
 * show it (they cover `sources`, not the page the story was saved from).
 */
function listFacts(article: SavedArticle, hasBody: boolean): string[] {
  const facts = [escapeText(metaLine(article))]
  const link = linkOf(article)
  const credited = hasBody && article.sources.some((source) => source.url === link)
  if (link && !credited) {
    facts.push(`${hasBody ? 'Saved from ' : ''}[${escapeText(link)}](${destination(link)})`)
  }
  return facts
}

/** A stored record in the shape toMarkdown takes: the article as it was extracted. */
function asExtraction(article: SavedArticle, content: SavedContent): ExtractionResult {
  return {
    isAggregator: false,
    detection: { confidence: 0, signals: [] },
    noArticleReason: null,
    sources: article.sources,
    article: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      leadImage: article.leadImage,
      html: content.html,
      text: content.text,
      wordCount: article.wordCount,
      readingTimeMinutes: article.readingTimeMinutes,
    },
  }
}
