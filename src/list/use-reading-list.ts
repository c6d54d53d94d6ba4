/**
 * The reading list as a page shows it: the filter, order and search, the items of the current
 * view, the counts, and the actions (status, delete with undo). Every change reloads the view
 * from IndexedDB, so what is shown is what is stored.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { DeletedArticle } from '../library/mutations.ts'
import {
  countByStatus,
  listArticles,
  type SortOrder,
  type StatusFilter,
} from '../library/queries.ts'
import { searchArticles } from '../library/search.ts'
import type { ReadStatus, SavedArticle } from '../library/types.ts'
import { takeBootRead } from './boot-channel.ts'

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

// Changes go through Dexie, which the first paint does not need: it loads on the first change
// (reads are plain IndexedDB requests, see library/connection.ts).
const mutations = () => import('../library/mutations.ts')

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

  // A layout effect: the read starts as soon as the view is rendered, not a frame later (an
  // effect waits for the browser to paint first), which is a whole frame off every search.
  useLayoutEffect(() => {
    let live = true
    const { status, order, query } = view
    const started = performance.now()
    // One more than shown tells whether there is more to load.
    const page = { status, order, limit: limit + 1 }
    const boot = query.trim() ? null : takeBootRead(page)
    const load = query.trim()
      ? searchArticles(query, page)
      : boot
        ? boot.then((found) => found ?? listArticles(page))
        : listArticles(page)
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

  // Once the list is on screen, load the changes' code, so the first click does not wait for it.
  const shown = items !== null
  useEffect(() => {
    if (shown) void mutations()
  }, [shown])

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
    changeStatus: (id, status) => run(mutations().then((m) => m.setStatus(id, status))),
    remove: (article) =>
      run(
        mutations().then(async (m) => {
          const gone = await m.deleteArticle(article.id)
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
      run(mutations().then((m) => m.restoreArticle(deleted)))
    },
    reload,
  }
}
