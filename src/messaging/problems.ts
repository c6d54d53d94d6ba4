/**
 * What went wrong, as one of a few kinds the UI can explain in a plain sentence, in the user's
 * language (src/shared-ui/problem-text.ts). The browser's own error text ("Frame with ID 0 was
 * removed.", "No tab with id: 12.") is kept beside it as `detail`, for the console only: it is
 * never shown.
 */

export type Problem =
  /** The page navigated, reloaded or replaced its frame while it was being read. */
  | 'page-changed'
  /** The tab the story came from has been closed. */
  | 'tab-closed'
  /** The page's scripts did not return (busy, or stuck in an alert()). */
  | 'no-answer'
  /** Reading took longer than Upstream waits. */
  | 'timeout'
  /** The extractor ran but failed on something in the page. */
  | 'reading-failed'
  /** Upstream was updated or reloaded while this page was open. */
  | 'extension-reloaded'
  /** Upstream's background could not be reached. */
  | 'background-unavailable'
  /** The reader page's address names no tab or story. */
  | 'missing-source'
  /** The saved story is no longer in the reading list. */
  | 'not-in-list'
  /** The browser's storage for the extension is full. */
  | 'storage-full'
  /** Anything else. */
  | 'unknown'

export const PROBLEMS: readonly Problem[] = [
  'page-changed',
  'tab-closed',
  'no-answer',
  'timeout',
  'reading-failed',
  'extension-reloaded',
  'background-unavailable',
  'missing-source',
  'not-in-list',
  'storage-full',
  'unknown',
]

/**
 * Chromium's and Firefox's wordings, which are all their APIs give to tell errors apart. Order
 * matters: the first match wins.
 */
const PATTERNS: readonly [RegExp, Problem][] = [
  [/Extension context invalidated|extension (?:was )?(?:reloaded|updated)/i, 'extension-reloaded'],
  [
    /Frame with ID \d+ (?:was removed|is showing error page)|frame was removed|Frame not found|No frame with id|Message manager disconnected|document (?:was )?unloaded|navigated away|BackForwardCache|page (?:was )?(?:unloaded|replaced)/i,
    'page-changed',
  ],
  [/No tab with id|Invalid tab ID|tab (?:was|is) closed|no longer open/i, 'tab-closed'],
  [
    /Could not establish connection|Receiving end does not exist|message port closed|extension did not answer|Malformed answer to/i,
    'background-unavailable',
  ],
  [/QuotaExceeded|quota|disk (?:is )?full|not enough (?:disk )?space/i, 'storage-full'],
  [/took too long|timed? ?out/i, 'timeout'],
]

export function classifyError(raw: string): Problem {
  for (const [pattern, problem] of PATTERNS) if (pattern.test(raw)) return problem
  return 'unknown'
}

/** The text of anything thrown. */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message)
  }
  return String(error)
}
