/**
 * Human-readable view of a shingle mismatch: which stretches of one text have shingles the other
 * text lacks (the extra text of a prediction, or the text it missed). Pure functions.
 */
import { SHINGLE_SIZE, shingleCounts, tokenize } from './aeb-score.ts'

/**
 * The tokens of `text` that only false-positive shingles cover: shingles in excess of `other`'s
 * multiset (earlier occurrences are matched first), minus every token a matched shingle also
 * covers, so the up-to-3 tokens where a run meets matched text are not reported. In document
 * order; contiguous runs are joined with spaces and separated by " … ".
 */
export function unmatchedText(text: string, other: string, size = SHINGLE_SIZE): string {
  const tokens = tokenize(text)
  const budget = shingleCounts(tokenize(other), size)
  const matched = new Array<boolean>(tokens.length).fill(false)
  const starts = Math.max(1, tokens.length - size + 1)
  for (let i = 0; i < starts && i < tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ')
    const left = budget.get(key) ?? 0
    if (left === 0) continue
    budget.set(key, left - 1)
    for (let j = i; j < Math.min(i + size, tokens.length); j++) matched[j] = true
  }
  const runs: string[] = []
  let run: string[] = []
  tokens.forEach((token, i) => {
    if (!matched[i]) {
      run.push(token)
    } else if (run.length > 0) {
      runs.push(run.join(' '))
      run = []
    }
  })
  if (run.length > 0) runs.push(run.join(' '))
  return runs.join(' … ')
}

/** How much of a page's extra / missing text the quality report keeps. */
export const DIFF_CHARS = 300

/** `text` cut to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
