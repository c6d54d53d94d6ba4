/**
 * Every released schema version must open with the current code, its records intact. Each
 * version's stores are written out here as they were released (never edited afterwards), a
 * database is filled through them, and then opened with today's `openLibrary`.
 */
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, openLibrary, SCHEMA_VERSIONS } from '../../src/library/db.ts'
import { searchArticles } from '../../src/library/queries.ts'

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
    expect(await db.articles.get('a1')).toEqual(v1Article)
    expect((await db.contents.get('a1'))?.text).toBe('The cannery shift')
    const found = await searchArticles('cannery', { status: 'all', order: 'newest', limit: 5 }, db)
    expect(found.map((a) => a.id)).toEqual(['a1'])
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    await db.delete()
  })
})
