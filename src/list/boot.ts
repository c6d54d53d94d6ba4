/**
 * The list page's boot script: a classic script at the top of its <head>, built on its own as
 * one small file (tools/extractor-plugin.ts). It starts reading the list's first page before the
 * page's bundle is fetched and compiled. See boot-channel.ts.
 *
 * Plain IndexedDB, no Dexie: when the database does not exist yet or needs migrating, it reads
 * nothing and leaves that to the bundle.
 */
import { openCurrent } from '../library/open-current.ts'
import { readPage } from '../library/read-page.ts'
import type { SavedArticle } from '../library/types.ts'
import { FIRST_READ, leaveBootRead } from './boot-channel.ts'

async function firstPage(): Promise<SavedArticle[] | null> {
  const db = await openCurrent()
  if (!db) return null
  try {
    return await readPage(db.transaction('articles').objectStore('articles'), FIRST_READ)
  } finally {
    // The bundle opens its own connection; this one must not hold back a schema upgrade.
    db.close()
  }
}

leaveBootRead(firstPage())
