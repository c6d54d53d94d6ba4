/** One extractor's result on one page, as stored in the quality report. */
import type { PageScore } from './aeb-score.ts'
import type { Outcome } from './run-page.ts'

export interface SideScore {
  precision: number
  recall: number
  f1: number
  /** AEB accuracy: the token lists are identical. */
  exact: boolean
  /** Length of the extracted text in characters. */
  chars: number
  error: string | null
}

export function toSideScore(score: PageScore, outcome: Outcome): SideScore {
  return {
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    exact: score.exact,
    chars: outcome.text.length,
    error: outcome.error,
  }
}

/** Per extractor, the pages where it (or parsing) threw: "id: message". */
export interface ExtractorErrors {
  ours: string[]
  plain: string[]
}

type ScoredPage = { id: string; ours: SideScore; plain: SideScore }

function failures(pages: readonly ScoredPage[], side: 'ours' | 'plain'): string[] {
  return pages.filter((p) => p[side].error !== null).map((p) => `${p.id}: ${p[side].error}`)
}

export function collectErrors(pages: readonly ScoredPage[]): ExtractorErrors {
  return { ours: failures(pages, 'ours'), plain: failures(pages, 'plain') }
}
