/**
 * Full-text search of the reading list: the stories whose title or text holds every word of the
 * query, the last word possibly unfinished (it matches every word it may become), in the
 * status asked for, newest (or oldest) first, one page at a time.
 *
 * Each condition (a word, an unfinished word, the status) reads the newest ids meeting it from an
 * index in one request (id-lists.ts), and their intersection gives the page. All the matches
 * newer than the point every list reaches are known exactly, so when that yields a full page the
 * search is done: a word held by every story costs no more than a rare one. Otherwise the lists
 * are read deeper, or, when one condition is rare (its list is complete and short), its few
 * stories are checked one by one. An unfinished word with very many completions ("s") is not
 * worth a list per completion; it is checked against each candidate's terms instead, cheap
 * precisely because such a prefix matches most stories.
 */
import { type LibrarySource, readConnection } from './connection.ts'
import type { LookupRecord } from './db.ts'
import {
  comesBefore,
  type IdLister,
  keyLister,
  result,
  unionLister,
  type Walk,
} from './id-lists.ts'
import { listArticles, type SortOrder, type StatusFilter } from './queries.ts'
import { queryTerms } from './search-terms.ts'
import type { SavedArticle } from './types.ts'

// Above this many completions an unfinished word is checked per candidate (see above).
const MAX_COMPLETIONS = 24
// The first read of each list, and how far a complete list may be checked story by story.
const FIRST_READ = 64
const CHECK_ONE_BY_ONE = 400

export interface SearchOptions {
  status: StatusFilter
  order: SortOrder
  limit: number
}

interface Condition {
  /** The ids meeting it, in walking order; null when it is only checked per story. */
  lister: IdLister | null
  /** Whether a story meets it (`words` is null when its terms were not read). */
  holds(words: readonly string[] | null, article: SavedArticle): boolean
  /** Whether `holds` needs the story's search terms. */
  needsWords: boolean
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

/**
 * The ids in every list, and how far the lists reach. An incomplete list holds every match up to
 * its last id, so an id found in all lists is preceded only by matches also found: the
 * intersection is exactly the first matches, up to the frontier (the incomplete list that ends
 * first; null when every list is complete, and the intersection is all there is).
 */
function knownMatches(
  lists: string[][],
  count: number,
  walk: Walk,
): { ids: string[]; frontier: string | null } {
  let frontier: string | null = null
  for (const list of lists) {
    const last = list.at(-1)
    if (list.length < count || last === undefined) continue
    if (frontier === null || comesBefore(last, frontier, walk)) frontier = last
  }
  const [shortest = [], ...others] = [...lists].sort((a, b) => a.length - b.length)
  const sets = others.map((list) => new Set(list))
  return { ids: shortest.filter((id) => sets.every((set) => set.has(id))), frontier }
}

/**
 * The stories of `ids`, in that order. The matches of a common word lie close together, so one
 * read of the stretch of the store between the first and the last id is cheaper than a read per
 * id (each is a round trip to the browser's database process); it is capped, and ids the
 * stretch did not reach are read one by one.
 */
async function readArticles(
  articles: IDBObjectStore,
  ids: string[],
): Promise<(SavedArticle | undefined)[]> {
  const sorted = [...ids].sort()
  const [low, high] = [sorted[0], sorted.at(-1)]
  const byId = new Map<string, SavedArticle>()
  if (low !== undefined && high !== undefined && ids.length > 4) {
    const span = (await result(
      articles.getAll(IDBKeyRange.bound(low, high), ids.length * 3),
    )) as SavedArticle[]
    for (const article of span) byId.set(article.id, article)
  }
  return Promise.all(
    ids.map(
      (id) => byId.get(id) ?? (result(articles.get(id)) as Promise<SavedArticle | undefined>),
    ),
  )
}

export async function searchArticles(
  query: string,
  options: SearchOptions,
  source?: LibrarySource,
): Promise<SavedArticle[]> {
  const terms = queryTerms(query)
  const partial = terms.pop()
  if (partial === undefined) return listArticles(options, source)
  const { status, order: walk, limit } = options
  if (limit <= 0) return []

  const tx = (await readConnection(source)).transaction(['lookup', 'articles'], 'readonly')
  const lookup = tx.objectStore('lookup')
  const articles = tx.objectStore('articles')
  const words = lookup.index('words')

  const completed = await completions(words, partial, MAX_COMPLETIONS + 1)
  if (completed.length === 0) return []
  const conditions: Condition[] = terms.map((term) => ({
    lister: keyLister(words, term, walk),
    holds: (held) => held?.includes(term) ?? false,
    needsWords: true,
  }))
  conditions.push({
    lister:
      completed.length > MAX_COMPLETIONS
        ? null
        : unionLister(
            completed.map((word) => keyLister(words, word, walk)),
            walk,
          ),
    holds: (held) => held?.some((word) => word.startsWith(partial)) ?? false,
    needsWords: true,
  })
  if (status !== 'all') {
    conditions.push({
      lister: keyLister(articles.index('status'), status, walk),
      holds: (_, article) => article.status === status,
      needsWords: false,
    })
  }
  const listed = conditions.filter((c) => c.lister !== null)
  if (listed.length === 0) {
    listed.push({ lister: keyLister(articles, null, walk), holds: () => true, needsWords: false })
  }

  /** The stories of `ids` (in order) meeting `checks`, until `wanted` are found. */
  async function confirm(
    ids: string[],
    checks: Condition[],
    wanted: number,
  ): Promise<SavedArticle[]> {
    const found: SavedArticle[] = []
    const readWords = checks.some((c) => c.needsWords)
    for (let start = 0; start < ids.length && found.length < wanted; start += wanted) {
      const chunk = ids.slice(start, start + wanted)
      const [stories, records] = await Promise.all([
        readArticles(articles, chunk),
        readWords
          ? Promise.all(
              chunk.map((id) => result(lookup.get(id)) as Promise<LookupRecord | undefined>),
            )
          : null,
      ])
      for (const [i, story] of stories.entries()) {
        const held = records?.[i]?.words ?? null
        if (story && checks.every((c) => c.holds(held, story))) found.push(story)
      }
    }
    return found.slice(0, wanted)
  }

  const unlisted = conditions.filter((c) => c.lister === null)
  for (let count = Math.max(FIRST_READ, 2 * limit); ; count *= 4) {
    const lists = await Promise.all(listed.map((c) => c.lister?.(count) ?? Promise.resolve([])))
    const { ids, frontier } = knownMatches(lists, count, walk)
    const found = await confirm(ids, unlisted, limit)
    if (found.length >= limit || frontier === null) return found
    // Not a full page yet. A rare condition's few stories are checked one by one; otherwise
    // every list is read further.
    const rare = lists.find((list) => list.length < count && list.length <= CHECK_ONE_BY_ONE)
    if (rare) {
      const beyond = rare.filter((id) => comesBefore(frontier, id, walk))
      return [...found, ...(await confirm(beyond, conditions, limit - found.length))]
    }
  }
}
