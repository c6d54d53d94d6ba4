/** Everything in the list, with bodies, oldest first: what every export format starts from. */
import { type LibraryDb, library } from './db.ts'
import type { SavedArticle, SavedContent } from './types.ts'

export async function readAll(
  db: LibraryDb = library(),
): Promise<Array<{ article: SavedArticle; content: SavedContent | null }>> {
  return db.transaction('r', db.articles, db.contents, async () => {
    const articles = await db.articles.orderBy('savedAt').toArray()
    const contents = await db.contents.bulkGet(articles.map((a) => a.id))
    return articles.map((article, i) => ({ article, content: contents[i] ?? null }))
  })
}
