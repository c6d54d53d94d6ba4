/**
 * Browser errors become plain problems: the wordings Chromium and Firefox really give (as seen
 * in their extension APIs) each map to the problem a user can act on, and the UI's words for
 * every problem are plain sentences without the raw text.
 */
import { describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { outcomeFromRun } from '../../src/messaging/outcome-from-run.ts'
import { classifyError, PROBLEMS, type Problem } from '../../src/messaging/problems.ts'
import { isExtractOutcome } from '../../src/messaging/validate.ts'
import { PROBLEM_WORDS } from '../../src/shared-ui/problem-text.ts'

const SEEN: [string, Problem][] = [
  ['Frame with ID 0 was removed.', 'page-changed'],
  ['Frame with ID 0 is showing error page', 'page-changed'],
  ['The frame was removed.', 'page-changed'],
  ['Frame not found, or missing host permission', 'page-changed'],
  ['Message manager disconnected', 'page-changed'],
  ['No tab with id: 1234.', 'tab-closed'],
  ['Invalid tab ID: 17', 'tab-closed'],
  ['Extension context invalidated.', 'extension-reloaded'],
  ['Could not establish connection. Receiving end does not exist.', 'background-unavailable'],
  ['The message port closed before a response was received.', 'background-unavailable'],
  // Our own messaging client's words (src/messaging/client.ts).
  ['The extension did not answer. Try again.', 'background-unavailable'],
  ['Malformed answer to extractTab', 'background-unavailable'],
  ['QuotaExceededError: The quota has been exceeded.', 'storage-full'],
  ['timed out', 'timeout'],
  ['Something nobody has seen before', 'unknown'],
]

describe('classifyError', () => {
  for (const [raw, problem] of SEEN) {
    it(`“${raw}” → ${problem}`, () => expect(classifyError(raw)).toBe(problem))
  }
})

describe('what the user reads', () => {
  for (const problem of PROBLEMS) {
    it(`${problem}: a title and a sentence that says what to do`, () => {
      const words = PROBLEM_WORDS[problem]
      const title = t(words.title)
      const text = t(words.text)
      expect(title.length).toBeGreaterThan(5)
      expect(text).toMatch(/[.!]$/)
      for (const [raw] of SEEN) expect(`${title} ${text}`).not.toContain(raw)
    })
  }

  it('an executeScript error becomes a problem with the raw text kept apart', () => {
    const base = { tabId: 3, pageUrl: 'https://dnyuz.com/2026/01/30/a-story/', at: 1 }
    const outcome = outcomeFromRun(base, 'gesture', { error: 'Frame with ID 0 was removed.' })
    expect(outcome).toMatchObject({
      kind: 'error',
      problem: 'page-changed',
      detail: 'Frame with ID 0 was removed.',
    })
    expect(isExtractOutcome(outcome)).toBe(true)
    expect(isExtractOutcome({ ...outcome, problem: 'made-up' })).toBe(false)
  })
})

describe('the reading list’s own failures', () => {
  it('keep their kind and their sentence, written for the user', async () => {
    const { LibraryError, notInList, writing } = await import('../../src/library/errors.ts')
    const { errorWords, problemOf } = await import('../../src/shared-ui/error-words.ts')
    const gone = notInList()
    expect(problemOf(gone)).toBe('not-in-list')
    expect(errorWords(gone, 'test')).toBe(t('libraryNotInList'))
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
    const full = await writing('save', () => Promise.reject(quota)).catch((error: unknown) => error)
    expect(full).toBeInstanceOf(LibraryError)
    expect(problemOf(full)).toBe('storage-full')
    expect(errorWords(full, 'test')).toBe(t('libraryFullSave'))
  })
})
