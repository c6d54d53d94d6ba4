/** What each per-format parser returns to the dispatcher in index.ts. */
import type { ImportedItem } from '../types.ts'

export type ParseResult =
  | { ok: true; items: ImportedItem[]; skipped: number }
  | { ok: false; message: string }

export function failure(message: string): ParseResult {
  return { ok: false, message }
}
