/**
 * The reading list's IndexedDB database (Dexie), in the extension's own origin: the popup, the
 * reader, the list page and the background all open the same one.
 *
 * Tables:
 * - `articles`: one SavedArticle per story, its id sorting by save time (article-id.ts); indexed
 *   by save time, and by status + save time for the list's filters, so the list's first page is
 *   one index range read, and by status (in id order) for search.
 * - `contents`: each story's body, apart, so listing never reads bodies.
 * - `lookup`: what finding a story needs and the list never shows: the address keys of every
 *   copy (deduplication), the fingerprint bands (near-identical text) and the search terms.
 *
 * Versions (schema.ts): every change to the stores is a new version with an `upgrade` that
 * carries the old records forward; the versions are never edited once released, and
 * tests/library/migrations.test.ts opens a database written by every earlier version.
 *
 * Dexie writes and migrates; reads go to IndexedDB directly (connection.ts), so pages that only
 * read, such as the list's first paint, do not load Dexie.
 */
import { Dexie, type EntityTable } from 'dexie'
import { LIBRARY_DB_NAME, SCHEMA_VERSIONS } from './schema.ts'
import type { SavedArticle, SavedContent } from './types.ts'

export { CURRENT_SCHEMA_VERSION, LIBRARY_DB_NAME, SCHEMA_VERSIONS } from './schema.ts'

export interface LookupRecord {
  id: string
  /** urlKey() of every copy's address, the original and the canonical address. */
  urlKeys: string[]
  /** MinHash bands of the story text (fingerprint.ts); empty for links without text. */
  bands: string[]
  signature: number[]
  /** Search terms of the title and the text (search-terms.ts). */
  words: string[]
}

/** A story's id before schema version 2 re-keyed it (upgrades.ts), and its id now. */
export interface FormerId {
  id: string
  newId: string
}

export type LibraryDb = Dexie & {
  articles: EntityTable<SavedArticle, 'id'>
  contents: EntityTable<SavedContent, 'id'>
  lookup: EntityTable<LookupRecord, 'id'>
  formerIds: EntityTable<FormerId, 'id'>
}

export function openLibrary(name: string = LIBRARY_DB_NAME): LibraryDb {
  const db = new Dexie(name) as LibraryDb
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores)
    if (upgrade) declared.upgrade(upgrade)
  }
  return db
}

let shared: LibraryDb | null = null

/** The database of this extension context (opened once, on first use). */
export function library(): LibraryDb {
  shared ??= openLibrary()
  return shared
}
