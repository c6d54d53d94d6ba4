/**
 * Opening the reading list's database directly, without Dexie, when it exists at the current
 * schema version (connection.ts; the list page's boot script).
 */
import { CURRENT_SCHEMA_VERSION, LIBRARY_DB_NAME } from './schema.ts'

/** A connection at the current version, or null when Dexie must create or migrate first. */
export function openCurrent(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(LIBRARY_DB_NAME)
    // No database yet: abort, so that nothing is created here and Dexie creates it whole.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => resolve(null)
    request.onsuccess = () => {
      const db = request.result
      // Dexie stores schema version n as n × 10, and may add one when it patches a schema that
      // differs from the declared one: any of n × 10 … n × 10 + 9 is the current schema.
      if (Math.floor(db.version / 10) === CURRENT_SCHEMA_VERSION) {
        resolve(db)
        return
      }
      db.close()
      resolve(null)
    }
  })
}
