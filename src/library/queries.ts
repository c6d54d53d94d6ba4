/** Reading the list: a page of it, counts, one story (search: search.ts). Reads never load bodies unless asked. */
import { type LibraryDb, library } from './db.ts'
import type { ReadStatus, SavedArticle, SavedContent } from './types.ts'

// Every save time lies between these (IndexedDB orders numbers, infinities included).
const LOWEST = Number.NEGATIVE_INFINITY
const HIGHEST = Number.POSITIVE_INFINITY

export type StatusFilter = ReadStatus | 'all'
export type SortOrder = 'newest' | 'oldest'

export interface ListQuery {
  status: StatusFilter
  order: SortOrder
  limit: number
  offset?: number
}

/** The stories of one status (or all), in save-time order, as an index walk. */
function byStatus(db: LibraryDb, status: StatusFilter, order: SortOrder) {
  const walk =
    status === 'all'
      ? db.articles.orderBy('savedAt')
      : db.articles.where('[status+savedAt]').between([status, LOWEST], [status, HIGHEST])
  return order === 'newest' ? walk.reverse() : walk
}

/** One page of the list, from the save-time index: no full scan, whatever the list's size. */
export async function listArticles(
  query: ListQuery,
  db: LibraryDb = library(),
): Promise<SavedArticle[]> {
  const { status, order, limit, offset = 0 } = query
  return byStatus(db, status, order).offset(offset).limit(limit).toArray()
}

export async function countByStatus(
  db: LibraryDb = library(),
): Promise<Record<StatusFilter, number>> {
  const [unread = 0, read = 0, archived = 0] = await Promise.all(
    (['unread', 'read', 'archived'] as const).map((status) =>
      byStatus(db, status, 'oldest').count(),
    ),
  )
  return { unread, read, archived, all: unread + read + archived }
}

export function getArticle(
  id: string,
  db: LibraryDb = library(),
): Promise<SavedArticle | undefined> {
  return db.articles.get(id)
}

export function getContent(
  id: string,
  db: LibraryDb = library(),
): Promise<SavedContent | undefined> {
  return db.contents.get(id)
}
