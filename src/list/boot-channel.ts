/**
 * The hand-over between the list page's boot script (src/list/boot.ts) and its bundle.
 *
 * The boot script is a tiny classic script at the top of the page's <head>: the moment the page
 * starts, it reads the first page of the view the list opens with, so IndexedDB works while the
 * bundle is still loading and compiling. It leaves the pending read here; the bundle's first
 * read of that same view takes it (once: later reads go to the database again).
 */
import type { ListQuery } from '../library/queries.ts'
import type { SavedArticle } from '../library/types.ts'

/** The boot script's file name in the built extension (see tools/extractor-plugin.ts). */
export const LIST_BOOT_FILE = 'list-boot.js'

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

export function leaveBootRead(read: BootRead): void {
  // On any failure the bundle simply reads again, and reports what it meets then.
  Object.assign(globalThis, { [LIST_BOOT_GLOBAL]: read.catch(() => null) })
}

/** The boot script's read, if it ran and read exactly `query`; null otherwise. */
export function takeBootRead(query: ListQuery): BootRead | null {
  const read: unknown = Reflect.get(globalThis, LIST_BOOT_GLOBAL)
  if (!(read instanceof Promise)) return null
  Reflect.deleteProperty(globalThis, LIST_BOOT_GLOBAL)
  const same =
    query.status === FIRST_READ.status &&
    query.order === FIRST_READ.order &&
    query.limit === FIRST_READ.limit &&
    (query.offset ?? 0) === 0
  return same ? (read as BootRead) : null
}
