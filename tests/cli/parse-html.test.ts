import { JSDOM, VirtualConsole } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/cli/parse-html.ts'

const URL = 'https://publisher.example/2024/05/story'

/** ASCII markup around raw body bytes, so each test controls the exact encoding. */
function page(head: string, body: number[] | string): Uint8Array {
  const bodyBytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const enc = (s: string) => Array.from(new TextEncoder().encode(s))
  return Uint8Array.from([
    ...enc(`<!doctype html><html><head>${head}<title>T</title></head><body><p>`),
    ...bodyBytes,
    ...enc('</p></body></html>'),
  ])
}

const text = (doc: Document) => doc.querySelector('p')?.textContent

describe('parseHtml charset', () => {
  it('reads undeclared UTF-8 as UTF-8, not windows-1252', () => {
    const doc = parseHtml(page('', 'We’re at the café'), URL)
    expect(text(doc)).toBe('We’re at the café')
  })

  it('honours a UTF-8 BOM', () => {
    const bytes = page('', 'café')
    const doc = parseHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), URL)
    expect(text(doc)).toBe('café')
  })

  it('honours a declared windows-1252 charset', () => {
    const doc = parseHtml(page('<meta charset="windows-1252">', [0x63, 0x61, 0x66, 0xe9]), URL)
    expect(text(doc)).toBe('café')
  })

  it('honours a declared charset even when the bytes happen to be valid UTF-8', () => {
    // "Ã©" in windows-1252 is 0xC3 0xA9, which is also UTF-8 for "é": the declaration must win.
    const doc = parseHtml(page('<meta charset="windows-1252">', [0xc3, 0xa9]), URL)
    expect(text(doc)).toBe('Ã©')
  })

  it('falls back to windows-1252 for undeclared bytes that are not valid UTF-8', () => {
    const doc = parseHtml(page('', [0x63, 0x61, 0x66, 0xe9]), URL)
    expect(text(doc)).toBe('café')
  })

  it('honours Shift_JIS declared via http-equiv', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    const doc = parseHtml(page(head, [0x93, 0xfa, 0x96, 0x7b]), URL)
    expect(text(doc)).toBe('日本')
  })

  it('takes a string as already decoded', () => {
    expect(text(parseHtml('<p>We’re</p>', URL))).toBe('We’re')
  })
})

describe('parseHtml robustness', () => {
  const SCSS = '<style>.a{width:calc(($w - 10px) / 2)}</style><p style="color:red">Hello</p>'

  it('uses CSS that raw jsdom really rejects (guards the tests below)', () => {
    expect(() => new JSDOM(SCSS, { virtualConsole: new VirtualConsole() })).toThrow()
  })

  it('survives unparseable CSS in <style>, from a string', () => {
    const doc = parseHtml(SCSS, URL)
    expect(text(doc)).toBe('Hello')
    expect(doc.querySelector('p')?.getAttribute('style')).toBe('color:red')
  })

  it('survives unparseable CSS in <style>, from declared legacy bytes', () => {
    const head = '<meta charset="shift_jis"><style>.a{width:calc(($w - 10px) / 2)}</style>'
    const doc = parseHtml(page(head, [0x93, 0xfa, 0x96, 0x7b]), URL)
    expect(text(doc)).toBe('日本')
  })

  it('survives unparseable CSS in <style>, from undeclared UTF-8 bytes', () => {
    const doc = parseHtml(new TextEncoder().encode(`${SCSS}<p>café</p>`), URL)
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Hello', 'café'])
  })
})

describe('parseHtml environment', () => {
  it('sets document.URL to the given url', () => {
    expect(parseHtml(page('', 'x'), URL).URL).toBe(URL)
    expect(parseHtml('<p>x</p>', URL).URL).toBe(URL)
  })

  it('does not run scripts', () => {
    const doc = parseHtml('<script>window.x = 1</script><p>x</p>', URL)
    expect((doc.defaultView as unknown as { x?: number }).x).toBeUndefined()
  })
})
