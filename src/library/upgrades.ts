/**
 * The data changes that go with schema versions (db.ts). Each runs once, inside Dexie's upgrade
 * transaction: if it fails, the database stays at the version before, nothing half-changed.
 */
import type { Transaction } from 'dexie'
import { isTimeOrderedId, newArticleId } from './article-id.ts'

const TABLES = ['articles', 'contents', 'lookup'] as const

/**
 * Version 2: ids that sort by save time (article-id.ts). Version 1's random UUIDs are replaced,
 * in all three tables, by new ids made from each story's save time.
 */
export async function rekeyByTime(tx: Transaction): Promise<void> {
  const articles = tx.table<{ id: string; savedAt: number }, string>('articles')
  const stale = (await articles.toArray()).filter((article) => !isTimeOrderedId(article.id))
  for (const { id: oldId, savedAt } of stale) {
    const id = newArticleId(savedAt)
    for (const name of TABLES) {
      const table = tx.table<{ id: string }, string>(name)
      const record = await table.get(oldId)
      if (!record) continue
      await table.add({ ...record, id })
      await table.delete(oldId)
    }
  }
}
