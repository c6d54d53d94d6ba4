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
async function bringUpToDate(): Promise<IDBDatabase> {
  const { library } = await import('./db.ts')
  const dexie = library()
  if (!dexie.isOpen()) await dexie.open()
  return dexie.backendDB()
}

let own: Promise<IDBDatabase> | null = null

async function connect(): Promise<IDBDatabase> {
  const current = await openCurrent()
  if (current) return keptOpen(current)
  const dexies = await bringUpToDate()
  // Now current, normally; if Dexie opened a version this code does not expect, read through
  // Dexie's own connection (Dexie closes and reopens it as needed).
  const reopened = await openCurrent()
  return reopened ? keptOpen(reopened) : dexies
}

/** Our own connection, forgotten as soon as it closes, so the next read opens a new one. */
function keptOpen(db: IDBDatabase): IDBDatabase {
  // A newer schema (the extension updated while this page is open) waits for every connection
  // to close: let it.
  db.onversionchange = () => {
    db.close()
    own = null
  }
  // The browser may close it too (site data cleared, a storage failure).
  db.onclose = () => {
    own = null
  }
  return db
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
