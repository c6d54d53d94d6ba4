import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { sanitizeHtml, sanitizeToFragment } from '../../src/core/sanitize.ts'

describe('sanitizeToFragment', () => {
  it('cleans exactly as sanitizeHtml does, returning nodes', () => {
    const { window } = new JSDOM('')
    const dirty =
      '<p onclick="x()">Hi <a href="javascript:alert(1)">bad</a> <a href="https://a.example/">ok</a></p><img src=x onerror=alert(1)><script>alert(1)</script>'
    const holder = window.document.createElement('div')
    holder.append(sanitizeToFragment(dirty, window as unknown as Window))
    expect(holder.innerHTML).toBe(sanitizeHtml(dirty, window as unknown as Window))
    expect(holder.innerHTML).not.toMatch(/onclick|onerror|javascript:|<script/i)
    expect(holder.querySelector('a[href="https://a.example/"]')?.getAttribute('rel')).toBe(
      'noopener noreferrer',
    )
  })
})
