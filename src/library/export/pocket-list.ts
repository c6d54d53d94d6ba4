/**
 * The list in Pocket's ril_export.html shape: `<h1>Unread</h1>` and `<h1>Read Archive</h1>`,
 * each a `<ul>` of `<a href time_added tags>` links. Other read-it-later tools import this
 * shape, and so does our own Pocket importer, which is how the HTML export can be re-imported.
 */
import { escapeHtml } from './escape-html.ts'
import { type ExportItem, linkOf } from './item.ts'

export function pocketList(items: readonly ExportItem[]): string {
  // Pocket knows only "unread" and its archive, where read stories also went.
  const unread = items.filter(({ article }) => article.status === 'unread')
  const archive = items.filter(({ article }) => article.status !== 'unread')
  return ['<h1>Unread</h1>', listOf(unread), '<h1>Read Archive</h1>', listOf(archive)].join('\n')
}

function listOf(items: readonly ExportItem[]): string {
  const lines = ['<ul>']
  for (const { article } of items) {
    const url = linkOf(article)
    if (!url) continue
    const seconds = Math.max(0, Math.floor(article.savedAt / 1000))
    // Pocket separated tags with commas, so a comma inside a tag would split it in two.
    const tags = article.tags.map((tag) => tag.replace(/,/g, ' ')).join(',')
    lines.push(
      `<li><a href="${escapeHtml(url)}" time_added="${seconds}" tags="${escapeHtml(tags)}">` +
        `${escapeHtml(article.title)}</a></li>`,
    )
  }
  lines.push('</ul>')
  return lines.join('\n')
}
