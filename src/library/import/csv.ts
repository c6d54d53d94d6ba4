/**
 * CSV files read into per-row records keyed by the columns a format needs. Papaparse does the
 * quoting rules; this adds the checks that keep a broken file from importing garbage: a row
 * whose field count differs from the header's (an unquoted comma shifts every later column, so
 * a title fragment would land in the URL column) or an unclosed quote rejects the file.
 */
import Papa from 'papaparse'
import { formatNumber } from '../../i18n/format.ts'
import { tCount } from '../../i18n/plural.ts'
import { t } from '../../i18n/t.ts'
import { formatName } from './format-name.ts'
import { MAX_ITEMS } from './limits.ts'

export type CsvRecords<K extends string> =
  | { ok: true; rows: Array<Partial<Record<K, string>>> }
  | { ok: false; message: string }

/** The CSV formats an import reads. */
export type CsvFormat = 'pocket-csv' | 'instapaper-csv'

/**
 * `columns` maps each key the format uses to its header name (matched case-insensitively);
 * `required` lists the keys whose column must be present. Rows are numbered for the user from
 * 1 after the header line.
 */
export function readCsv<K extends string>(
  text: string,
  csvFormat: CsvFormat,
  columns: Readonly<Record<K, string>>,
  required: readonly K[],
): CsvRecords<K> {
  const format = formatName(csvFormat)
  // The delimiter is fixed: both services write commas, and guessing could split on a comma-free
  // file's semicolons or tabs.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' })
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes')
  if (quoteError) {
    // Papaparse counts the header as row 0, which matches our numbering of the data rows.
    return fail(
      quoteError.row === undefined || quoteError.row < 1
        ? t('importQuoteInLine', { format })
        : t('importQuoteInRow', { row: formatNumber(quoteError.row), format }),
    )
  }
  const [header, ...data] = parsed.data
  if (!header) return fail(t('importEmpty', { format }))
  if (data.length > MAX_ITEMS) {
    return fail(tCount('importTooManyRows', data.length, { format, max: formatNumber(MAX_ITEMS) }))
  }

  const names = header.map((name) => name.trim().toLowerCase())
  const index = new Map<K, number>()
  for (const key of Object.keys(columns) as K[]) {
    const at = names.indexOf(columns[key].toLowerCase())
    if (at >= 0) index.set(key, at)
    else if (required.includes(key)) {
      return fail(t('importNoColumn', { format, column: columns[key] }))
    }
  }

  const rows: Array<Partial<Record<K, string>>> = []
  for (const [i, fields] of data.entries()) {
    if (fields.length !== header.length) {
      return fail(
        tCount('importFieldCount', fields.length, {
          row: formatNumber(i + 1),
          format,
          header: formatNumber(header.length),
        }),
      )
    }
    // Built from the known keys only: a column named "__proto__" is never copied anywhere.
    const row: Partial<Record<K, string>> = {}
    for (const [key, at] of index) row[key] = fields[at]
    rows.push(row)
  }
  return { ok: true, rows }
}

function fail<K extends string>(message: string): CsvRecords<K> {
  return { ok: false, message }
}
