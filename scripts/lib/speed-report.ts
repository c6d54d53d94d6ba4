/** Summaries and the console table of the speed benchmark. */
import type { CorpusSet } from './corpus.ts'
import { median, quantile } from './stats.ts'
import { type Cell, formatTable } from './table.ts'
import type { PageTimes } from './timing.ts'

export interface TimedPage {
  set: CorpusSet
  id: string
  times: PageTimes
}

interface Summary {
  pages: number
  plainMedian: number
  plainP95: number
  oursMedian: number
  oursP95: number
  /** Median over pages of ours/plain. */
  ratioMedian: number
}

export function summarize(pages: readonly TimedPage[]): Summary {
  const plain = pages.map((p) => p.times.plain)
  const ours = pages.map((p) => p.times.ours)
  return {
    pages: pages.length,
    plainMedian: median(plain),
    plainP95: quantile(plain, 0.95),
    oursMedian: median(ours),
    oursP95: quantile(ours, 0.95),
    ratioMedian: median(pages.map((p) => p.times.ours / p.times.plain)),
  }
}

function row(label: string, s: Summary): Cell[] {
  return [
    label,
    String(s.pages),
    s.plainMedian,
    s.plainP95,
    s.oursMedian,
    s.oursP95,
    s.oursMedian / s.plainMedian,
    s.oursP95 / s.plainP95,
    s.ratioMedian,
  ]
}

export function speedTable(pages: readonly TimedPage[], sets: readonly CorpusSet[]): string {
  const rows = sets
    .map((set) => ({ set, subset: pages.filter((p) => p.set === set) }))
    .filter(({ subset }) => subset.length > 0)
    .map(({ set, subset }) => row(set, summarize(subset)))
  if (rows.length > 1) rows.push(row('all', summarize(pages)))
  return formatTable(
    [
      'set',
      'pages',
      'plain med',
      'plain p95',
      'ours med',
      'ours p95',
      'med ratio',
      'p95 ratio',
      'page ratio med',
    ],
    rows,
    { digits: 2 },
  )
}
