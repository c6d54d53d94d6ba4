/**
 * The hand-over between the list page's boot script (src/list/boot.ts) and its bundle.
 *
 * The boot script is a tiny classic script at the top of the page's <head>: the moment the page
 * starts, it reads the first page of the view the list opens with, so IndexedDB works while the
 * bundle is still loading and compiling, and then imports the bundle. It leaves the pending read
 * here; the bundle's first read of that same view takes it (once: later reads go to the
 * database again).
 */
import type { ListQuery } from '../library/queries.ts'
import type { SavedArticle } from '../library/types.ts'

/** The boot script's file name in the built extension (see tools/extractor-plugin.ts). */
export const LIST_BOOT_FILE = 'list-boot.js'

/** The page's bundle (main.tsx), which the boot script imports (see tools/page-bundle.ts). */
export const LIST_MAIN_FILE = 'assets/list.js'

const LIST_BOOT_GLOBAL = '__upstreamListBoot'

/** How many stories the list page shows at first. */
export const LIST_PAGE_SIZE = 50

/** What the list opens with (one more than shown tells whether there is more). */
export const FIRST_READ: Readonly<ListQuery> = {
  status: 'unread',
  order: 'newest',
  limit: LIST_PAGE_SIZE + 1,
}

/** Null: the boot script read nothing (no database yet, a migration due, a failure). */
type BootRead = Promise<SavedArticle[] | null>

/** What the boot script leaves: its read, and what it found once it has settled. */
interface BootSlot {
  read: BootRead
  /** Undefined until the read settles. */
  found?: SavedArticle[] | null
}

export function leaveBootRead(read: BootRead): void {
  // On any failure the bundle simply reads again, and reports what it meets then.
  const slot: BootSlot = { read: read.catch(() => null) }
  void slot.read.then((found) => {
    slot.found = found
  })
  Object.assign(globalThis, { [LIST_BOOT_GLOBAL]: slot })
}

function bootSlot(): BootSlot | null {
  const slot: unknown = Reflect.get(globalThis, LIST_BOOT_GLOBAL)
  return slot && typeof slot === 'object' && 'read' in slot ? (slot as BootSlot) : null
}

const isFirstRead = (query: ListQuery): boolean =>
  query.status === FIRST_READ.status &&
  query.order === FIRST_READ.order &&
  query.limit === FIRST_READ.limit &&
  (query.offset ?? 0) === 0

/** The boot script's read, if it ran and read exactly `query`; null otherwise. Taken once. */
export function takeBootRead(query: ListQuery): BootRead | null {
  const slot = bootSlot()
  if (!slot) return null
  Reflect.deleteProperty(globalThis, LIST_BOOT_GLOBAL)
  return isFirstRead(query) ? slot.read : null
}

/**
 * The stories the boot script found for `query`, if it read exactly that and has already
 * settled with them (taken, like takeBootRead); null otherwise, and then nothing is taken.
 */
export function takeSettledBootRead(query: ListQuery): SavedArticle[] | null {
  const found = bootSlot()?.found
  if (!found || !isFirstRead(query)) return null
  Reflect.deleteProperty(globalThis, LIST_BOOT_GLOBAL)
  return found
}

/**
 * Settles when the boot script's read has (whatever it found), or after `atMostMs`; at once when
 * there is no read. Leaves the read for takeBootRead.
 */
export function bootReadSettled(atMostMs: number): Promise<void> {
  const slot = bootSlot()
  if (!slot) return Promise.resolve()
  return new Promise((resolve) => {
    void slot.read.then(() => resolve())
    setTimeout(resolve, atMostMs)
  })
}
