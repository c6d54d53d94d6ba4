/**
 * Article ids read in save-time order from IndexedDB, one cursor step at a time, and the
 * intersection of several such streams.
 *
 * Article ids sort by save time (article-id.ts) and IndexedDB orders an index's entries by key and
 * then by primary key, so the entries of one word in the search index, or of one status in the
 * status index, are a stream of ids in save-time order. Intersecting streams by leapfrogging
 * (each stream jumps straight to the id the furthest one stands at: `continuePrimaryKey`, a B-tree
 * seek) finds the newest stories holding every word after a few seeks per result, without
 * reading the thousands of entries of a common word.
 *
 * Raw IndexedDB rather than Dexie: Dexie has no `continuePrimaryKey`. All streams of one search
 * share one read-only transaction; every await here waits on a request of that transaction, so
 * it stays open until the search is done.
 */

export type Walk = 'newest' | 'oldest'

/** Whether id `a` comes before id `b` when walking in this order. */
export function comesBefore(a: string, b: string, walk: Walk): boolean {
  return walk === 'newest' ? a > b : a < b
}

export interface IdStream {
  /** The id the stream stands at; null once it has run out. */
  readonly current: string | null
  /** Moves to the first id at or after `target` in walking order (no move if already there). */
  seek(target: string): Promise<void>
  /** Moves past the current id. */
  step(): Promise<void>
}

/** A cursor over the ids of one key of an index, or over a whole object store's keys. */
class CursorStream implements IdStream {
  current: string | null = null
  private cursor: IDBCursor | null = null

  private constructor(
    private readonly request: IDBRequest<IDBCursor | null>,
    /** The index key walked; undefined for an object store (its keys are the ids). */
    private readonly key: string | undefined,
    private readonly walk: Walk,
  ) {}

  static async open(
    source: IDBIndex | IDBObjectStore,
    key: string | undefined,
    walk: Walk,
  ): Promise<CursorStream> {
    const direction = walk === 'newest' ? 'prev' : 'next'
    const range = key === undefined ? null : IDBKeyRange.only(key)
    const stream = new CursorStream(source.openKeyCursor(range, direction), key, walk)
    await stream.moved()
    return stream
  }

  /** Resolves when the cursor's request reports its next position. */
  private moved(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.request.onsuccess = () => {
        this.cursor = this.request.result
        this.current = this.cursor ? String(this.cursor.primaryKey) : null
        resolve()
      }
      this.request.onerror = () => reject(this.request.error)
    })
  }

  seek(target: string): Promise<void> {
    const { cursor, current } = this
    if (!cursor || current === null || !comesBefore(current, target, this.walk)) {
      return Promise.resolve()
    }
    const moved = this.moved()
    if (this.key === undefined) cursor.continue(target)
    else cursor.continuePrimaryKey(this.key, target)
    return moved
  }

  step(): Promise<void> {
    if (!this.cursor) return Promise.resolve()
    const moved = this.moved()
    this.cursor.continue()
    return moved
  }
}

/** The ids holding `key` in `index`, in save-time order. */
export function keyStream(index: IDBIndex, key: string, walk: Walk): Promise<IdStream> {
  return CursorStream.open(index, key, walk)
}

/** Every id of an object store, in save-time order. */
export function storeStream(store: IDBObjectStore, walk: Walk): Promise<IdStream> {
  return CursorStream.open(store, undefined, walk)
}

/** The ids in any of several streams (the words an unfinished word may become), each once. */
class UnionStream implements IdStream {
  constructor(
    private readonly members: IdStream[],
    private readonly walk: Walk,
  ) {}

  get current(): string | null {
    let first: string | null = null
    for (const { current } of this.members) {
      if (current !== null && (first === null || comesBefore(current, first, this.walk))) {
        first = current
      }
    }
    return first
  }

  async seek(target: string): Promise<void> {
    await Promise.all(this.members.map((member) => member.seek(target)))
  }

  async step(): Promise<void> {
    const at = this.current
    await Promise.all(
      this.members.filter((member) => member.current === at).map((member) => member.step()),
    )
  }
}

export function unionStream(members: IdStream[], walk: Walk): IdStream {
  return members.length === 1 && members[0] ? members[0] : new UnionStream(members, walk)
}

/**
 * The ids in every stream, in walking order, until `wanted` says to stop (it is asked after each
 * id and may read more from the same transaction).
 */
export async function intersect(
  streams: IdStream[],
  walk: Walk,
  wanted: (id: string) => Promise<boolean>,
): Promise<void> {
  for (;;) {
    let target: string | null = null
    for (const { current } of streams) {
      if (current === null) return
      // The stream furthest along decides where the others must jump to.
      if (target === null || comesBefore(target, current, walk)) target = current
    }
    if (target === null) return
    const at = target
    if (streams.every((stream) => stream.current === at)) {
      if (!(await wanted(at))) return
      await Promise.all(streams.map((stream) => stream.step()))
    } else {
      await Promise.all(streams.map((stream) => stream.seek(at)))
    }
  }
}
