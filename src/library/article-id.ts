/**
 * Article ids that sort newest first: ten base-36 digits counting down from the far future to the
 * save time in milliseconds, then a random part. IndexedDB orders every index's entries by key
 * and then by primary key, so with these ids the entries of one search term (or one status) are
 * already newest first: a search reads the newest matches of a word with one forward read of the
 * index and stops after one page, however many stories hold the word (id-lists.ts, search.ts).
 * Forward, because browsers read an index forwards faster than backwards.
 */

const TIME_DIGITS = 10
const LATEST = 36 ** TIME_DIGITS - 1

function timePart(savedAt: number): string {
  const ms = Number.isFinite(savedAt) ? Math.min(LATEST, Math.max(0, Math.floor(savedAt))) : 0
  return (LATEST - ms).toString(36).padStart(TIME_DIGITS, '0')
}

function randomPart(): string {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2))
  return high.toString(36).padStart(7, '0') + low.toString(36).padStart(7, '0')
}

/** A new id for a story saved at `savedAt` (ms since the epoch). */
export function newArticleId(savedAt: number): string {
  return `${timePart(savedAt)}-${randomPart()}`
}

const TIME_ORDERED = /^[0-9a-z]{10}-[0-9a-z]{14}$/

/** Whether an id is of this kind (ids of schema version 1 were random UUIDs). */
export function isTimeOrderedId(id: string): boolean {
  return TIME_ORDERED.test(id)
}
