/**
 * The list page's boot script: the only script in the page's HTML, a classic script at the top
 * of its <head>, built on its own as one small file (tools/extractor-plugin.ts). It starts
 * reading the list's first page (see boot-channel.ts), then imports the page's bundle.
 *
 * Plain IndexedDB, no Dexie: when the database does not exist yet or needs migrating, it reads
 * nothing and leaves that to the bundle.
 */
import { openCurrent } from '../library/open-current.ts'
import { readPage } from '../library/read-page.ts'
import type { SavedArticle } from '../library/types.ts'
import { FIRST_READ, leaveBootRead } from './boot-channel.ts'

performance.mark('upstream:list-boot')

/** Reads the first page from an open connection, then closes it. */
async function firstPage(db: IDBDatabase): Promise<SavedArticle[]> {
  try {
    const page = await readPage(db.transaction('articles').objectStore('articles'), FIRST_READ)
    performance.mark('upstream:list-boot-read')
    return page
  } finally {
    // The bundle opens its own connection; this one must not hold back a schema upgrade.
    db.close()
  }
}

const opened = openCurrent()
// When the database answered, and (above) when the first page was read: npm run bench:list
// prints them.
opened.then(() => performance.mark('upstream:list-boot-open'))
leaveBootRead(opened.then((db) => (db ? firstPage(db) : null)))

/*
 * The bundle comes by import(), not by a <script type="module"> in the HTML, so that it runs
 * after this script has asked for the database: a module script in the HTML runs as soon as it
 * is fetched, and may be fetched first. `<link rel="modulepreload">` (tools/page-bundle.ts)
 * fetches and compiles it while this script is fetched and run. The bundle waits for the read
 * before its first render (main.tsx).
 *
 * The specifier is a literal root-relative address: see src/popup/boot.ts, which imports its
 * bundle the same way, and LIST_BOOT_EXTERNALS (tools/extractor-plugin.ts).
 */
// @ts-expect-error TS2307: the address is the built bundle's in dist/, not a source file (the
// bundle is main.tsx); the boot script uses none of its exports, so there is nothing to type.
import('/assets/list.js').catch((error: unknown) => {
  console.error('Upstream: the reading list could not load', error)
})
