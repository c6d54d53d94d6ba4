import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { sanitizeElementInPlace, sanitizeHtmlToFragment } from '../../src/core/sanitize.ts'

describe('sanitizeElementInPlace', () => {
  const payloads = [
    '<p onclick="x()">Hi <a href="javascript:alert(1)">bad</a> <a href="https://a.example/">ok</a></p>',
    '<img src=x onerror=alert(1)><script>alert(1)</script><iframe src="https://evil.example"></iframe>',
    '<svg><script>alert(1)</script></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<a href="&#106;avascript:alert(1)">x</a><a href="java&#x09;script:alert(1)">y</a><form action="https://e.example"><input></form>',
    '<div style="background:url(javascript:alert(1))">z</div><object data="x"></object><embed src="x">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  ]
  it.each(payloads)('leaves nothing executable: %s', (payload) => {
    const { window } = new JSDOM('')
    const root = window.document.createElement('div')
    root.innerHTML = payload
    sanitizeElementInPlace(root, window as unknown as Window)
    const out = root.innerHTML
    expect(out).not.toMatch(
      /<(script|iframe|object|embed|form|input|svg|math|style)\b|\son\w+=|javascript:|style=/i,
    )
    for (const a of root.querySelectorAll('a[href]'))
      expect(a.getAttribute('rel')).toBe('noopener noreferrer')
  })

  // Rendered as nodes, an element that still has an `is` attribute is dropped whole by
  // DOMPurify; the story's own text must not go with it.
  it('turns customized built-ins into plain elements, keeping their text', () => {
    const { window } = new JSDOM('')
    const win = window as unknown as Window
    const root = window.document.createElement('div')
    root.innerHTML = '<p is="x-card" title="t">Kept <em is="x-em">text</em></p><p>Next</p>'
    sanitizeElementInPlace(root, win)
    expect(root.innerHTML).toBe('<p title="t">Kept <em>text</em></p><p>Next</p>')
    const shown = sanitizeHtmlToFragment(root.innerHTML, win)
    expect(shown.textContent).toBe('Kept textNext')
  })
})
