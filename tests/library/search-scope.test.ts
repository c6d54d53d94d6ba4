/**
 * The list's search scope (src/list/search-scope.ts) on fake-indexeddb: a search looks in every
 * story whatever filter the list showed, counts its matches per status from the stories it
 * read, and narrowing to one status costs no second search when every match was read. The page
 * itself is exercised by tests/e2e/reading-list-page.e2e.test.ts.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type LibraryDb, openLibrary } from '../../src/library/db.ts'
import { importItems } from '../../src/library/import-items.ts'
import { type SearchOptions, searchArticles } from '../../src/library/search.ts'
import type { ReadStatus } from '../../src/library/types.ts'
import { type ScopedSearch, searchInScope } from '../../src/list/search-scope.ts'

let db: LibraryDb
let n = 0

beforeEach(() => {
  n += 1
  db = openLibrary(`test-search-scope-${n}`)
})

afterEach(async () => {
  await db.delete()
})

/** Stories titled "Story <i> about the <word>", saved in that order, in the given statuses. */
async function save(word: string, statuses: ReadStatus[], from = 0): Promise<void> {
  const items = statuses.map((status, i) => ({
    url: `https://scope.example/${word}/${from + i}`,
    title: `Story ${from + i} about the ${word}`,
    savedAt: 1_000_000 + from + i,
    status,
    tags: [],
    content: null,
  }))
  await importItems(items, db)
}

/** The searches searchInScope asks for, as run against the database. */
function recorded() {
  const calls: SearchOptions[] = []
  const search = (query: string, options: SearchOptions) => {
    calls.push(options)
    return searchArticles(query, options, db)
  }
  const everywhere = (query: string, order: SearchOptions['order']) => (read: number) =>
    search(query, { status: 'all', order, limit: read })
  return { calls, search, everywhere }
}

async function run(scoped: Omit<ScopedSearch, 'order' | 'pageSize'>, pageSize = 50) {
  const { calls, search, everywhere } = recorded()
  const options = { ...scoped, order: 'newest' as const, pageSize }
  const found = await searchInScope(options, everywhere(scoped.query, 'newest'), search)
  return { found, calls, titles: found.items.map((a) => a.title) }
}

describe('searching the list', () => {
  it('looks in every status with one search, and counts the matches per status', async () => {
    await save('lighthouse', ['archived', 'unread', 'read', 'unread'])
    await save('orchard', ['unread', 'unread'], 10)

    const { found, calls, titles } = await run({ query: 'lighthouse', scope: 'all', limit: 50 })
    expect(titles).toEqual([3, 2, 1, 0].map((i) => `Story ${i} about the lighthouse`))
    expect(found.counts).toEqual({
      all: { count: 4, atLeast: false },
      unread: { count: 2, atLeast: false },
      read: { count: 1, atLeast: false },
      archived: { count: 1, atLeast: false },
    })
    // One search, with no status condition: the counts come from the stories it read.
    expect(calls).toEqual([{ status: 'all', order: 'newest', limit: 51 }])
  })

  it('narrows to one status from the same results when they hold every match', async () => {
    await save('lighthouse', ['archived', 'unread', 'read', 'unread'])
    const { found, calls, titles } = await run({
      query: 'lighthouse',
      scope: 'archived',
      limit: 50,
    })
    expect(titles).toEqual(['Story 0 about the lighthouse'])
    expect(found.counts.unread).toEqual({ count: 2, atLeast: false })
    expect(calls).toHaveLength(1)
  })

  it('with more matches than a page, the counts are lower bounds and one status is searched for', async () => {
    // 8 stories hold the word; a page is 3. The archived ones are the oldest, past the first page.
    await save('ferry', ['archived', 'archived', 'read', 'unread', 'unread', 'unread', 'unread'])
    await save('ferry', ['unread'], 7)

    const all = await run({ query: 'ferry', scope: 'all', limit: 3 }, 3)
    expect(all.titles).toHaveLength(4) // one more than shown: there is more
    expect(all.found.counts.all).toEqual({ count: 4, atLeast: true })
    expect(all.found.counts.archived).toEqual({ count: 0, atLeast: true })

    const archived = await run({ query: 'ferry', scope: 'archived', limit: 3 }, 3)
    expect(archived.titles).toEqual(['Story 1 about the ferry', 'Story 0 about the ferry'])
    // The status search read every archived match: that count is now exact.
    expect(archived.found.counts.archived).toEqual({ count: 2, atLeast: false })
    expect(archived.found.counts.all).toEqual({ count: 4, atLeast: true })
    expect(archived.calls).toEqual([
      { status: 'all', order: 'newest', limit: 4 },
      { status: 'archived', order: 'newest', limit: 4 },
    ])
  })
})
