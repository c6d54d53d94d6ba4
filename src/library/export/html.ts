/**
 * The whole list as one standalone HTML page: first a Pocket-compatible link list (so other
 * tools can import the file), then every story with its facts and its body. Everything from the
 * records is untrusted: text and attributes are escaped, links must be http(s), bodies go
 * through core's sanitizer, and a Content-Security-Policy forbids script in the page anyway.
 */
import { sanitizeHtml } from '../../core/sanitize.ts'
import { parseHttpUrl } from '../../core/url.ts'
import type { SavedArticle, SavedContent } from '../types.ts'
import { escapeHtml } from './escape-html.ts'
import { dayOf, type ExportItem, linkOf, metaLine } from './item.ts'
import { pocketList } from './pocket-list.ts'

const CSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'"

const STYLE = [
  'body{max-width:44rem;margin:2rem auto;padding:0 1rem;font:17px/1.6 Georgia,serif;color:#222}',
  'article{border-top:1px solid #ccc;margin-top:3rem;padding-top:1rem}',
  '.meta,.sources{font:14px/1.5 system-ui,sans-serif;color:#555}',
  'img{max-width:100%;height:auto}',
].join('')

/** `win` is the window whose DOM the sanitizer parses bodies with (jsdom's in Node). */
export function exportHtml(items: readonly ExportItem[], now: Date, win: Window): string {
  const count = `${items.length} ${items.length === 1 ? 'story' : 'stories'}`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Upstream reading list</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<p class="meta">Upstream reading list · exported ${dayOf(now.getTime())} · ${count}</p>`,
    // The link list comes first: tools that read Pocket files stop caring after it, and our
    // bodies' own headings cannot move its links into the wrong section.
    pocketList(items),
    ...items.map(({ article, content }) => storySection(article, content, win)),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function storySection(article: SavedArticle, content: SavedContent | null, win: Window): string {
  const link = linkOf(article)
  const title = escapeHtml(article.title.trim() || 'Untitled')
  const heading = link ? `<a href="${escapeHtml(link)}">${title}</a>` : title
  const parts = [
    `<article${langAttrs(article)}>`,
    `<h2>${heading}</h2>`,
    `<p class="meta">${escapeHtml(metaLine(article))}</p>`,
  ]
  const credits = sourceLinks(article)
  if (credits) parts.push(`<p class="sources">${credits}</p>`)
  if (content) parts.push(`<div class="body">${sanitizeHtml(content.html, win)}</div>`)
  else if (link) {
    parts.push(
      `<p>Saved without its text: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    )
  }
  parts.push('</article>')
  return parts.join('\n')
}

/** Byline, site and every http(s) source, each source as a link. */
function sourceLinks(article: SavedArticle): string {
  const bits: string[] = []
  if (article.byline) bits.push(escapeHtml(article.byline))
  if (article.siteName) bits.push(escapeHtml(article.siteName))
  for (const source of article.sources) {
    const url = parseHttpUrl(source.url)
    if (!url) continue
    const label = escapeHtml(source.label.trim() || url.href)
    bits.push(`<a href="${escapeHtml(url.href)}">${label}</a>`)
  }
  return bits.join(' · ')
}

/** `lang`/`dir` for the story, so an RTL story reads right to left; only well-formed values. */
function langAttrs(article: SavedArticle): string {
  let attrs = ''
  if (article.lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(article.lang)) {
    attrs += ` lang="${article.lang}"`
  }
  if (article.dir === 'ltr' || article.dir === 'rtl') attrs += ` dir="${article.dir}"`
  return attrs
}
