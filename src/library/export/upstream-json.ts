/**
 * Export of the whole list as Upstream's own JSON file (format in import/upstream-schema.ts):
 * every record whole, so the importer can rebuild the list exactly.
 */
import { UPSTREAM_FORMAT, UPSTREAM_VERSION, type UpstreamFile } from '../import/upstream-schema.ts'
import type { ExportItem } from './item.ts'

export function exportJson(items: readonly ExportItem[], now: Date): string {
  const file: UpstreamFile = {
    format: UPSTREAM_FORMAT,
    version: UPSTREAM_VERSION,
    exportedAt: now.toISOString(),
    // Each record copied to exactly the file's fields, so nothing a store adds leaks out.
    items: items.map(({ article, content }) => ({
      article: {
        id: article.id,
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        publishedTime: article.publishedTime,
        lang: article.lang,
        dir: article.dir,
        excerpt: article.excerpt,
        leadImage: article.leadImage,
        wordCount: article.wordCount,
        readingTimeMinutes: article.readingTimeMinutes,
        status: article.status,
        savedAt: article.savedAt,
        updatedAt: article.updatedAt,
        copies: article.copies.map((copy) => ({ url: copy.url, savedAt: copy.savedAt })),
        sources: article.sources.map((s) => ({ url: s.url, label: s.label, kind: s.kind })),
        tags: [...article.tags],
        hasContent: article.hasContent,
      },
      content: content ? { id: content.id, html: content.html, text: content.text } : null,
    })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
