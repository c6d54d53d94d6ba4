/**
 * Which format a file is in, judged by its content: people rename files, and Pocket's and
 * Instapaper's CSVs share an extension. The extension only decides which complaint to make when
 * the content matches nothing.
 */
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

const SUPPORTED =
  'Upstream can import its own JSON export, Pocket (HTML or CSV), Instapaper CSV and ' +
  'Wallabag JSON.'

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
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.split('\n')[0]})` : ''
    return fail(`This file looks like JSON but is not valid JSON${detail}.`)
  }
  if (Array.isArray(data)) {
    if (data.length === 0)
      return fail('This JSON file is an empty list: there is nothing to import.')
    return looksLikeWallabag(data[0])
      ? { ok: true, format: 'wallabag-json', data }
      : fail(
          'This JSON file is a list, but its first entry is not a Wallabag entry ' +
            `(no "url" with "is_archived" or "created_at"). ${SUPPORTED}`,
        )
  }
  if (isRecord(data)) {
    if (data.format === UPSTREAM_FORMAT) return { ok: true, format: 'upstream-json', data }
    // The Wallabag API's paged answer, which some people save instead of the export.
    const embedded = data._embedded
    if (isRecord(embedded) && Array.isArray(embedded.items)) {
      return { ok: true, format: 'wallabag-json', data: embedded.items }
    }
    if (typeof data.format === 'string') {
      return fail(`This JSON file is in a format Upstream does not know ("${data.format}").`)
    }
  }
  return fail(`This JSON file is not a reading list Upstream recognises. ${SUPPORTED}`)
}

function sniffHtml(text: string): Sniffed {
  const pocket =
    /<a\b[^<>]*\stime_added\s*=/i.test(text) ||
    /<h1\b[^<>]*>\s*(?:Unread|Read Archive)\s*<\/h1\s*>/i.test(text)
  return pocket
    ? { ok: true, format: 'pocket-html' }
    : fail(
        'This HTML file is not a Pocket export: it has no links with "time_added" and no ' +
          `"Unread" list. ${SUPPORTED}`,
      )
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
    return fail(
      `This CSV file's columns (${firstLine.slice(0, 200)}) are neither Pocket's ` +
        "(title,url,time_added,tags,status) nor Instapaper's (URL,Title,Selection,Folder,Timestamp).",
    )
  }
  return fail(`This file is not in a format Upstream recognises. ${SUPPORTED}`)
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
