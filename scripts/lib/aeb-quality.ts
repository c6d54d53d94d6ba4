/** Scores ours and plain Readability on AEB pages against the human-annotated article bodies. */
import { type AebMetrics, aggregate, type PageScore, scorePage } from './aeb-score.ts'
import type { AebPage } from './corpus.ts'
import { runOnFreshDocument, yieldToEventLoop } from './run-page.ts'
import { clip, DIFF_CHARS, unmatchedText } from './shingle-diff.ts'
import { collectErrors, type ExtractorErrors, type SideScore, toSideScore } from './side-score.ts'

export interface AebPageRecord {
  id: string
  url: string
  ours: SideScore
  plain: SideScore
  /** Our text that the ground truth lacks (tokens of false-positive shingles). */
  oursExtra: string
  /** Ground-truth text we missed (tokens of false-negative shingles). */
  oursMissing: string
}

export interface AebReport {
  ours: AebMetrics
  plain: AebMetrics
  errors: ExtractorErrors
  pages: AebPageRecord[]
}

export async function evaluateAeb(
  pages: readonly AebPage[],
  onPage?: (done: number) => void,
): Promise<AebReport> {
  const oursScores: PageScore[] = []
  const plainScores: PageScore[] = []
  const records: AebPageRecord[] = []
  for (const page of pages) {
    const ours = runOnFreshDocument(page, 'ours')
    const plain = runOnFreshDocument(page, 'plain')
    const oursScore = scorePage(page.articleBody, ours.text)
    const plainScore = scorePage(page.articleBody, plain.text)
    oursScores.push(oursScore)
    plainScores.push(plainScore)
    records.push({
      id: page.id,
      url: page.url,
      ours: toSideScore(oursScore, ours),
      plain: toSideScore(plainScore, plain),
      oursExtra: clip(unmatchedText(ours.text, page.articleBody), DIFF_CHARS),
      oursMissing: clip(unmatchedText(page.articleBody, ours.text), DIFF_CHARS),
    })
    onPage?.(records.length)
    await yieldToEventLoop()
  }
  return {
    ours: aggregate(oursScores),
    plain: aggregate(plainScores),
    errors: collectErrors(records),
    pages: records,
  }
}
