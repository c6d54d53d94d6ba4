import { Readability } from '@mozilla/readability'
import { sanitizeHtml } from './sanitize.ts'
import type { ExtractionResult } from './types.ts'

export interface ExtractOptions {
  /** Layout-based visibility (browser only); one signal among several, never the verdict. */
  isVisible?: (el: Element) => boolean
}

/** PLACEHOLDER pipeline: Readability only. Being replaced by detect → clean → Readability → enrich. */
export function extract(doc: Document, pageUrl: string, _options: ExtractOptions = {}): ExtractionResult {
  const win = doc.defaultView
  if (!win) throw new Error('extract() needs a document with a window (defaultView)')
  const clone = doc.cloneNode(true) as Document
  const parsed = new Readability(clone).parse()
  if (!parsed?.content) {
    return {
      isAggregator: false,
      detection: { confidence: 0, signals: [] },
      article: null,
      noArticleReason: 'No article found on this page.',
      sources: [{ url: pageUrl, label: 'This page', kind: 'page' }],
    }
  }
  const text = (parsed.textContent ?? '').trim()
  const wordCount = text.split(/\s+/).filter(Boolean).length
  return {
    isAggregator: false,
    detection: { confidence: 0, signals: [] },
    article: {
      title: parsed.title ?? '',
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      lang: parsed.lang ?? null,
      dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null,
      excerpt: parsed.excerpt ?? null,
      leadImage: null,
      html: sanitizeHtml(parsed.content, win),
      text,
      wordCount,
      readingTimeMinutes: Math.max(1, Math.round(wordCount / 230)),
    },
    noArticleReason: null,
    sources: [{ url: pageUrl, label: 'This page', kind: 'page' }],
  }
}
