/**
 * Bringing imported items into the list. Each item goes through the same merge as a save (so an
 * import of a story already saved adds its link to that entry rather than a second entry), in
 * transactions of a few hundred items: a failure (a full disk) keeps every earlier batch and
 * leaves nothing half-written.
 */
import { type LibraryDb, library } from './db.ts'
import { writing } from './errors.ts'
import { type Incoming, type SaveKind, saveInTransaction } from './save.ts'
import type { ImportedItem, SavedArticle, SavedCopy } from './types.ts'
import { urlKeys } from './url-key.ts'

const BATCH = 250

export type ImportCounts = Record<SaveKind, number>

function titleFallback(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}${u.pathname}`
  } catch {
    return url
  }
}

function toIncoming(item: ImportedItem): Incoming {
  const a = item.article ?? {}
  const article: Incoming['article'] = {
    title: a.title ?? (item.title || titleFallback(item.url)),
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    publishedTime: a.publishedTime ?? null,
    lang: a.lang ?? null,
    dir: a.dir ?? null,
    excerpt: a.excerpt ?? null,
    leadImage: a.leadImage ?? null,
    wordCount: a.wordCount ?? 0,
    readingTimeMinutes: a.readingTimeMinutes ?? 0,
    status: a.status ?? item.status,
    savedAt: a.savedAt ?? item.savedAt,
    sources: a.sources ?? [],
    tags: a.tags ?? item.tags,
  }
  return { pageUrl: item.url, article, content: item.content }
}

/** Our own export lists every copy of a story: the first is saved, the others attached to it. */
async function attachCopies(db: LibraryDb, id: string, copies: SavedCopy[]): Promise<void> {
  const record: SavedArticle | undefined = await db.articles.get(id)
  const lookup = await db.lookup.get(id)
  if (!record || !lookup) return
  const known = new Set(record.copies.map((c) => c.url))
  const extra = copies.filter((c) => !known.has(c.url))
  if (extra.length === 0) return
  await db.articles.put({ ...record, copies: [...record.copies, ...extra] })
  await db.lookup.put({
    ...lookup,
    urlKeys: [...new Set([...lookup.urlKeys, ...urlKeys(extra.map((c) => c.url))])],
  })
}

export async function importItems(
  items: readonly ImportedItem[],
  db: LibraryDb = library(),
): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, merged: 0, unchanged: 0 }
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH)
    await writing('import', () =>
      db.transaction('rw', db.articles, db.contents, db.lookup, async () => {
        for (const item of batch) {
          const outcome = await saveInTransaction(db, toIncoming(item), Date.now())
          counts[outcome.kind] += 1
          const copies = item.article?.copies
          if (copies && copies.length > 1) await attachCopies(db, outcome.id, copies)
        }
      }),
    )
  }
  return counts
}
