/** Console tables for the quality benchmark. */
import type { AebPageRecord, AebReport } from './aeb-quality.ts'
import type { AebMetrics } from './aeb-score.ts'
import type { MeanScores, ReadabilityReport } from './readability-quality.ts'
import { REGRESSION_MARGIN } from './readability-quality.ts'
import { clip } from './shingle-diff.ts'
import type { ExtractorErrors } from './side-score.ts'
import { formatTable } from './table.ts'

/** How many worst pages each "lowest" list shows. */
export const WORST_COUNT = 10

function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 12) : id
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

function errorLine(errors: ExtractorErrors): string {
  const line = `errors (counted as empty output): ours ${errors.ours.length}, plain ${errors.plain.length}`
  const pages = [...new Set([...errors.ours, ...errors.plain])].map((e) => `\n  ${clip(e, 96)}`)
  return line + pages.join('')
}

function comparison<K extends string>(
  labels: Record<K, string>,
  ours: Record<K, number>,
  plain: Record<K, number>,
): string {
  const keys = Object.keys(labels) as K[]
  return formatTable(
    ['metric', 'ours', 'plain', 'ours-plain'],
    keys.map((k) => [labels[k], ours[k], plain[k], ours[k] - plain[k]]),
    { signed: [3] },
  )
}

const AEB_LABELS: Record<keyof Omit<AebMetrics, 'pages'>, string> = {
  f1: 'F1 (of mean P, R)',
  precision: 'precision',
  recall: 'recall',
  accuracy: 'accuracy',
}

export function printAeb(report: AebReport): void {
  console.log(
    `\nAEB: ${report.ours.pages} pages, human ground truth, 4-gram shingles (evaluate.py rules)`,
  )
  console.log(comparison(AEB_LABELS, report.ours, report.plain))
  console.log(errorLine(report.errors))
  printWorst('lowest precision (ours)', report.pages, (p) => p.ours.precision)
  printWorst('lowest recall (ours)', report.pages, (p) => p.ours.recall)
}

function printWorst(
  title: string,
  pages: readonly AebPageRecord[],
  key: (p: AebPageRecord) => number,
): void {
  const worst = [...pages].sort((a, b) => key(a) - key(b)).slice(0, WORST_COUNT)
  console.log(`\n${title}`)
  console.log(
    formatTable(
      ['id', 'host', 'P ours', 'R ours', 'P plain', 'R plain'],
      worst.map((p) => [
        shortId(p.id),
        host(p.url),
        p.ours.precision,
        p.ours.recall,
        p.plain.precision,
        p.plain.recall,
      ]),
    ),
  )
}

const MEAN_LABELS: Record<keyof MeanScores, string> = {
  f1: 'mean page F1',
  precision: 'mean page P',
  recall: 'mean page R',
}

export function printReadability(report: ReadabilityReport): void {
  console.log(
    `\nReadability test pages: ${report.pages.length} pages, vs text of expected.html (Readability's own snapshot)`,
  )
  console.log(comparison(MEAN_LABELS, report.ours, report.plain))
  console.log(errorLine(report.errors))
  for (const s of report.skipped) console.log(`skipped (expected.html unreadable): ${s}`)
  if (report.regressions.length === 0) {
    console.log(`no page where ours is more than ${REGRESSION_MARGIN} F1 below plain`)
    return
  }
  console.log(
    `\n${report.regressions.length} pages where ours is more than ${REGRESSION_MARGIN} F1 below plain`,
  )
  console.log(
    formatTable(
      ['page', 'F1 ours', 'F1 plain', 'diff'],
      report.regressions.map((r) => [r.id, r.ours.f1, r.plain.f1, r.ours.f1 - r.plain.f1]),
      { signed: [3] },
    ),
  )
}
