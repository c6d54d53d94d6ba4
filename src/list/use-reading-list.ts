/**
 * The reading list as a page shows it: the filter, order and search, the items of the current
 * view, the counts, and the actions (status, delete with undo) with what each one did. Every
 * change reloads the view from IndexedDB, so what is shown is what is stored.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { LibraryError } from '../library/errors.ts'
import type { DeletedArticle } from '../library/mutations.ts'
import {
  countByStatus,
  listArticles,
  type SortOrder,
  type StatusFilter,
} from '../library/queries.ts'
import { searchArticles } from '../library/search.ts'
import type { ReadStatus, SavedArticle } from '../library/types.ts'
import { takeBootRead, takeSettledBootRead } from './boot-channel.ts'
import { type MatchCount, searchInScope } from './search-scope.ts'

export interface ListView {
  /** The status shown while browsing. */
  status: StatusFilter
  order: SortOrder
  query: string
  /** While searching, the status the results are narrowed to; each new search starts at 'all'. */
  scope: StatusFilter
}

/** What the last action did, while it is worth telling (and, for a delete, undoing). */
export type Change =
  | { kind: 'status'; article: SavedArticle; status: ReadStatus }
  | { kind: 'deleted'; deleted: DeletedArticle }
  | { kind: 'restored'; article: SavedArticle }

export interface ReadingList {
  view: ListView
  setView: (change: Partial<ListView>) => void
  /** Whether a query is typed: the filters then narrow the search instead of the list. */
  searching: boolean
  /** The filter that is on: the browsed status, or the search's scope. */
  filter: StatusFilter
  /** Shows one status: browsing, the list's; searching, the search's matches in it. */
  chooseFilter: (filter: StatusFilter) => void
  items: SavedArticle[] | null
  /** The query the shown items answer (benchmarks and tests wait for it). */
  shownQuery: string | null
  /** How many stories each status has (browsing). */
  counts: Record<StatusFilter, number> | null
  /** How many matches each status has, for the shown search; null when browsing. */
  matches: Record<StatusFilter, MatchCount> | null
  hasMore: boolean
  loadMore: () => void
  error: string | null
  /** Each action resolves true once done (the list then reloads), false when it failed. */
  changeStatus: (article: SavedArticle, status: ReadStatus) => Promise<boolean>
  remove: (article: SavedArticle) => Promise<boolean>
  undo: () => Promise<boolean>
  lastChange: Change | null
  reload: () => void
}

/** How long the last action stays on screen (and a delete can be undone). */
const CHANGE_SHOWN_MS = 10_000

// Changes go through Dexie, which the first paint does not need: it loads on the first change
// (reads are plain IndexedDB requests, see library/connection.ts).
const mutations = () => import('../library/mutations.ts')

/** A library failure says what happened in the user's words; anything else, a plain apology. */
function userMessage(error: unknown): string {
  if (error instanceof LibraryError) return error.message
  console.warn('Upstream: reading list:', error)
  return t('listFailed')
}

interface Loaded {
  items: SavedArticle[]
  query: string
  matches: Record<StatusFilter, MatchCount> | null
}

/**
 * `shown`: whether the page's first screen of stories is on screen. Until it is, loading the
 * changes' code (Dexie) waits, so that it does not take the processor from the frame that shows
 * it (see list-page.tsx).
 */
