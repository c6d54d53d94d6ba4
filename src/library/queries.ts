/** Reading the list: a page of it, counts, one story, search. Reads never load bodies unless asked. */
import { type LibraryDb, library } from './db.ts'
import { queryTerms } from './search-terms.ts'
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

// Up to this many matches are read directly; above it, the newest-first index is walked and
// filtered instead, which stops after one page of results however common the word is.
const DIRECT_READ_LIMIT = 300

/**
 * Stories whose title or text holds every word of the query (the last word may be unfinished:
 * it matches as a prefix). Each word is one key-only lookup in the search-term index; the sets
 * are intersected. A handful of matches are then read by id; many matches (a common word) are
 * found by walking the save-time index in the requested order and keeping the matching ones,
 * which reads only about one page of stories instead of every match.
 */
export async function searchArticles(
  query: string,
  options: { status: StatusFilter; order: SortOrder; limit: number },
  db: LibraryDb = library(),
): Promise<SavedArticle[]> {
  const terms = queryTerms(query)
  if (terms.length === 0) return listArticles(options, db)
  const idSets = await Promise.all(
    terms.map(async (term, i) => {
      const where = db.lookup.where('words')
      const keys = i === terms.length - 1 ? where.startsWith(term) : where.equals(term)
      return new Set((await keys.primaryKeys()) as string[])
    }),
  )
  idSets.sort((a, b) => a.size - b.size)
  const [smallest = new Set<string>(), ...others] = idSets
  const ids = new Set([...smallest].filter((id) => others.every((set) => set.has(id))))
  if (ids.size === 0) return []

  const { status, order, limit } = options
  if (ids.size > DIRECT_READ_LIMIT) {
    return byStatus(db, status, order)
      .filter((article) => ids.has(article.id))
      .limit(limit)
      .toArray()
  }
  const found = (await db.articles.bulkGet([...ids])).filter(
    (article): article is SavedArticle =>
      article !== undefined && (status === 'all' || article.status === status),
  )
  found.sort((a, b) => (order === 'newest' ? b.savedAt - a.savedAt : a.savedAt - b.savedAt))
  return found.slice(0, limit)
}
