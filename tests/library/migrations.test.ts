/**
 * Every released schema version must open with the current code, its records intact. Each
 * version's stores are written out here as they were released (never edited afterwards), a
 * database is filled through them, and then opened with today's `openLibrary`.
 */
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, openLibrary, SCHEMA_VERSIONS } from '../../src/library/db.ts'
import { getArticle } from '../../src/library/queries.ts'
import { searchArticles } from '../../src/library/search.ts'

/** The stores of version 1 exactly as released. */
const V1_STORES = {
  articles: 'id, savedAt, [status+savedAt]',
  contents: 'id',
  lookup: 'id, *urlKeys, *bands, *words',
}

const v1Article = {
  id: 'a1',
  title: 'Port Ellery adds a late ferry',
  byline: null,
  siteName: 'Example Times',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  wordCount: 120,
  readingTimeMinutes: 1,
  status: 'read',
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  copies: [{ url: 'https://dnyuz.com/ferry/', savedAt: 1_700_000_000_000 }],
  sources: [],
  tags: ['harbour'],
  hasContent: true,
}

describe('reading-list schema migrations', () => {
  it('the first version is still the first entry of the version list', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: V1_STORES })
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(1)
  })

  it('a database written by version 1 opens with the current code, nothing lost', async () => {
    const name = 'migration-from-v1'
    const old = new Dexie(name)
    old.version(1).stores(V1_STORES)
    await old.table('articles').add(v1Article)
    await old
      .table('contents')
      .add({ id: 'a1', html: '<p>The cannery shift</p>', text: 'The cannery shift' })
    await old.table('lookup').add({
      id: 'a1',
      urlKeys: ['dnyuz.com/ferry'],
      bands: [],
      signature: [],
      words: ['cannery', 'shift'],
    })
    old.close()

    const db = openLibrary(name)
    const [migrated] = await db.articles.toArray()
    // Version 2 gave the story an id that sorts by its save time; nothing else changed.
    expect(migrated?.id).toMatch(/^[0-9a-z]{10}-[0-9a-z]{14}$/)
    expect(migrated).toEqual({ ...v1Article, id: migrated?.id })
    const id = migrated?.id ?? ''
    expect((await db.contents.get(id))?.text).toBe('The cannery shift')
    expect((await db.lookup.get(id))?.urlKeys).toEqual(['dnyuz.com/ferry'])
    expect(await db.articles.get('a1')).toBeUndefined()
    // An address saved before the upgrade (?saved=a1) still finds the story.
    expect((await getArticle('a1', db))?.id).toBe(id)
    expect(await db.lookup.count()).toBe(1)
    const found = await searchArticles('cannery', { status: 'all', order: 'newest', limit: 5 }, db)
    expect(found.map((a) => a.id)).toEqual([id])
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    await db.delete()
  })

  it('stories of version 1 are found newest first, by status, after the upgrade', async () => {
    const name = 'migration-order-from-v1'
    const old = new Dexie(name)
    old.version(1).stores(V1_STORES)
    // Random ids whose order says nothing about the save times.
    const ids = ['f3', '0b', 'a7', '5c', 'd9']
    for (const [i, id] of ids.entries()) {
      await old.table('articles').add({
        ...v1Article,
        id,
        title: `Story ${i}`,
        status: i % 2 === 0 ? 'unread' : 'read',
        savedAt: 1_700_000_000_000 + i * 1000,
      })
      await old
        .table('lookup')
        .add({ id, urlKeys: [`x.com/${i}`], bands: [], signature: [], words: ['ferry'] })
    }
    old.close()

    const db = openLibrary(name)
    const titles = async (status: 'all' | 'unread', order: 'newest' | 'oldest') =>
      (await searchArticles('ferry', { status, order, limit: 10 }, db)).map((a) => a.title)
    expect(await titles('all', 'newest')).toEqual([
      'Story 4',
      'Story 3',
      'Story 2',
      'Story 1',
      'Story 0',
    ])
    expect(await titles('unread', 'oldest')).toEqual(['Story 0', 'Story 2', 'Story 4'])
    await db.delete()
  })
})
