/**
 * The Article Extraction Benchmark (AEB, scrapinghub) scorer, reimplemented from its
 * `evaluate.py` as described in corpus/aeb/SOURCE.md. Pure functions, no I/O.
 *
 * Text is split into `\w+` tokens (Python's Unicode `\w`), tokens into 4-token shingles counted
 * as a multiset, and each page is scored on its normalised shingle TP/FP/FN. The benchmark's
 * precision and recall are means of the per-page values; its F1 is the F1 of those two means.
 */

/** Python 3 `re.findall(r'\w+', text)` on a `str`: letters, numbers (Nd, Nl, No) and `_`. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu

/** The shingle length used by the benchmark. */
export const SHINGLE_SIZE = 4

export function tokenize(text: string | null | undefined): string[] {
  return (text ?? '').match(TOKEN_RE) ?? []
}

/**
 * Shingles of `tokens` as a multiset. A text with 1..3 tokens yields one shorter shingle, an
 * empty one yields none. Keys join tokens with a space, which a token never contains.
 */
export function shingleCounts(tokens: readonly string[], size = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>()
  const starts = Math.max(1, tokens.length - size + 1)
  for (let i = 0; i < starts; i++) {
    const shingle = tokens.slice(i, i + size)
    if (shingle.length === 0) continue
    const key = shingle.join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Per-page shingle counts, each divided by `tp + fp + fn` when that sum is positive. */
export interface ShingleCounts {
  tp: number
  fp: number
  fn: number
}

export function matchShingles(
  truth: Map<string, number>,
  pred: Map<string, number>,
): ShingleCounts {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, cT] of truth) {
    const cP = pred.get(key) ?? 0
    tp += Math.min(cT, cP)
    fn += Math.max(0, cT - cP)
    fp += Math.max(0, cP - cT)
  }
  for (const [key, cP] of pred) {
    if (!truth.has(key)) fp += cP
  }
  const s = tp + fp + fn
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn }
}

export function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fp === 0) return 0
  return tp / (tp + fp)
}

export function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fn === 0) return 0
  return tp / (tp + fn)
}

/** 2PR/(P+R); 0 when both are 0 (where Python raises); NaN stays NaN. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i])
}

export interface PageScore extends ShingleCounts {
  precision: number
  recall: number
  /** Per-page F1 (for ranking pages; the benchmark's F1 is not a mean of these). */
  f1: number
  /** Whether the page counts towards the precision mean (the prediction had a shingle). */
  hasPredicted: boolean
  /** Whether the page counts towards the recall mean (the truth had a shingle). */
  hasTruth: boolean
  /** The benchmark's accuracy: token lists exactly equal. */
  exact: boolean
}

export function scorePage(truth: string, pred: string): PageScore {
  const truthTokens = tokenize(truth)
  const predTokens = tokenize(pred)
  const counts = matchShingles(shingleCounts(truthTokens), shingleCounts(predTokens))
  const precision = pagePrecision(counts)
  const recall = pageRecall(counts)
  return {
    ...counts,
    precision,
    recall,
    f1: f1(precision, recall),
    hasPredicted: counts.tp + counts.fp > 0,
    hasTruth: counts.tp + counts.fn > 0,
    exact: sameTokens(truthTokens, predTokens),
  }
}

/**
 * Mean with Neumaier compensation, close to Python's `statistics.mean` (exact summation).
 * NaN for an empty list, where Python raises.
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  let sum = 0
  let compensation = 0
  for (const v of values) {
    const t = sum + v
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum
    sum = t
  }
  return (sum + compensation) / values.length
}

export interface AebMetrics {
  f1: number
  precision: number
  recall: number
  accuracy: number
  pages: number
}

/** The benchmark's aggregate over pages. F1 is 0 where Python would divide by zero. */
export function aggregate(pages: readonly PageScore[]): AebMetrics {
  const precision = mean(pages.filter((p) => p.hasPredicted).map((p) => p.precision))
  const recall = mean(pages.filter((p) => p.hasTruth).map((p) => p.recall))
  return {
    f1: f1(precision, recall),
    precision,
    recall,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
    pages: pages.length,
  }
}
