/**
 * Which format a file is in, judged by its content: people rename files, and Pocket's and
 * Instapaper's CSVs share an extension. The extension only decides which complaint to make when
 * the content matches nothing.
 */
import { type PlainKey, t } from '../../i18n/t.ts'
import { UPSTREAM_FORMAT } from './upstream-schema.ts'

export type ImportFormat =
  | 'upstream-json'
  | 'pocket-html'
  | 'pocket-csv'
  | 'instapaper-csv'
  | 'wallabag-json'

export type Sniffed =
  | { ok: true; format: 'pocket-html' | 'pocket-csv' | 'instapaper-csv' }
  | { ok: true; format: 'upstream-json' | 'wallabag-json'; data: unknown }
  | { ok: false; message: string }

/** A refusal, then what Upstream can import, for a file it does not recognise at all. */
function unrecognised(key: PlainKey): Sniffed {
  return fail(`${t(key)} ${t('importSupported')}`)
}

export function sniffFormat(fileName: string, text: string): Sniffed {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const head = text.trimStart()
  if (head.startsWith('{') || head.startsWith('[') || ext === 'json') return sniffJson(text)
  if (head.startsWith('<') || ext === 'html' || ext === 'htm') return sniffHtml(text)
  return sniffCsv(text, ext)
}

function sniffJson(text: string): Sniffed {
  let data: unknown
  try {
    // JSON.parse makes "__proto__" an ordinary own key, never an object's prototype.
    data = JSON.parse(text)
  } catch {
    // The parser's own words would be in the browser's English whatever the UI language.
    return fail(t('importJsonInvalid'))
  }
  if (Array.isArray(data)) {
    if (data.length === 0) return fail(t('importJsonEmptyList'))
    return looksLikeWallabag(data[0])
      ? { ok: true, format: 'wallabag-json', data }
      : unrecognised('importJsonNotWallabag')
  }
  if (isRecord(data)) {
    if (data.format === UPSTREAM_FORMAT) return { ok: true, format: 'upstream-json', data }
    // The Wallabag API's paged answer, which some people save instead of the export.
    const embedded = data._embedded
    if (isRecord(embedded) && Array.isArray(embedded.items)) {
      return { ok: true, format: 'wallabag-json', data: embedded.items }
    }
    if (typeof data.format === 'string') {
      return fail(t('importJsonUnknownFormat', { name: data.format }))
    }
  }
  return unrecognised('importJsonUnknown')
}

function sniffHtml(text: string): Sniffed {
  const pocket =
    /<a\b[^<>]*\stime_added\s*=/i.test(text) ||
    /<h1\b[^<>]*>\s*(?:Unread|Read Archive)\s*<\/h1\s*>/i.test(text)
  return pocket ? { ok: true, format: 'pocket-html' } : unrecognised('importHtmlNotPocket')
}

function sniffCsv(text: string, ext: string): Sniffed {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? ''
  const columns = firstLine
    .split(',')
    .map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase())
  const has = (...names: string[]): boolean => names.every((name) => columns.includes(name))
  if (has('url', 'title', 'folder')) return { ok: true, format: 'instapaper-csv' }
  if (has('url', 'title', 'time_added')) return { ok: true, format: 'pocket-csv' }
  if (ext === 'csv' || columns.length > 1) {
    return fail(t('importCsvUnknown', { columns: firstLine.slice(0, 200) }))
  }
  return unrecognised('importUnknownFile')
}

function looksLikeWallabag(entry: unknown): boolean {
  return (
    isRecord(entry) &&
    typeof entry.url === 'string' &&
    ('is_archived' in entry || 'created_at' in entry)
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fail(message: string): Sniffed {
  return { ok: false, message }
}
