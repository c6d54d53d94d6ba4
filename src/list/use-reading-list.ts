/**
 * The reading list as a page shows it: the filter, order and search, the items of the current
 * view, the counts, and the actions (status, delete with undo). Every change reloads the view
 * from IndexedDB, so what is shown is what is stored.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import {
  type DeletedArticle,
  deleteArticle,
  restoreArticle,
  setStatus,
} from '../library/mutations.ts'
import {
  countByStatus,
  listArticles,
  type SortOrder,
  type StatusFilter,
} from '../library/queries.ts'
import { searchArticles } from '../library/search.ts'
import type { ReadStatus, SavedArticle } from '../library/types.ts'

export interface ListView {
  status: StatusFilter
  order: SortOrder
  query: string
}

export interface ReadingList {
  view: ListView
  setView: (change: Partial<ListView>) => void
  items: SavedArticle[] | null
  /** The query the shown items answer (benchmarks and tests wait for it). */
  shownQuery: string | null
  counts: Record<StatusFilter, number> | null
  hasMore: boolean
  loadMore: () => void
  error: string | null
  changeStatus: (id: string, status: ReadStatus) => void
  remove: (article: SavedArticle) => void
  /** The last deletion, while it can still be undone. */
  deleted: DeletedArticle | null
  undo: () => void
  reload: () => void
}

const UNDO_MS = 10_000

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function useReadingList(pageSize: number, initial: Partial<ListView> = {}): ReadingList {
  const [view, setViewState] = useState<ListView>({
    status: 'unread',
    order: 'newest',
    query: '',
    ...initial,
  })
  const [limit, setLimit] = useState(pageSize)
  const [items, setItems] = useState<SavedArticle[] | null>(null)
  const [shownQuery, setShownQuery] = useState<string | null>(null)
  const [counts, setCounts] = useState<Record<StatusFilter, number> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<DeletedArticle | null>(null)
  const [generation, setGeneration] = useState(0)
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    let live = true
    const { status, order, query } = view
    const started = performance.now()
    // One more than shown tells whether there is more to load.
    const load = query.trim()
      ? searchArticles(query, { status, order, limit: limit + 1 })
      : listArticles({ status, order, limit: limit + 1 })
    load.then(
      (found) => {
        if (!live) return
        // How long IndexedDB took, apart from rendering (npm run bench:list reads it).
        performance.measure('upstream:list-query', { start: started })
        setItems(found)
        setShownQuery(query)
        setError(null)
      },
      (failure: unknown) => live && setError(message(failure)),
    )
    return () => {
      live = false
    }
  }, [view, limit, generation])

  // Counts change only when the list does, not with the view or the query; IndexedDB counts by
  // walking the index, so they are read apart and never hold back the items.
  useEffect(() => {
    let live = true
    countByStatus().then(
      (counted) => live && setCounts(counted),
      () => undefined, // the filters simply show no numbers
    )
    return () => {
      live = false
    }
  }, [generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  const setView = useCallback(
    (change: Partial<ListView>) => {
      setViewState((current) => ({ ...current, ...change }))
      setLimit(pageSize)
    },
    [pageSize],
  )

  const run = (action: Promise<unknown>): void => {
    action.then(reload, (failure: unknown) => setError(message(failure)))
  }

  return {
    view,
    setView,
    items: items?.slice(0, limit) ?? null,
    shownQuery,
    counts,
    hasMore: (items?.length ?? 0) > limit,
    loadMore: () => setLimit((n) => n + pageSize),
    error,
    changeStatus: (id, status) => run(setStatus(id, status)),
    remove: (article) =>
      run(
        deleteArticle(article.id).then((gone) => {
          clearTimeout(undoTimer.current)
          setDeleted(gone)
          undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS)
        }),
      ),
    deleted,
    undo: () => {
      if (!deleted) return
      clearTimeout(undoTimer.current)
      setDeleted(null)
      run(restoreArticle(deleted))
    },
    reload,
  }
}
