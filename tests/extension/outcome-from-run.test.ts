/** The popup and the background turn an extractor run into an outcome with the same rules. */
import { describe, expect, it } from 'vitest'
import { outcomeFromRun, restrictedByUrl } from '../../src/messaging/outcome-from-run.ts'

const base = { tabId: 4, pageUrl: 'https://dnyuz.com/2026/01/30/story/', at: 1 }

describe('outcomeFromRun', () => {
  it('a URL no extension may script is restricted before any run', () => {
    expect(restrictedByUrl({ ...base, pageUrl: 'chrome://version/' })).toMatchObject({
      kind: 'restricted',
      restriction: 'browser-page',
    })
    expect(restrictedByUrl(base)).toBeNull()
  })

  it('an untrusted reply that is not a result is an error, not a story', () => {
    expect(outcomeFromRun(base, 'gesture', { reply: { kind: 'result', result: 1 } })).toMatchObject(
      { kind: 'error' },
    )
    expect(outcomeFromRun(base, 'gesture', { reply: null })).toMatchObject({ kind: 'error' })
    expect(outcomeFromRun(base, 'gesture', { reply: { kind: 'pdf' } })).toMatchObject({
      kind: 'restricted',
      restriction: 'pdf',
    })
  })

  it('a refused injection right after the click reads as a restriction', () => {
    const refused = {
      error:
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    }
    const outcome = outcomeFromRun({ ...base, pageUrl: null }, 'gesture', refused)
    expect(outcome.kind).toBe('restricted')
  })
})
