/**
 * Reading the reading list without Dexie. Dexie (30 kB gzip) writes and migrates; a page that
 * only reads, such as the list's first paint, opens IndexedDB itself at the current schema
 * version and reads with plain requests, so its first paint does not wait for Dexie to load.
 * When the database does not exist yet, or an older version needs migrating, Dexie is loaded
 * (on demand) to create or upgrade it first.
 */
import type { LibraryDb } from './db.ts'
import { openCurrent } from './open-current.ts'

/** Where reads go: this context's own connection, or a given Dexie database (tests, writers). */
export type LibrarySource = LibraryDb | IDBDatabase

/** Creates the database, or migrates it to the current version, through Dexie. */
async function bringUpToDate(): Promise<void> {
  const { library } = await import('./db.ts')
  const dexie = library()
  if (!dexie.isOpen()) await dexie.open()
}

let own: Promise<IDBDatabase> | null = null

async function connect(): Promise<IDBDatabase> {
  let raw = await openCurrent()
  if (!raw) {
    await bringUpToDate()
    raw = await openCurrent()
  }
  if (!raw) throw new Error('The reading list could not be opened.')
  // A newer schema (the extension updated while this page is open) waits for every connection
  // to close: let it, and open again on the next read.
  const opened = raw
  opened.onversionchange = () => {
    opened.close()
    own = null
  }
  return opened
}

export async function readConnection(source?: LibrarySource): Promise<IDBDatabase> {
  if (source === undefined) {
    own ??= connect().catch((error: unknown) => {
      own = null
      throw error
    })
    return own
  }
  if (!('backendDB' in source)) return source
  if (!source.isOpen()) await source.open()
  return source.backendDB()
}