export function useReadingList(
  pageSize: number,
  initial: Partial<ListView> = {},
  shown = true,
): ReadingList {
  const [view, setViewState] = useState<ListView>({
    status: 'unread',
    order: 'newest',
    query: '',
    scope: 'all',
    ...initial,
  })
  const [limit, setLimit] = useState(pageSize)
  // What the boot script has already read, when it has (boot-channel.ts): the first render shows
  // it, and the first read is not made again.
  const [fromBoot] = useState(() =>
    view.query.trim()
      ? null
      : takeSettledBootRead({ status: view.status, order: view.order, limit: pageSize + 1 }),
  )
  const [loaded, setLoaded] = useState<Loaded | null>(
    fromBoot ? { items: fromBoot, query: '', matches: null } : null,
  )
  const readDone = useRef(fromBoot !== null)
  const [counts, setCounts] = useState<Record<StatusFilter, number> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [lastChange, setLastChange] = useState<Change | null>(null)
  const [generation, setGeneration] = useState(0)
  const changeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The last search over every status: choosing a filter while searching narrows those same
  // results, so it is not run again (a change to the list starts a new generation).
  const lastEverywhere = useRef<{ key: string; found: Promise<SavedArticle[]> } | null>(null)

  const everywhere = (query: string, order: SortOrder, read: number) => {
    const key = JSON.stringify([generation, order, read, query])
    if (lastEverywhere.current?.key !== key) {
      const found = searchArticles(query, { status: 'all', order, limit: read })
      found.catch(() => {
        if (lastEverywhere.current?.key === key) lastEverywhere.current = null
      })
      lastEverywhere.current = { key, found }
    }
    return lastEverywhere.current.found
  }

  // A layout effect: the read starts as soon as the view is rendered, not a frame later (an
  // effect waits for the browser to paint first), which is a whole frame off every search.
  useLayoutEffect(() => {
    if (readDone.current) {
      readDone.current = false
      return
    }
    let live = true
    const { status, order, query, scope } = view
    const started = performance.now()
    let load: Promise<Omit<Loaded, 'query'>>
    if (query.trim()) {
      const search = { query, scope, order, limit, pageSize }
      load = searchInScope(search, (read) => everywhere(query, order, read), searchArticles).then(
        (found) => ({ items: found.items, matches: found.counts }),
      )
    } else {
      // One more than shown tells whether there is more to load.
      const page = { status, order, limit: limit + 1 }
      const boot = takeBootRead(page)
      const read = boot ? boot.then((found) => found ?? listArticles(page)) : listArticles(page)
      load = read.then((items) => ({ items, matches: null }))
    }
    load.then(
      (found) => {
        if (!live) return
        // How long IndexedDB took, apart from rendering (npm run bench:list reads it).
        performance.measure('upstream:list-query', { start: started })
        setLoaded({ ...found, query })
        setError(null)
      },
      (failure: unknown) => live && setError(userMessage(failure)),
    )
    return () => {
      live = false
    }
  }, [view, limit, generation, pageSize])

  // Counts change only when the list does, not with the view or the query; IndexedDB counts by
  // walking the index, so they are read apart and never hold back the items.
  // They are asked for as soon as the page has rendered, not when its first screen is on screen
  // (as the changes' code is below): they change the filters' width, so the later they come,
  // the likelier a click aimed at a filter lands on its neighbour.
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
  const listed = shown && loaded !== null
  useEffect(() => {
    if (listed) void mutations()
  }, [listed])

  useEffect(() => () => clearTimeout(changeTimer.current), [])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  const setView = useCallback(
    (change: Partial<ListView>) => {
      setViewState((current) => {
        const next = { ...current, ...change }
        // A new search looks in every story; the filters then narrow it.
        if (!current.query.trim() && next.query.trim() && change.scope === undefined) {
          next.scope = 'all'
        }
        return next
      })
      setLimit(pageSize)
    },
    [pageSize],
  )

  const tell = (change: Change | null) => {
    clearTimeout(changeTimer.current)
    setLastChange(change)
    if (change) changeTimer.current = setTimeout(() => setLastChange(null), CHANGE_SHOWN_MS)
  }

  const run = (action: Promise<Change>): Promise<boolean> =>
    action.then(
      (change) => {
        tell(change)
        reload()
        return true
      },
      (failure: unknown) => {
        setError(userMessage(failure))
        return false
      },
    )

  const searching = view.query.trim() !== ''
  const items = loaded?.items ?? null
  return {
    view,
    setView,
    searching,
    filter: searching ? view.scope : view.status,
    chooseFilter: (filter) => setView(searching ? { scope: filter } : { status: filter }),
    items: items?.slice(0, limit) ?? null,
    shownQuery: loaded?.query ?? null,
    counts,
    matches: loaded?.matches ?? null,
    hasMore: (items?.length ?? 0) > limit,
    loadMore: () => setLimit((n) => n + pageSize),
    error,
    changeStatus: (article, status) =>
      run(
        mutations().then(async (m) => {
          await m.setStatus(article.id, status)
          return { kind: 'status', article, status } as const
        }),
      ),
    remove: (article) =>
      run(
        mutations().then(async (m) => ({
          kind: 'deleted',
          deleted: await m.deleteArticle(article.id),
        })),
      ),
    undo: () => {
      if (lastChange?.kind !== 'deleted') return Promise.resolve(false)
      const { deleted } = lastChange
      tell(null)
      return run(
        mutations().then(async (m) => {
          await m.restoreArticle(deleted)
          return { kind: 'restored', article: deleted.article } as const
        }),
      )
    },
    lastChange,
    reload,
  }
}
