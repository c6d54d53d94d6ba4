/**
 * Scores ours and plain Readability on Mozilla Readability's test pages against the text of
 * `expected.html` (Readability's own frozen output, not human ground truth), by per-page
 * 4-gram shingle F1.
 */
import { parseHtml } from '../../src/cli/parse-html.ts'
import { mean, scorePage } from './aeb-score.ts'
import { blockText } from './block-text.ts'
import type { ReadabilityPage } from './corpus.ts'
import { errorMessage, runOnFreshDocument, yieldToEventLoop } from './run-page.ts'
import { clip, DIFF_CHARS, unmatchedText } from './shingle-diff.ts'
import { collectErrors, type ExtractorErrors, type SideScore, toSideScore } from './side-score.ts'

/** A page where ours scores more than this below plain Readability is listed as a regression. */
export const REGRESSION_MARGIN = 0.02

export interface ReadabilityPageRecord {
  id: string
  url: string
  ours: SideScore
  plain: SideScore
  oursExtra: string
  oursMissing: string
}

/** Means of per-page values (not AEB's F1-of-means). */
export interface MeanScores {
  f1: number
  precision: number
  recall: number
}

export interface ReadabilityReport {
  ours: MeanScores
  plain: MeanScores
  errors: ExtractorErrors
  /** Pages where our F1 is more than REGRESSION_MARGIN below plain's, worst first. */
  regressions: ReadabilityPageRecord[]
  /** Pages left out because their expected.html could not be read: "id: error". */
  skipped: string[]
  pages: ReadabilityPageRecord[]
}

function expectedText(page: ReadabilityPage): string {
  const doc = parseHtml(page.expectedHtml, page.url)
  try {
    return blockText(doc.body)
  } finally {
    doc.defaultView?.close()
  }
}

function means(sides: readonly SideScore[]): MeanScores {
  return {
    f1: mean(sides.map((s) => s.f1)),
    precision: mean(sides.map((s) => s.precision)),
    recall: mean(sides.map((s) => s.recall)),
  }
}

export async function evaluateReadability(
  pages: readonly ReadabilityPage[],
  onPage?: (done: number) => void,
): Promise<ReadabilityReport> {
  const records: ReadabilityPageRecord[] = []
  const skipped: string[] = []
  for (const page of pages) {
    let expected: string
    try {
      expected = expectedText(page)
    } catch (error) {
      skipped.push(`${page.id}: ${errorMessage(error)}`)
      continue
    }
    const ours = runOnFreshDocument(page, 'ours')
    const plain = runOnFreshDocument(page, 'plain')
    records.push({
      id: page.id,
      url: page.url,
      ours: toSideScore(scorePage(expected, ours.text), ours),
      plain: toSideScore(scorePage(expected, plain.text), plain),
      oursExtra: clip(unmatchedText(ours.text, expected), DIFF_CHARS),
      oursMissing: clip(unmatchedText(expected, ours.text), DIFF_CHARS),
    })
    onPage?.(records.length)
    await yieldToEventLoop()
  }
  const regressions = records
    .filter((r) => r.ours.f1 < r.plain.f1 - REGRESSION_MARGIN)
    .sort((a, b) => a.ours.f1 - a.plain.f1 - (b.ours.f1 - b.plain.f1))
  return {
    ours: means(records.map((r) => r.ours)),
    plain: means(records.map((r) => r.plain)),
    errors: collectErrors(records),
    regressions,
    skipped,
    pages: records,
  }
}
