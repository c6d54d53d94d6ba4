/**
 * Search terms of a story, for the full-text index (an IndexedDB multi-entry index of words:
 * IndexedDB answers a prefix query from its B-tree without loading any story, which keeps search
 * fast with tens of thousands of stories and needs nothing in memory).
 *
 * Terms are lower-cased, accents folded ("café" → "cafe"), at least two characters, unique; a
 * short list of very common English words is left out to keep the index small.
 */

const STOP_WORDS = new Set(
  'the and for are but not you all any can had her was one our out his has him how its may new now old see two way who did get let put say she too use that with have this will your from they been were said each which their them then than what when where there these those into more some such only also just over very after about would could should other'.split(
    ' ',
  ),
)

// Longer words rarely help a search and bloat the index (URLs, hashes, glued words).
const MAX_TERM = 32

export function normalizeTerm(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
}

/** The words of a text as search terms (each once). */
export function searchTerms(...texts: string[]): string[] {
  const terms = new Set<string>()
  for (const text of texts) {
    for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const term = normalizeTerm(word)
      if (term.length >= 2 && term.length <= MAX_TERM && !STOP_WORDS.has(term)) terms.add(term)
    }
  }
  return [...terms]
}

/** The terms of a query, in order; the last one may be a word still being typed (a prefix). */
export function queryTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map(normalizeTerm)
    .filter((term) => term.length >= 2 && !STOP_WORDS.has(term))
}
