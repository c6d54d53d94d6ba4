/**
 * Reads without Dexie (connection.ts, open-current.ts) and the list page's boot hand-over
 * (src/list/boot-channel.ts), on fake-indexeddb.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readConnection } from '../../src/library/connection.ts'
import { openCurrent } from '../../src/library/open-current.ts'
import { listArticles } from '../../src/library/queries.ts'
import { saveStory } from '../../src/library/save.ts'
import { CURRENT_IDB_VERSION, LIBRARY_DB_NAME } from '../../src/library/schema.ts'
import type { SavedArticle } from '../../src/library/types.ts'
import {
  bootReadSettled,
  FIRST_READ,
  leaveBootRead,
  takeBootRead,
  takeSettledBootRead,
} from '../../src/list/boot-channel.ts'
import { ferryStory } from './sample-story.ts'

const names = async () => (await indexedDB.databases()).map((d) => d.name)

describe('reading without Dexie', () => {
  it('opening directly creates nothing when there is no database yet', async () => {
    expect(await openCurrent()).toBeNull()
    expect(await names()).not.toContain(LIBRARY_DB_NAME)
  })

  it('the first read has Dexie create the database, then reads it directly', async () => {
    const db = await readConnection()
    expect(db.version).toBe(CURRENT_IDB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'contents', 'formerIds', 'lookup'])
    expect(await listArticles({ status: 'all', order: 'newest', limit: 5 })).toEqual([])

    const saved = await saveStory(ferryStory())
    // A write through Dexie is seen by the direct connection.
    const listed = await listArticles({ status: 'unread', order: 'newest', limit: 5 })
    expect(listed.map((a) => a.id)).toEqual([saved.id])
    expect((await openCurrent())?.version).toBe(CURRENT_IDB_VERSION)
  })
})

describe("the list page's boot read", () => {
  it('is taken once, and only for the view it read', async () => {
    leaveBootRead(Promise.resolve([]))
    expect(takeBootRead({ ...FIRST_READ, status: 'read' })).toBeNull()
    // Taken (and gone) even when it did not match: a later first read would be stale.
    expect(takeBootRead(FIRST_READ)).toBeNull()

    leaveBootRead(Promise.resolve([]))
    await expect(takeBootRead({ ...FIRST_READ })).resolves.toEqual([])
    expect(takeBootRead(FIRST_READ)).toBeNull()
  })

  it('a failed boot read hands over null, so the page reads again', async () => {
    leaveBootRead(Promise.reject(new Error('disk')))
    await expect(takeBootRead(FIRST_READ)).resolves.toBeNull()
  })

  it('once settled, what it found can be taken at once, for the view it read only', async () => {
    // An empty page is a page read too (the list then says it is empty).
    const stories: SavedArticle[] = []
    leaveBootRead(Promise.resolve(stories))
    // Not yet settled: nothing is taken, and the read stays for the page's first read.
    expect(takeSettledBootRead(FIRST_READ)).toBeNull()
    await bootReadSettled(1000)
    expect(takeSettledBootRead({ ...FIRST_READ, order: 'oldest' })).toBeNull()
    expect(takeSettledBootRead(FIRST_READ)).toBe(stories)
    expect(takeBootRead(FIRST_READ)).toBeNull()
  })

  it('a boot read that found nothing to read leaves the first read to the page', async () => {
    leaveBootRead(Promise.resolve(null))
    await bootReadSettled(1000)
    expect(takeSettledBootRead(FIRST_READ)).toBeNull()
    await expect(takeBootRead(FIRST_READ)).resolves.toBeNull()
  })

  it('the bundle waits for the read only so long, and not at all when there is none', async () => {
    await expect(bootReadSettled(1000)).resolves.toBeUndefined()
    leaveBootRead(new Promise(() => undefined))
    const started = Date.now()
    await bootReadSettled(20)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(takeBootRead(FIRST_READ)).not.toBeNull()
  })
})
