/**
 * Reading-list import: one call for every supported file. The format is sniffed from the
 * content, the matching parser turns it into ImportedItems, and what the caller gets is either
 * the items (plus how many were skipped for a bad link) or one message saying why the whole
 * file was refused. Pure: no storage, no DOM, so it runs in the extension and in Node tests.
 */
import { formatNumber } from '../../i18n/format.ts'
import { t } from '../../i18n/t.ts'
import type { ImportedItem } from '../types.ts'
import { parseInstapaperCsv } from './instapaper-csv.ts'
import { MAX_FILE_CHARS } from './limits.ts'
import { parsePocketCsv } from './pocket-csv.ts'
import { parsePocketHtml } from './pocket-html.ts'
import type { ParseResult } from './result.ts'
import { type ImportFormat, sniffFormat } from './sniff.ts'
import { parseUpstreamJson } from './upstream-json.ts'
import { parseWallabagJson } from './wallabag-json.ts'

export { MAX_FILE_CHARS, MAX_ITEMS } from './limits.ts'
export type { ImportFormat } from './sniff.ts'

export type ImportOutcome =
  | { ok: true; format: ImportFormat; items: ImportedItem[]; skipped: number }
  | { ok: false; message: string }

/**
 * `now` (`Date.now()`) stands in for missing save times. Callers should refuse a File whose
 * `size` is far past MAX_FILE_CHARS before reading it to text; the check here is the backstop.
 */
export function parseImport(fileName: string, text: string, now: number): ImportOutcome {
  if (text.length > MAX_FILE_CHARS) {
    const mb = (chars: number) => formatNumber(Math.round(chars / (1024 * 1024)))
    return {
      ok: false,
      message: t('importFileTooLarge', { size: mb(text.length), max: mb(MAX_FILE_CHARS) }),
    }
  }
  // A byte-order mark would hide the first character from every test below.
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, message: t('importFileEmpty') }

  const sniffed = sniffFormat(fileName, body)
  if (!sniffed.ok) return sniffed
  const result = dispatch(sniffed, body, now)
  return result.ok ? { ...result, format: sniffed.format } : result
}

function dispatch(
  sniffed: Exclude<ReturnType<typeof sniffFormat>, { ok: false }>,
  text: string,
  now: number,
): ParseResult {
  switch (sniffed.format) {
    case 'upstream-json':
      return parseUpstreamJson(sniffed.data)
    case 'wallabag-json':
      return parseWallabagJson(sniffed.data, now)
    case 'pocket-html':
      return parsePocketHtml(text, now)
    case 'pocket-csv':
      return parsePocketCsv(text, now)
    case 'instapaper-csv':
      return parseInstapaperCsv(text, now)
  }
}
