/**
 * One page of the list from the save-time indexes, in one request: no full scan, whatever the
 * list's size. Shared by queries.ts and the list page's boot script (which must not load Dexie).
 */
import { readRecords } from './id-lists.ts'
import type { ReadStatus, SavedArticle } from './types.ts'

export type StatusFilter = ReadStatus | 'all'
export type SortOrder = 'newest' | 'oldest'

export interface ListQuery {
  status: StatusFilter
  order: SortOrder
  limit: number
  offset?: number
}

/** The first `limit` stories of a status (or all), in save-time order. */
export function readPage(
  articles: IDBObjectStore,
  { status, order, limit }: Omit<ListQuery, 'offset'>,
): Promise<SavedArticle[]> {
  // These indexes are keyed by save time: the newest are the last.
  const direction = order === 'newest' ? 'prev' : 'next'
  if (status === 'all') return readRecords(articles.index('savedAt'), null, direction, limit)
  // Every save time lies between the infinities (IndexedDB orders numbers, those included).
  const range = IDBKeyRange.bound(
    [status, Number.NEGATIVE_INFINITY],
    [status, Number.POSITIVE_INFINITY],
  )
  return readRecords(articles.index('[status+savedAt]'), range, direction, limit)
}
