/**
 * Full-text search of the reading list: the stories whose title or text holds every word of the
 * query, the last word possibly unfinished (it matches every word it may become), newest (or
 * oldest) first, one page at a time.
 *
 * Each word is a stream of ids in save-time order from the search-term index, the status filter
 * one more from the status index, and their intersection is walked only until a page is full
 * (id-streams.ts): a word held by every story costs no more than a rare one. An unfinished word
 * with very many completions ("s") is not worth a stream per completion; it is checked against
 * each candidate's terms instead, which is cheap precisely because such a prefix matches most
 * stories.
 */
import { type LibraryDb, type LookupRecord, library } from './db.ts'
import { type IdStream, intersect, keyStream, storeStream, unionStream } from './id-streams.ts'
import { listArticles, type SortOrder, type StatusFilter } from './queries.ts'
import { queryTerms } from './search-terms.ts'
import type { SavedArticle } from './types.ts'

// Above this many completions an unfinished word is checked per candidate (see above).
const MAX_COMPLETIONS = 24

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/** Up to `max` distinct index keys starting with `prefix`, each reached with one seek. */
function completions(index: IDBIndex, prefix: string, max: number): Promise<string[]> {
  const found: string[] = []
  const request = index.openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`), 'next')
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result
      if (!cursor || found.length >= max) {
        resolve(found)
        return
      }
      const key = String(cursor.key)
      found.push(key)
      // The next distinct key: skip the other stories holding this one.
      cursor.continue(`${key}\u0000`)
    }
    request.onerror = () => reject(request.error)
  })
}

export interface SearchOptions {
  status: StatusFilter
  order: SortOrder
  limit: number
}

export async function searchArticles(
  query: string,
  options: SearchOptions,
  db: LibraryDb = library(),
): Promise<SavedArticle[]> {
  const terms = queryTerms(query)
  const partial = terms.pop()
  if (partial === undefined) return listArticles(options, db)
  const { status, order: walk, limit } = options
  if (limit <= 0) return []

  if (!db.isOpen()) await db.open()
  const tx = db.backendDB().transaction(['lookup', 'articles'], 'readonly')
  const lookup = tx.objectStore('lookup')
  const articles = tx.objectStore('articles')
  const words = lookup.index('words')

  const completed = await completions(words, partial, MAX_COMPLETIONS + 1)
  if (completed.length === 0) return []
  const broad = completed.length > MAX_COMPLETIONS

  const streams: IdStream[] = await Promise.all(terms.map((term) => keyStream(words, term, walk)))
  if (!broad) {
    const members = await Promise.all(completed.map((word) => keyStream(words, word, walk)))
    streams.push(unionStream(members, walk))
  }
  if (status !== 'all') streams.push(await keyStream(articles.index('status'), status, walk))
  if (streams.length === 0) streams.push(await storeStream(articles, walk))

  const ids: string[] = []
  await intersect(streams, walk, async (id) => {
    if (broad) {
      const record = (await result(lookup.get(id))) as LookupRecord | undefined
      if (!record?.words.some((word) => word.startsWith(partial))) return true
    }
    ids.push(id)
    return ids.length < limit
  })
  const found = await Promise.all(ids.map((id) => result(articles.get(id))))
  return (found as (SavedArticle | undefined)[]).filter(
    (article): article is SavedArticle => article !== undefined,
  )
}
