/**
 * Reading the list: a page of it, counts, one story (search: search.ts). Plain IndexedDB reads
 * (connection.ts); they never load bodies unless asked.
 */
import { type LibrarySource, readConnection } from './connection.ts'
import type { FormerId } from './db.ts'
import { result } from './id-lists.ts'
import { type ListQuery, readPage, type StatusFilter } from './read-page.ts'
import type { SavedArticle, SavedContent } from './types.ts'

// The list's query types live with the page read (shared with the list's boot script).
export type { ListQuery, SortOrder, StatusFilter } from './read-page.ts'

const STATUSES = ['unread', 'read', 'archived'] as const

/** One page of the list, from the save-time indexes: no full scan, whatever the list's size. */
export async function listArticles(
  query: ListQuery,
  source?: LibrarySource,
): Promise<SavedArticle[]> {
  const { status, order, limit, offset = 0 } = query
  const articles = (await readConnection(source)).transaction('articles').objectStore('articles')
  return (await readPage(articles, { status, order, limit: offset + limit })).slice(offset)
}

export async function countByStatus(source?: LibrarySource): Promise<Record<StatusFilter, number>> {
  const index = (await readConnection(source))
    .transaction('articles')
    .objectStore('articles')
    .index('status')
  const [unread = 0, read = 0, archived = 0] = await Promise.all(
    STATUSES.map((status) => result(index.count(IDBKeyRange.only(status)))),
  )
  return { unread, read, archived, all: unread + read + archived }
}

/** A story by its id, or by the id it had before schema version 2 (see db.ts, FormerId). */
export async function getArticle(
  id: string,
  source?: LibrarySource,
): Promise<SavedArticle | undefined> {
  const tx = (await readConnection(source)).transaction(['articles', 'formerIds'])
  const articles = tx.objectStore('articles')
  const found = (await result(articles.get(id))) as SavedArticle | undefined
  if (found) return found
  const former = (await result(tx.objectStore('formerIds').get(id))) as FormerId | undefined
  return former
    ? ((await result(articles.get(former.newId))) as SavedArticle | undefined)
    : undefined
}

export async function getContent(
  id: string,
  source?: LibrarySource,
): Promise<SavedContent | undefined> {
  const store = (await readConnection(source)).transaction('contents').objectStore('contents')
  return (await result(store.get(id))) as SavedContent | undefined
}
