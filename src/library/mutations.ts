/** Changing the list: read status, delete (with everything needed to undo it), restore. */
import { type LibraryDb, type LookupRecord, library } from './db.ts'
import { notInList, writing } from './errors.ts'
import type { ReadStatus, SavedArticle, SavedContent } from './types.ts'

export async function setStatus(
  id: string,
  status: ReadStatus,
  db: LibraryDb = library(),
): Promise<void> {
  await writing('change', async () => {
    const changed = await db.articles.update(id, { status, updatedAt: Date.now() })
    if (changed === 0) throw notInList()
  })
}

/** A deleted story, whole: handing it back to restoreArticle undoes the delete. */
export interface DeletedArticle {
  article: SavedArticle
  content: SavedContent | undefined
  lookup: LookupRecord | undefined
}

export function deleteArticle(id: string, db: LibraryDb = library()): Promise<DeletedArticle> {
  return writing('delete', () =>
    db.transaction('rw', db.articles, db.contents, db.lookup, async () => {
      const article = await db.articles.get(id)
      if (!article) throw notInList()
      const deleted = {
        article,
        content: await db.contents.get(id),
        lookup: await db.lookup.get(id),
      }
      await Promise.all([db.articles.delete(id), db.contents.delete(id), db.lookup.delete(id)])
      return deleted
    }),
  )
}

export function restoreArticle(deleted: DeletedArticle, db: LibraryDb = library()): Promise<void> {
  return writing('restore', () =>
    db.transaction('rw', db.articles, db.contents, db.lookup, async () => {
      await db.articles.put(deleted.article)
      if (deleted.content) await db.contents.put(deleted.content)
      if (deleted.lookup) await db.lookup.put(deleted.lookup)
    }),
  )
}
