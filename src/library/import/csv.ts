/**
 * CSV files read into per-row records keyed by the columns a format needs. Papaparse does the
 * quoting rules; this adds the checks that keep a broken file from importing garbage: a row
 * whose field count differs from the header's (an unquoted comma shifts every later column, so
 * a title fragment would land in the URL column) or an unclosed quote rejects the file.
 */
import Papa from 'papaparse'
import { MAX_ITEMS } from './limits.ts'

export type CsvRecords<K extends string> =
  | { ok: true; rows: Array<Partial<Record<K, string>>> }
  | { ok: false; message: string }

/**
 * `columns` maps each key the format uses to its header name (matched case-insensitively);
 * `required` lists the keys whose column must be present. Rows are numbered for the user from
 * 1 after the header line.
 */
export function readCsv<K extends string>(
  text: string,
  format: string,
  columns: Readonly<Record<K, string>>,
  required: readonly K[],
): CsvRecords<K> {
  // The delimiter is fixed: both services write commas, and guessing could split on a comma-free
  // file's semicolons or tabs.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' })
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes')
  if (quoteError) {
    // Papaparse counts the header as row 0, which matches our numbering of the data rows.
    const where =
      quoteError.row === undefined || quoteError.row < 1 ? 'A line' : `Row ${quoteError.row}`
    return fail(`${where} of this ${format} has a quoted field that is not closed properly.`)
  }
  const [header, ...data] = parsed.data
  if (!header) return fail(`This ${format} is empty.`)
  if (data.length > MAX_ITEMS) {
    return fail(`This ${format} has ${data.length} rows; at most ${MAX_ITEMS} can be imported.`)
  }

  const names = header.map((name) => name.trim().toLowerCase())
  const index = new Map<K, number>()
  for (const key of Object.keys(columns) as K[]) {
    const at = names.indexOf(columns[key].toLowerCase())
    if (at >= 0) index.set(key, at)
    else if (required.includes(key)) {
      return fail(`This ${format} has no "${columns[key]}" column.`)
    }
  }

  const rows: Array<Partial<Record<K, string>>> = []
  for (const [i, fields] of data.entries()) {
    if (fields.length !== header.length) {
      return fail(
        `Row ${i + 1} of this ${format} has ${fields.length} fields but the header has ` +
          `${header.length}; the file may have an unquoted comma.`,
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
