import { describe, expect, it } from 'vitest'
import { parseSitePattern, siteMatchesUrl } from '../../../src/auto/site-pattern.ts'

function site(input: string) {
  const parsed = parseSitePattern(input)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

describe('parseSitePattern', () => {
  it('a host name covers the site and its subdomains, on http and https', () => {
    expect(site('dnyuz.com')).toEqual({
      site: 'dnyuz.com',
      matches: ['*://dnyuz.com/*', '*://*.dnyuz.com/*'],
      // Each scheme spelled out: `*://` is not inside the manifest's http and https patterns.
      origins: [
        'https://dnyuz.com/*',
        'http://dnyuz.com/*',
        'https://*.dnyuz.com/*',
        'http://*.dnyuz.com/*',
      ],
    })
  })

  it.each([
    ['  DNYUZ.com  ', 'dnyuz.com'],
    ['www.dnyuz.com', 'dnyuz.com'],
    ['https://www.dnyuz.com/2026/01/30/some-story/?utm_source=x', 'dnyuz.com'],
    ['dnyuz.com/2026/01/30/', 'dnyuz.com'],
    ['news.yahoo.com:443', 'news.yahoo.com'],
  ])('%s → %s', (input, expected) => {
    expect(site(input).site).toBe(expected)
  })

  it('a match pattern keeps its path for the script and asks access for its host only', () => {
    expect(site('*://*.yahoo.com/news/*')).toEqual({
      site: '*://*.yahoo.com/news/*',
      matches: ['*://*.yahoo.com/news/*'],
      origins: ['https://*.yahoo.com/*', 'http://*.yahoo.com/*'],
    })
  })

  it('a pattern for one scheme asks for that scheme only', () => {
    expect(site('http://*.dnyuz.com/2026/*').origins).toEqual(['http://*.dnyuz.com/*'])
  })

  it.each([
    ['', 'Type a site'],
    ['localhost', 'is not a site name'],
    ['not a site', 'is not a site name'],
    ['ftp://example.com/file', 'web pages (http and https) only'],
    ['*://*/*', 'every site'],
    ['<all_urls>', 'every site'],
    ['*.example.com', 'is not a match pattern'],
    ['https://exa*mple.com/', 'is not a match pattern'],
  ])('rejects %j with a message saying why', (input, message) => {
    const parsed = parseSitePattern(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain(message)
  })
})

describe('siteMatchesUrl', () => {
  it('matches the site, its subdomains and both schemes, not look-alike hosts', () => {
    const dnyuz = site('dnyuz.com')
    expect(siteMatchesUrl(dnyuz, 'https://dnyuz.com/2026/01/30/story/')).toBe(true)
    expect(siteMatchesUrl(dnyuz, 'http://m.dnyuz.com/')).toBe(true)
    expect(siteMatchesUrl(dnyuz, 'https://notdnyuz.com/')).toBe(false)
    expect(siteMatchesUrl(dnyuz, 'https://dnyuz.com.evil.example/')).toBe(false)
  })

  it('honours a pattern path', () => {
    const news = site('*://*.yahoo.com/news/*')
    expect(siteMatchesUrl(news, 'https://www.yahoo.com/news/a-story.html')).toBe(true)
    expect(siteMatchesUrl(news, 'https://www.yahoo.com/finance/a-story.html')).toBe(false)
  })
})
