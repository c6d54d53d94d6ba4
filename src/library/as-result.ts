/** A saved story in the shape the story view and source links show (read from storage, offline). */
import type { Source } from '../core/types.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import type { SavedArticle, SavedContent } from './types.ts'

export function savedToResult(
  article: SavedArticle,
  content: SavedContent | undefined,
): ArticleResult {
  const firstCopy = article.copies[0]
  const page: Source[] = firstCopy
    ? [{ url: firstCopy.url, label: 'Saved from', kind: 'page' }]
    : []
  return {
    isAggregator: false,
    detection: { confidence: 0, signals: [] },
    noArticleReason: null,
    sources: [...article.sources, ...page],
    article: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      leadImage: article.leadImage,
      html: content?.html ?? '',
      text: content?.text ?? '',
      wordCount: article.wordCount,
      readingTimeMinutes: article.readingTimeMinutes,
    },
  }
}
