/**
 * A saved story in the shape the story view and source links show (read from storage, offline):
 * its source links as saved, and the "Republished copy" verdict derived from them
 * (copy-verdict.ts). The detection's signals are not kept, so the "why" details are not shown.
 */
import type { Source } from '../core/types.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { articleFields } from './article-fields.ts'
import { savedFromCopy } from './copy-verdict.ts'
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
    isAggregator: savedFromCopy(article),
    detection: { confidence: 0, signals: [] },
    noArticleReason: null,
    sources: [...article.sources, ...page],
    article: { ...articleFields(article), html: content?.html ?? '', text: content?.text ?? '' },
  }
}
