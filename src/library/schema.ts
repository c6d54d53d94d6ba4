/**
 * The reading list's database: its name and the stores of each released schema version (kept
 * apart from db.ts so that reading, connection.ts, needs neither Dexie nor the upgrades' code
 * paths beyond this list).
 */
import type { Transaction } from 'dexie'
import { rekeyByTime } from './upgrades.ts'

export const LIBRARY_DB_NAME = 'upstream-library'

/** The store definitions of each released version, oldest first. */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number
  stores: Record<string, string>
  /** Carries the records of the version before forward (upgrades.ts). */
  upgrade?: (tx: Transaction) => Promise<void>
}> = [
  {
    version: 1,
    stores: {
      articles: 'id, savedAt, [status+savedAt]',
      contents: 'id',
      lookup: 'id, *urlKeys, *bands, *words',
    },
  },
  {
    // Ids sort newest first, and a status index walked in that order: search reads the newest
    // matches of each word and status straight from the indexes (search.ts).
    version: 2,
    stores: {
      articles: 'id, savedAt, [status+savedAt], status',
      contents: 'id',
      lookup: 'id, *urlKeys, *bands, *words',
      // Version 1's id of each story → its id now, so reader addresses saved before the
      // upgrade (`?saved=<old id>`: open tabs, bookmarks, history) still open it.
      formerIds: 'id',
    },
    upgrade: rekeyByTime,
  },
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1

/** IndexedDB's version number of the current schema (Dexie stores version n as n × 10). */
export const CURRENT_IDB_VERSION = CURRENT_SCHEMA_VERSION * 10
