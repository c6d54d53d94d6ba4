import { describe, expect, it } from 'vitest'
import { restrictionForError, restrictionForUrl } from '../../src/messaging/restricted-pages.ts'

describe('restrictionForUrl', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:reader?url=https://example.com/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['moz-extension://abc/page.html', 'browser-page'],
    ['view-source:https://dnyuz.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'extension-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'extension-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'extension-store'],
    ['data:text/html,hello', 'not-web'],
    ['https://dnyuz.com/2026/01/30/story/', null],
    ['file:///home/me/page.html', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(restrictionForUrl(url)).toBe(expected)
  })
})

describe('restrictionForError', () => {
  const generic =
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.'

  it('tells a refused page after a gesture from an expired grant', () => {
    expect(restrictionForError(generic, null, 'gesture')).toBe('unreadable')
    expect(restrictionForError(generic, null, 'later')).toBe('no-permission')
    expect(restrictionForError('Missing host permission for the tab', null, 'later')).toBe(
      'no-permission',
    )
  })

  it('recognises the store, browser pages, files and PDFs', () => {
    expect(restrictionForError('The extensions gallery cannot be scripted.', null, 'gesture')).toBe(
      'extension-store',
    )
    expect(restrictionForError('Cannot access a chrome:// URL', null, 'gesture')).toBe(
      'browser-page',
    )
    expect(restrictionForError(generic, 'file:///tmp/a.html', 'gesture')).toBe('file-access')
    expect(restrictionForError(generic, 'https://example.com/report.pdf', 'gesture')).toBe('pdf')
  })

  it('leaves real failures to the error state', () => {
    expect(restrictionForError('No tab with id: 12.', 'https://example.com/', 'gesture')).toBe(null)
  })
})
