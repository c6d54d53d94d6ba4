/** Storage failures, turned into messages a reader can act on. */
import { t } from '../i18n/t.ts'

/** What a LibraryError is about, as the problem kinds the UI explains (src/messaging/problems.ts). */
export type LibraryProblem = 'storage-full' | 'not-in-list'

/** A failure whose message is written for the user (in the UI language). */
export class LibraryError extends Error {
  override name = 'LibraryError'

  constructor(
    message: string,
    readonly problem: LibraryProblem,
  ) {
    super(message)
  }
}

/** The writes the list makes; each has its own sentence for a full disk. */
export type WriteKind = 'save' | 'change' | 'delete' | 'restore' | 'import'

// Whole sentences per write, not a verb slotted into one sentence: languages do not put a
// phrase such as "save this story" into the same place, or in the same form.
const STORAGE_FULL = {
  save: 'libraryFullSave',
  change: 'libraryFullChange',
  delete: 'libraryFullDelete',
  restore: 'libraryFullRestore',
  import: 'libraryFullImport',
} as const satisfies Record<WriteKind, string>

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'QuotaExceededError') return true
  // Dexie wraps the DOMException; the original is kept as `inner`.
  const inner: unknown = Reflect.get(error, 'inner')
  return inner instanceof Error && inner.name === 'QuotaExceededError'
}

/**
 * Runs a write; a full disk or an exceeded quota becomes a clear message. The write was one
 * transaction, so it either happened whole or not at all: what was saved before is intact.
 */
export async function writing<T>(kind: WriteKind, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isQuotaError(error)) throw new LibraryError(t(STORAGE_FULL[kind]), 'storage-full')
    throw error
  }
}

/** The story a change was for is gone (deleted in another tab, say). */
export function notInList(): LibraryError {
  return new LibraryError(t('libraryNotInList'), 'not-in-list')
}
