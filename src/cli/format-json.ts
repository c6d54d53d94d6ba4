import type { ExtractionResult } from '../core/types.ts'

/**
 * The result as JSON with a fixed shape: rebuilt key by key rather than stringified as-is, so
 * the key order is stable for diffs and scripts, and internal extras (a signal's `weight`, any
 * field core adds later) do not leak into the CLI's public output until they are chosen to.
 */
export function formatJson(result: ExtractionResult): string {
  const { article } = result
  const ordered = {
    isAggregator: result.isAggregator,
    detection: {
      confidence: result.detection.confidence,
      signals: result.detection.signals.map((s) => ({ kind: s.kind, detail: s.detail })),
    },
    article: article && {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      leadImage: article.leadImage,
      html: article.html,
      text: article.text,
      wordCount: article.wordCount,
      readingTimeMinutes: article.readingTimeMinutes,
    },
    noArticleReason: result.noArticleReason,
    sources: result.sources.map((s) => ({ url: s.url, label: s.label, kind: s.kind })),
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}
