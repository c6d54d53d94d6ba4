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

/** One page of the list, from the save-time index: no full scan, whatever the list's size. */
export async function listArticles(
  query: ListQuery,
  db: LibraryDb = library(),
): Promise<SavedArticle[]> {
  const { status, order, limit, offset = 0 } = query
  const collection =
    status === 'all'
      ? db.articles.orderBy('savedAt')
      : db.articles.where('[status+savedAt]').between([status, LOWEST], [status, HIGHEST])
  const ordered = order === 'newest' ? collection.reverse() : collection
  return ordered.offset(offset).limit(limit).toArray()
}

export async function countByStatus(
  db: LibraryDb = library(),
): Promise<Record<StatusFilter, number>> {
  const [unread = 0, read = 0, archived = 0] = await Promise.all(
    (['unread', 'read', 'archived'] as const).map((status) =>
      db.articles.where('[status+savedAt]').between([status, LOWEST], [status, HIGHEST]).count(),
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

/**
 * Stories whose title or text holds every word of the query (the last word may be unfinished:
 * it matches as a prefix). Each word is one lookup in the search-term index; the smallest
 * match set is intersected with the others, then only the matching entries are read.
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
  const ids = [...smallest].filter((id) => others.every((set) => set.has(id)))
  const found = (await db.articles.bulkGet(ids)).filter(
    (article): article is SavedArticle =>
      article !== undefined && (options.status === 'all' || article.status === options.status),
  )
  found.sort((a, b) => (options.order === 'newest' ? b.savedAt - a.savedAt : a.savedAt - b.savedAt))
  return found.slice(0, options.limit)
}
