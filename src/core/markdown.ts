import { gfm } from '@joplin/turndown-plugin-gfm'
import TurndownService from 'turndown'
import type { ExtractionResult, Source } from './types.ts'

/**
 * The extraction result as a Markdown document, for the CLI and the extension's "copy as
 * Markdown": `# Title`, a metadata block (byline, site, date, where the story came from), then
 * the body converted from `article.html` by turndown + GFM (tables, strikethrough).
 * Turndown parses with DOMParser in the browser and with its bundled parser in Node, so this
 * runs in both. Returns '' when there is no article: callers decide how to say so.
 */
export function toMarkdown(result: ExtractionResult): string {
  const { article } = result
  if (!article) return ''
  const service = createTurndown()
  const esc = (s: string): string => service.escape(s)

  const blocks: string[] = [`# ${escapeHeading(esc(oneLine(article.title) || 'Untitled'))}`]

  const byline = article.byline ? oneLine(article.byline) : ''
  const meta = [
    // Bylines often already read "By Jane Doe"; do not make that "By By Jane Doe".
    byline && (/^by\s/i.test(byline) ? byline : `By ${byline}`),
    article.siteName ? oneLine(article.siteName) : '',
    article.publishedTime ? oneLine(article.publishedTime) : '',
  ].filter(Boolean)
  if (meta.length > 0) blocks.push(meta.map(esc).join(' · '))

  for (const credit of sourceCredits(result)) {
    blocks.push(`${esc(credit.prefix)} [${esc(credit.label)}](${escapeDestination(credit.url)})`)
  }

  if (
    article.leadImage &&
    isHttpUrl(article.leadImage) &&
    !mentions(article.html, article.leadImage)
  ) {
    blocks.push(`![](${escapeDestination(article.leadImage)})`)
  }

  blocks.push('---')
  const body = service.turndown(article.html).trim()
  if (body) blocks.push(body)
  return `${blocks.join('\n\n')}\n`
}

/** One "where this came from" line: `prefix` then a link showing `label`. */
export interface SourceCredit {
  prefix: string
  label: string
  url: string
}

/**
 * The result's sources as credit lines, shared by every renderer so Markdown and HTML word them
 * alike. Only http(s) links survive: a `javascript:` source from a hostile page must never
 * become a clickable link. Duplicate URLs (original == canonical is common) are shown once.
 */
export function sourceCredits(result: ExtractionResult): SourceCredit[] {
  const seen = new Set<string>()
  const credits: SourceCredit[] = []
  for (const source of result.sources) {
    if (!isHttpUrl(source.url) || seen.has(source.url)) continue
    seen.add(source.url)
    credits.push(creditFor(source, result.isAggregator))
  }
  return credits
}

function creditFor(source: Source, isAggregator: boolean): SourceCredit {
  const label = oneLine(source.label) || source.url
  switch (source.kind) {
    case 'original':
      return { prefix: 'Originally published by', label, url: source.url }
    case 'publisher':
      return { prefix: 'Publisher:', label, url: source.url }
    case 'canonical':
      return { prefix: 'Canonical page:', label, url: source.url }
    case 'page':
      // The page's label is UI wording ("This page"); out of the page, its address says more.
      return {
        prefix: isAggregator ? 'Aggregator copy:' : 'Retrieved from',
        label: source.url,
        url: source.url,
      }
  }
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    fence: '```',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
    linkStyle: 'inlined',
  })
  service.use(gfm)
  // Turndown fences only <pre><code>; a bare <pre> (common in old pages) would lose its line breaks.
  service.addRule('barePre', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName !== 'CODE',
    replacement: (_content, node) => fenced(node.textContent ?? ''),
  })
  // Turndown pads markers to four columns (`-   item`); write them the way people do (`- item`),
  // indenting continuation lines by the marker's width so nested blocks stay in the item.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode
      let prefix = '- '
      if (parent?.nodeName === 'OL') {
        const start = Number.parseInt((parent as Element).getAttribute('start') ?? '', 10)
        const index = Array.prototype.indexOf.call((parent as Element).children, node)
        prefix = `${(Number.isNaN(start) ? 1 : start) + index}. `
      }
      const isParagraph = /\n$/.test(content)
      const body = content.replace(/^\n+|\n+$/g, '') + (isParagraph ? '\n' : '')
      // Blank lines stay empty: indenting them would only add trailing whitespace.
      const indented = body.replace(/\n(?=[^\n])/g, `\n${' '.repeat(prefix.length)}`)
      return prefix + indented + (node.nextSibling ? '\n' : '')
    },
  })
  // Turndown leaves `<` and `&` alone in text, so an article that talks *about* `<script>` or
  // `&amp;` would turn into raw HTML / an entity once the Markdown is rendered. Escape them too.
  const baseEscape = service.escape.bind(service)
  service.escape = (text: string): string => escapeHtmlish(baseEscape(text))
  return service
}

function fenced(code: string): string {
  // The fence must be longer than any backtick run at a line start inside the code.
  let size = 3
  for (const match of code.matchAll(/^`{3,}/gm)) size = Math.max(size, match[0].length + 1)
  const fence = '`'.repeat(size)
  return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`
}

function escapeHtmlish(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
}

/** A trailing ` #` would be read as the heading's closing sequence and dropped. */
function escapeHeading(text: string): string {
  return text.replace(/(\s)(#+)$/, '$1\\$2')
}

/** Link destinations: parentheses and angle brackets escaped, spaces force the `<…>` form. */
function escapeDestination(url: string): string {
  const escaped = url.replace(/[<>()\\]/g, '\\$&')
  return /\s/.test(escaped) ? `<${escaped}>` : escaped
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

/** Whether the (serialized, so `&` became `&amp;`) HTML already shows this URL. */
function mentions(html: string, url: string): boolean {
  return html.includes(url) || html.includes(url.replace(/&/g, '&amp;'))
}
