/**
 * Direct reads (connection.ts) of a database whose IndexedDB version is not exactly the one
 * Dexie declares: Dexie adds one when it patches a schema, and the schema is still current.
 */
import 'fake-indexeddb/auto'
import { expect, it } from 'vitest'
import { openLibrary } from '../../src/library/db.ts'
import { openCurrent } from '../../src/library/open-current.ts'
import { listArticles } from '../../src/library/queries.ts'
import { saveStory } from '../../src/library/save.ts'
import { CURRENT_IDB_VERSION, LIBRARY_DB_NAME } from '../../src/library/schema.ts'
import { ferryStory } from './sample-story.ts'

function bumpVersion(to: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(LIBRARY_DB_NAME, to)
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

it('a database Dexie left one version above its own is still read directly', async () => {
  const dexie = openLibrary()
  const { id } = await saveStory(ferryStory(), dexie)
  dexie.close()
  await bumpVersion(CURRENT_IDB_VERSION + 1)

  expect((await openCurrent())?.version).toBe(CURRENT_IDB_VERSION + 1)
  const listed = await listArticles({ status: 'all', order: 'newest', limit: 5 })
  expect(listed.map((a) => a.id)).toEqual([id])
})
