/**
 * A search of the list looks in every story, whatever status the list was showing: a story the
 * user archived is still theirs, and "not found" under Unread used to hide it. The status
 * filter then narrows the results (the scope), and counts how many matches each status has.
 *
 * One search with no status condition gives the results and, from those same stories, the
 * counts: nothing else is read. The search reads only a page's worth of matches (see
 * library/search.ts), so when there are more the counts are lower bounds ("Unread (51+)").
 * Narrowing to one status needs no search of its own when every match was read; otherwise the
 * engine runs the status-conditioned search it already has.
 */
import type { SortOrder, StatusFilter } from '../library/queries.ts'
import type { SearchOptions } from '../library/search.ts'
import { READ_STATUSES, type SavedArticle } from '../library/types.ts'

export interface MatchCount {
  count: number
  /** More matches than the search read: `count` is a lower bound. */
  atLeast: boolean
}

export interface Matches {
  /** The scope's matches, up to one more than `limit` (the extra one says there are more). */
  items: SavedArticle[]
  /** Matches per status (and in all), as far as the search read. */
  counts: Record<StatusFilter, MatchCount>
}

export type Search = (query: string, options: SearchOptions) => Promise<SavedArticle[]>

export interface ScopedSearch {
  query: string
  scope: StatusFilter
  order: SortOrder
  /** How many results are shown. */
  limit: number
  /** How many the search over every status reads when the scope is one status. */
  pageSize: number
}

function countsOf(found: readonly SavedArticle[], atLeast: boolean) {
  const counts = { all: { count: found.length, atLeast } } as Record<StatusFilter, MatchCount>
  for (const status of READ_STATUSES) {
    counts[status] = { count: found.filter((a) => a.status === status).length, atLeast }
  }
  return counts
}

/**
 * The matches of `query` in the scope, and the counts per status. `everywhere` runs the search
 * with no status condition (the caller may answer it from a cache: switching the scope repeats
 * it); `search` runs one with a status condition.
 */
export async function searchInScope(
  { query, scope, order, limit, pageSize }: ScopedSearch,
  everywhere: (read: number) => Promise<SavedArticle[]>,
  search: Search,
): Promise<Matches> {
  // All results are shown when the scope is everything; otherwise a page is enough to count.
  const shown = scope === 'all' ? limit : pageSize
  const found = await everywhere(shown + 1)
  const complete = found.length <= shown
  const counts = countsOf(found, !complete)
  if (scope === 'all') return { items: found, counts }
  if (complete) return { items: found.filter((a) => a.status === scope), counts }
  const items = await search(query, { status: scope, order, limit: limit + 1 })
  // That search knows the scope's count better: exactly, when it read every match.
  counts[scope] = {
    count: Math.max(items.length, counts[scope].count),
    atLeast: items.length > limit,
  }
  return { items, counts }
}
