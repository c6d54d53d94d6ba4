/**
 * The data changes that go with schema versions (db.ts). Each runs once, inside Dexie's upgrade
 * transaction: if it fails, the database stays at the version before, nothing half-changed.
 */
import type { Transaction } from 'dexie'
import { isTimeOrderedId, newArticleId } from './article-id.ts'

const TABLES = ['articles', 'contents', 'lookup'] as const
const CHUNK = 250

/**
 * Version 2: ids that sort by save time (article-id.ts). Version 1's random UUIDs are replaced,
 * in all three tables, by new ids made from each story's save time; `formerIds` remembers the old
 * ones, so the reader still opens a story from an address saved before.
 */
export async function rekeyByTime(tx: Transaction): Promise<void> {
  const articles = tx.table<{ id: string; savedAt: number }, string>('articles')
  const stale = (await articles.toArray()).filter((article) => !isTimeOrderedId(article.id))
  // A few hundred stories at a time, in bulk: a large list is not thousands of round trips.
  for (let start = 0; start < stale.length; start += CHUNK) {
    const chunk = stale.slice(start, start + CHUNK)
    const oldIds = chunk.map((article) => article.id)
    const newIds = chunk.map((article) => newArticleId(article.savedAt))
    for (const name of TABLES) {
      const table = tx.table<{ id: string }, string>(name)
      const records = await table.bulkGet(oldIds)
      const moved = records.flatMap((record, i) => {
        const id = newIds[i]
        return record && id ? [{ ...record, id }] : []
      })
      await table.bulkDelete(oldIds)
      await table.bulkAdd(moved)
    }
    await tx
      .table<{ id: string; newId: string }, string>('formerIds')
      .bulkPut(oldIds.flatMap((id, i) => (newIds[i] ? [{ id, newId: newIds[i] }] : [])))
  }
}
