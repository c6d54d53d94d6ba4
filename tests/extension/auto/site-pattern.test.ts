import { describe, expect, it } from 'vitest'
import { parseSitePattern, siteMatchesUrl } from '../../../src/auto/site-pattern.ts'
import { t } from '../../../src/i18n/t.ts'

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

  const everySite = () => t('rulesOneSite', { setting: t('optionsEverywhereLabel') })
  it.each([
    ['', () => t('rulesTypeSite')],
    ['localhost', () => t('rulesNotSiteName', { site: 'localhost' })],
    ['not a site', () => t('rulesNotSiteName', { site: 'not a site' })],
    ['ftp://example.com/file', () => t('rulesWebOnly')],
    ['*://*/*', everySite],
    ['<all_urls>', everySite],
    ['*.example.com', () => t('rulesNotPattern', { pattern: '*.example.com' })],
    ['https://exa*mple.com/', () => t('rulesNotPattern', { pattern: 'https://exa*mple.com/' })],
  ])('rejects %j with a message saying why', (input, message) => {
    expect(parseSitePattern(input)).toEqual({ ok: false, message: message() })
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
