/**
 * The first `count` article ids holding one key of an index (a search word, a status), in save
 * order, newest or oldest first; and pages of records from the save-time indexes.
 *
 * Article ids sort newest first (article-id.ts) and IndexedDB orders an index's entries by key
 * and then by primary key, so the entries of one key are already in save order: the newest
 * matches of a word are the first entries of its range, and one plain `getAllKeys(range, count)`
 * reads them in every browser. Oldest first reads a range backwards: in one request where the
 * browser can (`getAllKeys` with a direction, Chromium 141+), elsewhere with a cursor (slower,
 * one step per entry, the same answer). Backwards is the slow direction even in one request
 * (Chromium walks an index key's entries backwards several times slower), which is why the
 * common order, newest first, is the forward one.
 */

export type Walk = 'newest' | 'oldest'

/** Reads up to `count` ids, in walking order. A list shorter than `count` is complete. */
export type IdLister = (count: number) => Promise<string[]>

/** Whether id `a` comes before id `b` when walking in this order (ids ascend from the newest). */
export function comesBefore(a: string, b: string, walk: Walk): boolean {
  return walk === 'newest' ? a < b : a > b
}

export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

type KeySource = IDBIndex | IDBObjectStore

interface GetAllOptions {
  query: IDBKeyRange | null
  count: number
  direction: IDBCursorDirection
}

interface DirectedGetAll {
  getAllKeys(options: GetAllOptions): IDBRequest<IDBValidKey[]>
  getAll(options: GetAllOptions): IDBRequest<unknown[]>
}

// The options form of getAllKeys came with getAllRecords (IndexedDB 3.0); an older browser would
// take the options object for a key range and fail.
function readsBackwards(source: KeySource): boolean {
  return 'getAllRecords' in source
}

function walkCursor<C extends IDBCursor, T>(
  request: IDBRequest<C | null>,
  count: number,
  take: (cursor: C) => T,
): Promise<T[]> {
  const found: T[] = []
  return new Promise<T[]>((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result
      if (!cursor || found.length >= count) {
        resolve(found)
        return
      }
      found.push(take(cursor))
      cursor.continue()
    }
    request.onerror = () => reject(request.error)
  })
}

type Direction = 'next' | 'prev'

/** Up to `count` records of `range` in `source`, in key order or backwards. */
export async function readRecords<T>(
  source: KeySource,
  range: IDBKeyRange | null,
  direction: Direction,
  count: number,
): Promise<T[]> {
  if (count <= 0) return []
  if (direction === 'next') return (await result(source.getAll(range, count))) as T[]
  if (!readsBackwards(source)) {
    return walkCursor(source.openCursor(range, direction), count, (at) => at.value as T)
  }
  const all = (source as KeySource & DirectedGetAll).getAll({ query: range, count, direction })
  return (await result(all)) as T[]
}

/** The ids of `key` in `source` (an index), or every id of an object store when key is null. */
export function keyLister(source: KeySource, key: string | null, walk: Walk): IdLister {
  const range = key === null ? null : IDBKeyRange.only(key)
  // Ids ascend from the newest.
  const direction: Direction = walk === 'newest' ? 'next' : 'prev'
  return async (count) => {
    if (count <= 0) return []
    let keys: IDBValidKey[]
    if (direction === 'next') keys = await result(source.getAllKeys(range, count))
    else if (readsBackwards(source)) {
      const directed = source as KeySource & DirectedGetAll
      keys = await result(directed.getAllKeys({ query: range, count, direction }))
    } else {
      return walkCursor(source.openKeyCursor(range, direction), count, (at) =>
        String(at.primaryKey),
      )
    }
    return keys.map(String)
  }
}

/** The ids in any of several lists (the words an unfinished word may become), each once. */
export function unionLister(members: IdLister[], walk: Walk): IdLister {
  if (members.length === 1 && members[0]) return members[0]
  return async (count) => {
    // The first `count` of the union are among the first `count` of its members.
    const lists = await Promise.all(members.map((member) => member(count)))
    const ids = [...new Set(lists.flat())]
    ids.sort((a, b) => (comesBefore(a, b, walk) ? -1 : 1))
    return ids.slice(0, count)
  }
}
