/**
 * The reader tab showing a story from the reading list (`?saved=<id>`): read from IndexedDB, so
 * it works offline, after the page is gone. Opening it marks it read.
 */

import type { DeletedArticle } from '../library/mutations.ts'
import type { SavedArticle } from '../library/types.ts'
import type { ArticleResult } from '../messaging/outcome.ts'

export function savedIdFromLocation(search: string): string | null {
  const id = new URLSearchParams(search).get('saved')
  return id && /^[\w-]{1,64}$/.test(id) ? id : null
}

export type SavedView =
  /** Not (or no longer) in the reading list. */
  | { kind: 'missing' }
  | { kind: 'article'; article: SavedArticle; result: ArticleResult }
  /** An imported link whose text was never fetched: its title and address. */
  | { kind: 'link-only'; article: SavedArticle }
  /** Deleted from this page; `deleted` holds all that undoing it needs. */
  | { kind: 'deleted'; deleted: DeletedArticle }
  /** Reading the list failed: `detail` is the raw error, for the console only. */
  | { kind: 'error'; detail: string }

/**
 * Reads the story. `markRead` on the first opening only: after the user marks it unread here,
 * showing it again must not undo that.
 */
export async function loadSavedView(id: string, markRead: boolean): Promise<SavedView> {
  const [{ getArticle, getContent }, { savedToResult }] = await Promise.all([
    import('../library/queries.ts'),
    import('../library/as-result.ts'),
  ])
  let article = await getArticle(id)
  if (!article) return { kind: 'missing' }
  if (markRead && article.status === 'unread') {
    // The story's id now: the address may carry the id it had before an upgrade.
    await (await import('../library/mutations.ts')).setStatus(article.id, 'read')
    article = { ...article, status: 'read' }
  }
  if (!article.hasContent) return { kind: 'link-only', article }
  const content = await getContent(article.id)
  return { kind: 'article', article, result: savedToResult(article, content) }
}
