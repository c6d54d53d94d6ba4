/** Fixed-width text tables for the benchmark scripts' console output. */

export type Cell = string | number

export interface TableOptions {
  /** Digits after the decimal point for number cells (default 3). */
  digits?: number
  /** Prefix a `+` to positive numbers in these columns (differences). */
  signed?: readonly number[]
}

function formatCell(cell: Cell, column: number, options: TableOptions): string {
  if (typeof cell === 'string') return cell
  if (Number.isNaN(cell)) return '–'
  const text = cell.toFixed(options.digits ?? 3)
  return options.signed?.includes(column) && cell > 0 && Number(text) !== 0 ? `+${text}` : text
}

/** Renders a header and rows; number columns are right-aligned, text columns left-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly Cell[][],
  options: TableOptions = {},
): string {
  const cells = rows.map((row) => row.map((cell, i) => formatCell(cell, i, options)))
  const numeric = header.map((_, i) => rows.some((row) => typeof row[i] === 'number'))
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)),
  )
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}
