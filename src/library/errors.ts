/** Storage failures, turned into messages a reader can act on. */

export class LibraryError extends Error {
  override name = 'LibraryError'
}

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
export async function writing<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isQuotaError(error)) {
      throw new LibraryError(
        `There is no room left to ${what}: the browser's storage for Upstream is full. Everything saved before is kept; delete or export stories to make room.`,
      )
    }
    throw error
  }
}
