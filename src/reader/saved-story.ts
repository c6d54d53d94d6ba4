/**
 * The reader tab showing a story from the reading list (`?saved=<id>`): read from IndexedDB, so
 * it works offline, after the page is gone. Opening it marks it read.
 */
import type { ExtractOutcome } from '../messaging/outcome.ts'

export function savedIdFromLocation(search: string): string | null {
  const id = new URLSearchParams(search).get('saved')
  return id && /^[\w-]{1,64}$/.test(id) ? id : null
}

export async function loadSavedOutcome(id: string): Promise<ExtractOutcome> {
  const [{ getArticle, getContent }, { savedToResult }, { setStatus }] = await Promise.all([
    import('../library/queries.ts'),
    import('../library/as-result.ts'),
    import('../library/mutations.ts'),
  ])
  const base = { tabId: 0, at: Date.now() }
  const article = await getArticle(id)
  if (!article) {
    return {
      ...base,
      pageUrl: null,
      kind: 'error',
      problem: 'not-in-list',
      detail: id,
    }
  }
  // The story's id now: the address may carry the id it had before an upgrade.
  if (article.status === 'unread') await setStatus(article.id, 'read')
  const pageUrl = article.copies[0]?.url ?? null
  if (!article.hasContent) {
    return {
      ...base,
      pageUrl,
      kind: 'no-article',
      code: 'nothing-found',
      reason: `Only the link to this story was imported; its text has not been fetched yet. ${pageUrl ?? ''}`,
      result: null,
    }
  }
  const content = await getContent(article.id)
  return { ...base, pageUrl, kind: 'article', result: savedToResult(article, content) }
}
