/**
 * The reading-list store on fake-indexeddb (an in-memory IndexedDB for Node): deduplication
 * rules, concurrent saves, search, status, delete and undo. The real browser's IndexedDB is
 * exercised by tests/e2e/reading-list.e2e.test.ts.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type LibraryDb, openLibrary } from '../../src/library/db.ts'
import { deleteArticle, restoreArticle, setStatus } from '../../src/library/mutations.ts'
import { countByStatus, listArticles } from '../../src/library/queries.ts'
import { findSaved, type Incoming, saveStory } from '../../src/library/save.ts'
import { searchArticles } from '../../src/library/search.ts'
import { urlKey } from '../../src/library/url-key.ts'

let db: LibraryDb
let n = 0

beforeEach(() => {
  n += 1
  db = openLibrary(`test-library-${n}`)
})

afterEach(async () => {
  await db.delete()
})

// Invented story text, long enough to fingerprint.
const HARBOUR = Array.from(
  { length: 12 },
  (_, i) =>
    `The harbour commission in Port Ellery voted ${i + 3} to 2 on Tuesday to extend the winter ferry schedule, adding a late sailing for shift workers at the cannery.`,
).join('\n\n')

const ORCHARD = Array.from(
  { length: 12 },
  (_, i) =>
    `Orchard growers near Mill Valley counted ${i + 40} hives this spring, after a wet winter that delayed bloom by almost two weeks across the upper terraces.`,
).join('\n\n')

function story(pageUrl: string, text: string, extra: Partial<Incoming['article']> = {}): Incoming {
  return {
    pageUrl,
    article: {
      title: text === HARBOUR ? 'Port Ellery adds a late ferry' : 'Mill Valley hives recover',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      wordCount: 300,
      readingTimeMinutes: 2,
      status: 'unread',
      savedAt: Date.now(),
      sources: [],
      tags: [],
      ...extra,
    },
    content: { html: `<p>${text}</p>`, text },
  }
}

describe('one entry per story', () => {
  it('two aggregator copies naming the same original become one entry with both links', async () => {
    const original = {
      url: 'https://www.nytimes.example/2026/01/30/ferry.html',
      label: 'NYT',
      kind: 'original' as const,
    }
    const a = await saveStory(
      story('https://dnyuz.com/2026/01/30/ferry/', HARBOUR, { sources: [original] }),
      db,
    )
    const b = await saveStory(
      story('https://newsbeat.example/ferry-story/', `${HARBOUR} Extra line.`, {
        sources: [original],
      }),
      db,
    )
    expect(a.kind).toBe('added')
    expect(b).toEqual({ id: a.id, kind: 'merged' })
    const [entry] = await listArticles({ status: 'all', order: 'newest', limit: 10 }, db)
    expect(entry?.copies.map((c) => c.url)).toEqual([
      'https://dnyuz.com/2026/01/30/ferry/',
      'https://newsbeat.example/ferry-story/',
    ])
  })

  it('the copy and the original match by the original address', async () => {
    const copy = story('https://dnyuz.com/x/', HARBOUR, {
      sources: [
        { url: 'https://www.nytimes.example/a.html?smid=tw', label: 'NYT', kind: 'original' },
      ],
    })
    const first = await saveStory(copy, db)
    const second = await saveStory(story('https://nytimes.example/a.html', ORCHARD), db)
    expect(second).toEqual({ id: first.id, kind: 'merged' })
  })

  it('near-identical text matches even when no address is shared', async () => {
    const first = await saveStory(story('https://one.example/story-a', HARBOUR), db)
    const edited = HARBOUR.replace('Tuesday', 'Wednesday').concat(
      '\n\nThe post appeared first on X.',
    )
    expect(await saveStory(story('https://two.example/b', edited), db)).toEqual({
      id: first.id,
      kind: 'merged',
    })
    expect((await saveStory(story('https://three.example/c', ORCHARD), db)).kind).toBe('added')
  })

  it('saving the same page twice changes nothing', async () => {
    const first = await saveStory(story('https://dnyuz.com/x/', HARBOUR), db)
    expect(await saveStory(story('https://www.dnyuz.com/x?utm_source=rss', HARBOUR), db)).toEqual({
      id: first.id,
      kind: 'unchanged',
    })
  })

  it('a publisher home page shared by two stories does not merge them', async () => {
    const home = { url: 'https://www.nytimes.example/', label: 'NYT', kind: 'publisher' as const }
    await saveStory(story('https://dnyuz.com/a/', HARBOUR, { sources: [home] }), db)
    expect(
      (await saveStory(story('https://dnyuz.com/b/', ORCHARD, { sources: [home] }), db)).kind,
    ).toBe('added')
  })

  it('findSaved answers "already saved" without writing', async () => {
    expect(await findSaved(story('https://dnyuz.com/x/', HARBOUR), db)).toBeNull()
    const { id } = await saveStory(story('https://dnyuz.com/x/', HARBOUR), db)
    expect(await findSaved(story('http://m.dnyuz.com/x/amp/', ORCHARD), db)).toBe(id)
  })

  it('twenty concurrent saves of twenty stories give twenty entries', async () => {
    // Twenty different invented stories: every sentence names its own town and road.
    const text = (i: number) =>
      Array.from(
        { length: 10 },
        (_, j) =>
          `Councillors of Town${i} met ${j} times about repairs on Road${i}x${j} this month.`,
      ).join('\n\n')
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveStory(story(`https://dnyuz.com/story-${i}/`, text(i)), db),
      ),
    )
    expect(outcomes.map((o) => o.kind)).toEqual(Array(20).fill('added'))
    expect((await countByStatus(db)).all).toBe(20)
  })

  it('twenty concurrent saves of one story from twenty addresses give one entry with twenty links', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveStory(story(`https://copy${i}.example/s`, HARBOUR), db),
      ),
    )
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(1)
    const [entry] = await listArticles({ status: 'all', order: 'newest', limit: 5 }, db)
    expect(entry?.copies).toHaveLength(20)
  })
})

describe('address keys', () => {
  it.each([
    ['https://www.example.com/a/b/?utm_source=x#top', 'example.com/a/b'],
    ['http://m.example.com/a/b', 'example.com/a/b'],
    ['https://example.com/a/b/amp/', 'example.com/a/b'],
    ['https://example.com/a/b?amp=1', 'example.com/a/b'],
    ['https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a/b/amp', 'example.com/a/b'],
    ['https://example.com/a/b?id=2&page=1', 'example.com/a/b?id=2&page=1'],
  ])('%s → %s', (href, key) => {
    expect(urlKey(href)).toBe(key)
  })

  it('keeps different stories apart', () => {
    expect(urlKey('https://example.com/a')).not.toBe(urlKey('https://example.com/b'))
    expect(urlKey('https://example.com/a?id=1')).not.toBe(urlKey('https://example.com/a?id=2'))
    expect(urlKey('javascript:alert(1)')).toBeNull()
  })
})

describe('the list', () => {
  it('filters by status, sorts newest or oldest first, counts', async () => {
    const a = await saveStory(story('https://a.example/1', HARBOUR, { savedAt: 1000 }), db)
    const b = await saveStory(story('https://b.example/2', ORCHARD, { savedAt: 2000 }), db)
    await setStatus(a.id, 'archived', db)
    const newest = await listArticles({ status: 'all', order: 'newest', limit: 10 }, db)
    expect(newest.map((x) => x.id)).toEqual([b.id, a.id])
    const oldest = await listArticles({ status: 'all', order: 'oldest', limit: 10 }, db)
    expect(oldest.map((x) => x.id)).toEqual([a.id, b.id])
    expect(
      (await listArticles({ status: 'unread', order: 'newest', limit: 10 }, db)).map((x) => x.id),
    ).toEqual([b.id])
    expect(await countByStatus(db)).toEqual({ unread: 1, read: 0, archived: 1, all: 2 })
  })

  it('search finds a story by a word of its body, a prefix, and every word of a query', async () => {
    const a = await saveStory(story('https://a.example/1', HARBOUR), db)
    const b = await saveStory(story('https://b.example/2', ORCHARD), db)
    const search = (q: string) =>
      searchArticles(q, { status: 'all', order: 'newest', limit: 10 }, db).then((r) =>
        r.map((x) => x.id),
      )
    expect(await search('cannery')).toEqual([a.id])
    expect(await search('Cannery shift')).toEqual([a.id])
    expect(await search('terra')).toEqual([b.id])
    expect(await search('cannery terraces')).toEqual([])
    expect(await search('ferry')).toEqual([a.id])
  })

  it('delete, then undo, gives back the whole story', async () => {
    const { id } = await saveStory(story('https://a.example/1', HARBOUR), db)
    const deleted = await deleteArticle(id, db)
    expect(await countByStatus(db)).toMatchObject({ all: 0 })
    expect(
      await searchArticles('cannery', { status: 'all', order: 'newest', limit: 5 }, db),
    ).toEqual([])
    await restoreArticle(deleted, db)
    expect(
      (await searchArticles('cannery', { status: 'all', order: 'newest', limit: 5 }, db)).map(
        (x) => x.id,
      ),
    ).toEqual([id])
    expect((await db.contents.get(id))?.text).toBe(HARBOUR)
  })
})

describe('search over many matches', () => {
  it('a word in hundreds of stories gives the newest page of them, in order', async () => {
    const { importItems } = await import('../../src/library/import-items.ts')
    const items = Array.from({ length: 320 }, (_, i) => ({
      url: `https://many.example/${i}`,
      title: `Story ${i} about the cannery`,
      savedAt: 1_000_000 + i,
      status: 'unread' as const,
      tags: [],
      content: null,
    }))
    expect(await importItems(items, db)).toEqual({ added: 320, merged: 0, unchanged: 0 })
    const newest = await searchArticles('cannery', { status: 'all', order: 'newest', limit: 5 }, db)
    expect(newest.map((a) => a.title)).toEqual(
      [319, 318, 317, 316, 315].map((i) => `Story ${i} about the cannery`),
    )
    const oldest = await searchArticles('cann', { status: 'unread', order: 'oldest', limit: 2 }, db)
    expect(oldest.map((a) => a.title)).toEqual([
      'Story 0 about the cannery',
      'Story 1 about the cannery',
    ])
  })
})

describe('search agrees with reading every story', () => {
  // Many stories, each a random mix of a vocabulary that has common words, rare words and more
  // than two dozen words sharing one beginning ("st…", so that prefix is checked per story).
  const COMMON = ['harbour', 'ferry', 'council', 'budget']
  const RARE = ['glacier', 'smelter', 'olive']
  const SHARED_START = Array.from(
    { length: 30 },
    (_, i) => `st${String.fromCharCode(97 + (i % 26))}${i}x`,
  )
  const STATUSES = ['unread', 'read', 'archived'] as const

  /** Takes the one-request backwards read away (as in an older browser); returns the undo. */
  function hideGetAllRecords(): () => void {
    const protos = [IDBIndex.prototype, IDBObjectStore.prototype] as object[]
    const saved = protos.map((proto) => Object.getOwnPropertyDescriptor(proto, 'getAllRecords'))
    for (const proto of protos) Reflect.deleteProperty(proto, 'getAllRecords')
    return () => {
      for (const [i, proto] of protos.entries()) {
        const descriptor = saved[i]
        if (descriptor) Object.defineProperty(proto, 'getAllRecords', descriptor)
      }
    }
  }

  function seeded(seed: number): () => number {
    let a = seed
    return () => {
      a = (a * 1103515245 + 12345) % 2147483648
      return a / 2147483648
    }
  }

  // Browsers that cannot read an index backwards in one request walk a cursor instead.
  const backwards = [
    { name: 'read backwards in one request', hide: false },
    { name: 'walked with a cursor', hide: true },
  ]
  it.each(backwards)(
    'for words, unfinished words, statuses and both orders ($name)',
    async ({ hide }) => {
      const hidden = hide ? hideGetAllRecords() : () => undefined
      const { importItems } = await import('../../src/library/import-items.ts')
      const next = seeded(7)
      const pick = (words: string[], chance: number) => words.filter(() => next() < chance)
      const items = Array.from({ length: 240 }, (_, i) => {
        const words = [
          ...pick(COMMON, 0.8),
          ...pick(RARE, 0.05),
          ...pick(SHARED_START, 0.03),
          `only${i}x`,
        ]
        const text = words.join(' ')
        return {
          url: `https://many.example/${i}`,
          title: `Item ${i}`,
          savedAt: 5_000_000 + ((i * 7919) % 240) * 1000, // saved out of import order
          status: STATUSES[Math.floor(next() * 3)] ?? 'unread',
          tags: [],
          content: { html: `<p>${text}</p>`, text },
        }
      })
      const counts = await importItems(items, db)
      expect(counts.added).toBe(240)

      const all = await listArticles({ status: 'all', order: 'newest', limit: 1000 }, db)
      // A story is found by the words of its title and its text.
      const textOf = new Map(
        items.map((item) => [
          item.title,
          `${item.title} ${item.content.text}`.toLowerCase().split(' '),
        ]),
      )
      const holds = (title: string, query: string[]) => {
        const words = textOf.get(title) ?? []
        return query.every((term, i) =>
          i === query.length - 1 ? words.some((w) => w.startsWith(term)) : words.includes(term),
        )
      }
      const queries = [
        ['harbour'],
        ['harbour', 'ferry'],
        ['ferry', 'council', 'budg'],
        ['glacier'],
        ['harbour', 'st'],
        ['st'],
        ['sta0x'],
        ['olive', 'smelter'],
        ['nothing'],
      ]
      for (const query of queries) {
        for (const status of ['all', ...STATUSES] as const) {
          for (const [order, limit] of [
            ['newest', 12],
            ['oldest', 12],
            ['newest', 3],
            ['oldest', 70],
          ] as const) {
            const sorted = order === 'newest' ? all : [...all].reverse()
            const expected = sorted
              .filter((a) => (status === 'all' || a.status === status) && holds(a.title, query))
              .slice(0, limit)
              .map((a) => a.title)
            const found = await searchArticles(query.join(' '), { status, order, limit }, db)
            expect(
              found.map((a) => a.title),
              `${query.join(' ')} ${status} ${order} ${limit}`,
            ).toEqual(expected)
          }
        }
      }
      hidden()
    },
  )
})

describe('a full disk', () => {
  it('a save that exceeds the quota gives a clear message and keeps what was saved', async () => {
    const kept = await saveStory(story('https://a.example/1', HARBOUR), db)
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    // The last write of a save fails: the first two must be rolled back with it.
    const add = db.lookup.add
    db.lookup.add = (() => Promise.reject(quota)) as unknown as typeof add
    try {
      await expect(saveStory(story('https://b.example/2', ORCHARD), db)).rejects.toThrow(
        /no room left to save this story.*Everything saved before is kept/,
      )
    } finally {
      db.lookup.add = add
    }
    const all = await listArticles({ status: 'all', order: 'newest', limit: 10 }, db)
    expect(all.map((a) => a.id)).toEqual([kept.id])
    // Nothing half-written: the failed story left no body and no index entry behind.
    expect(await db.contents.count()).toBe(1)
    expect(await db.lookup.count()).toBe(1)
  })
})
