import { describe, expect, it } from 'vitest'
import { sameSite, siteOf, stripTracking } from '../../src/core/url.ts'

describe('stripTracking', () => {
  it('drops campaign and click parameters and keeps the ones that name the document', () => {
    expect(
      stripTracking(
        'https://www.nytimes.com/2026/01/30/world/x.html?utm_source=rss&utm_medium=feed&id=42&fbclid=abc&gclid=1',
      ),
    ).toBe('https://www.nytimes.com/2026/01/30/world/x.html?id=42')
    expect(stripTracking('https://www.msn.com/en-us/news/ar-AA1?ocid=BingNews&cvid=9')).toBe(
      'https://www.msn.com/en-us/news/ar-AA1',
    )
  })
  it('drops tracking fragments but keeps anchors', () => {
    expect(stripTracking('https://a.example/x#xtor=RSS-1')).toBe('https://a.example/x')
    expect(stripTracking('https://a.example/x#section-2')).toBe('https://a.example/x#section-2')
  })
})

describe('sites', () => {
  it('treats subdomains as one site, and country second-level domains correctly', () => {
    expect(siteOf('www.nytimes.com')).toBe('nytimes.com')
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk')
    expect(sameSite(new URL('https://m.latimes.com/a'), new URL('https://www.latimes.com/b'))).toBe(
      true,
    )
    expect(sameSite(new URL('https://dnyuz.com/a'), new URL('https://www.nytimes.com/b'))).toBe(
      false,
    )
  })
})
